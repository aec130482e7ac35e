/**
 * Text on the insights charts and page as boxes: where a label's ink lies, so the layout can
 * keep labels off lines and each other, and lists that wrap instead of being cut while there
 * is room.
 */
import { measureText, wrapText, type FontSpec } from '../../export/svg/textMetrics';

/** Inter's ink above and below the baseline, in em: capitals and ascenders, descenders. */
export const INK_ASCENT = 0.76;
export const INK_DESCENT = 0.22;
/** Baseline to baseline of wrapped lines, in em. */
export const LEADING = 1.3;

export interface TextBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type TextAnchor = 'start' | 'middle' | 'end';

/** The box a line of text inks, drawn at (x, baseline) with SVG's `text-anchor`. */
export function textBox(
  text: string,
  font: FontSpec,
  x: number,
  baseline: number,
  anchor: TextAnchor = 'start',
): TextBox {
  const width = measureText(text, font);
  const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
  return {
    left,
    right: left + width,
    top: baseline - INK_ASCENT * font.size,
    bottom: baseline + INK_DESCENT * font.size,
  };
}

/**
 * A list as lines in `width`, item by item, at most `maxLines` lines (2 or more): every item,
 * wrapped, when they all fit; otherwise the items that fit whole and a last line saying how
 * many are left ("and 3 more"). Only an item too long for all the room there is is cut with "…".
 */
export function fitList(
  items: readonly string[],
  width: number,
  font: FontSpec,
  maxLines: number,
): string[][] {
  const wrapped = items.map((item) => wrapText(item, width, font));
  if (wrapped.reduce((n, lines) => n + lines.length, 0) <= maxLines) return wrapped;
  if (items.length === 1) return [wrapText(items[0]!, width, font, maxLines)];
  const shown: string[][] = [];
  let lines = 0;
  for (const item of wrapped) {
    if (lines + item.length > maxLines - 1) break;
    shown.push(item);
    lines += item.length;
  }
  if (shown.length === 0) shown.push(wrapText(items[0]!, width, font, maxLines - 1));
  return [...shown, [`and ${items.length - shown.length} more`]];
}
