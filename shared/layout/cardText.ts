/**
 * How much of a card's text it shows, and so how tall it is. Widths are estimated from the
 * font's advance widths (export/svg/textMetrics.ts), never measured in a DOM, so the canvas, the
 * presentation and every export get the same heights on every machine. The estimate is made
 * conservative twice over: the widths carry no kerning (they run wide), and lines are wrapped
 * a few percent narrower than the card, so a browser never needs more lines than were counted.
 */
import { cardExtraLines } from '../cards/cardFace';
import { wrapText } from '../export/svg/textMetrics';
import { isNoteLane, LANE_CARD_NOUNS } from '../model/laneKinds';
import type { LaneKind, Touchpoint } from '../model/types';
import type { LayoutTheme, TextBlockTheme } from './theme';

/** What a card shows of its text: lines of title and of note text, and whether more is cut. */
export interface CardTextFit {
  titleLines: number;
  /** A note's text; always 0 for a touchpoint, whose description shows in the inspector. */
  bodyLines: number;
  /** Text passed a limit: the card ends in "… more", which opens the inspector. */
  more: boolean;
}

/** Wrapping this much narrower than the card keeps the estimate on the safe side. */
export const WRAP_MARGIN = 0.94;

/** The title a card shows: its own, or "Untitled pain point" (as shared/cards/cardFace.ts). */
function shownTitle(t: Touchpoint, kind: LaneKind): string {
  return t.title.trim() === '' ? `Untitled ${LANE_CARD_NOUNS[kind].toLowerCase()}` : t.title;
}

/** How many lines `text` wraps to at `width`, and whether that passes the block's limit. */
export function linesOf(text: string, width: number, block: TextBlockTheme) {
  const font = { size: block.size, weight: block.weight };
  const all = text.trim() === '' ? 0 : wrapText(text, width * WRAP_MARGIN, font).length;
  return { lines: Math.min(all, block.maxLines), cut: all > block.maxLines };
}

/** The text a card of `kind` shows at the layout's card width, and whether any is left out. */
export function fitCardText(t: Touchpoint, kind: LaneKind, theme: LayoutTheme): CardTextFit {
  const cardWidth = theme.stageWidth - 2 * theme.cellPadding;
  const spec = theme.cardText;
  if (!isNoteLane(kind)) {
    const title = linesOf(
      shownTitle(t, kind),
      cardWidth - spec.touchpointInset,
      spec.touchpointTitle,
    );
    return { titleLines: Math.max(1, title.lines), bodyLines: 0, more: title.cut };
  }
  const width = cardWidth - spec.noteInset;
  const title = linesOf(shownTitle(t, kind), width, spec.noteTitle);
  const body = spec.noteBody
    ? linesOf(t.description, width, spec.noteBody)
    : { lines: 0, cut: false };
  return {
    titleLines: Math.max(1, title.lines),
    bodyLines: body.lines,
    more: title.cut || body.cut,
  };
}

/**
 * A card's height: a touchpoint's base height, a line for each extra field and for each title
 * line past the two the base holds; a note as tall as its title and text, never below the base.
 * Either adds the "… more" line when text was cut.
 */
export function cardHeightOf(t: Touchpoint, kind: LaneKind, theme: LayoutTheme, fit: CardTextFit) {
  const spec = theme.cardText;
  const more = fit.more ? spec.moreHeight : 0;
  if (!isNoteLane(kind)) {
    const titleGrowth = Math.max(0, fit.titleLines - spec.touchpointTitleLines);
    return Math.ceil(
      theme.cardHeight +
        cardExtraLines(t, kind) * theme.cardLineHeight +
        titleGrowth * spec.touchpointTitle.lineHeight +
        more,
    );
  }
  const body =
    spec.noteBody && fit.bodyLines > 0
      ? spec.noteGap + fit.bodyLines * spec.noteBody.lineHeight
      : 0;
  const content = 2 * spec.notePadding + fit.titleLines * spec.noteTitle.lineHeight + body + more;
  return Math.max(theme.noteHeight, Math.ceil(content));
}
