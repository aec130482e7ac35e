/**
 * Text for the PowerPoint deck: each run in the export font that has its characters (the
 * families the SVG, PNG and PDF use: Inter, then the Noto families), right-to-left paragraphs
 * marked as such, and text clamped to the lines its box has so nothing spills out of a card.
 * pptxgenjs escapes the text; nothing here builds XML.
 */
import type PptxGenJS from 'pptxgenjs';
import { clampLine, wrapText, type FontSpec } from '../../../../shared/export/svg/textMetrics';
import { cleanText } from '../../../../shared/export/svg/xml';
import { isLtrOrDigit, isRtlLetter } from '../bidiRuns';
import { FontRuns, missingGlyphNote } from '../fontRuns';

export const POINTS_PER_INCH = 72;
/** A line of single-spaced text, in font sizes, as the text boxes are sized for it. */
export const LINE_HEIGHT = 1.25;
/**
 * Text is wrapped for a slightly narrower box than it has: PowerPoint and LibreOffice wrap with
 * their own metrics (and substitute fonts a machine lacks), so a line measured to the edge could
 * break once more there and push the last line out of its card.
 */
const WRAP_SLACK = 0.85;

/** `#rrggbb` as pptxgenjs takes a colour. */
export const hex = (color: string) => color.replace('#', '').toUpperCase();

export interface TextStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
  color: string;
}

/** The height in inches of `lines` lines of text at `size` points. */
export const linesHeight = (lines: number, size: number) =>
  (lines * size * LINE_HEIGHT) / POINTS_PER_INCH;

/** How many whole lines of text at `size` points fit a height of `heightIn` inches. */
export const linesThatFit = (heightIn: number, size: number) =>
  Math.max(0, Math.floor((heightIn * POINTS_PER_INCH) / (size * LINE_HEIGHT)));

/** Whether a paragraph reads right to left: its first strong letter is Hebrew, Arabic, ... */
export function isRtlParagraph(text: string): boolean {
  for (const char of text) {
    if (isRtlLetter(char)) return true;
    if (isLtrOrDigit(char)) return false;
  }
  return false;
}

const specOf = (style: TextStyle): FontSpec => ({
  size: style.size,
  weight: style.bold ? 700 : 400,
});

/**
 * `text` as the lines it takes in a box `widthIn` inches wide, at most `lines` of them, the last
 * ending in an ellipsis when cut.
 */
export function wrapLines(
  text: string,
  widthIn: number,
  style: TextStyle,
  lines: number,
): string[] {
  const width = widthIn * POINTS_PER_INCH * WRAP_SLACK;
  if (lines <= 1) {
    const line = clampLine(cleanText(text).replace(/\s+/g, ' ').trim(), width, specOf(style));
    return line ? [line] : [];
  }
  return wrapText(text, width, specOf(style), lines);
}

/** `text` cut to `lines` lines of its box, joined again so it stays one editable paragraph. */
export const fitLines = (text: string, widthIn: number, style: TextStyle, lines: number) =>
  wrapLines(text, widthIn, style, lines).join(' ');

/** The fonts of one deck: which family draws each run, and the characters none has. */
export class DeckFonts {
  private readonly runs = new FontRuns();

  /** `text` as pptxgenjs runs, each in the family that has its characters. */
  textRuns(text: string, style: TextStyle): PptxGenJS.TextProps[] {
    const weight = style.bold ? 700 : 400;
    const base = {
      fontSize: style.size,
      bold: style.bold ?? false,
      italic: style.italic ?? false,
      color: hex(style.color),
    };
    // Runs split by font file (Inter's latin and latin-ext) are one run when one family draws them.
    const merged: { family: string; text: string }[] = [];
    for (const run of this.runs.runs(text, weight)) {
      const last = merged.at(-1);
      if (last?.family === run.font.family) last.text += run.text;
      else merged.push({ family: run.font.family, text: run.text });
    }
    return merged.map((run) => ({ text: run.text, options: { ...base, fontFace: run.family } }));
  }

  /** The family most of `text` is drawn in: for a chart, which takes one font for all its labels. */
  familyOf(text: string): string {
    const counts = new Map<string, number>();
    for (const run of this.runs.runs(text, 400)) {
      counts.set(run.font.family, (counts.get(run.font.family) ?? 0) + run.text.length);
    }
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'Inter';
  }

  /** What to tell the user about characters no export font has. */
  notes(): string[] {
    return missingGlyphNote(this.runs.missing);
  }
}

/** Where a text box goes and how it sits in it. */
export interface BoxPlace {
  x: number;
  y: number;
  w: number;
  h: number;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
}

/**
 * Adds one text box: no inner margin (the layout places text exactly), no autofit (the text was
 * clamped to fit), right-to-left when the text reads so.
 */
export function addText(
  slide: PptxGenJS.Slide,
  fonts: DeckFonts,
  text: string,
  style: TextStyle,
  place: BoxPlace,
  extra: Partial<PptxGenJS.TextPropsOptions> = {},
): void {
  if (text === '') return;
  const rtl = isRtlParagraph(text);
  // pptxgenjs reads the paragraph's direction from its first run, not from the box.
  const runs = fonts
    .textRuns(text, style)
    .map((r) => ({ ...r, options: { ...r.options, rtlMode: rtl } }));
  slide.addText(runs, {
    x: place.x,
    y: place.y,
    w: place.w,
    h: place.h,
    margin: 0,
    valign: place.valign ?? 'top',
    align: place.align ?? (rtl ? 'right' : 'left'),
    rtlMode: rtl,
    fit: 'none',
    wrap: true,
    ...extra,
  });
}
