/**
 * What the insight charts share: palette, type sizes and the stage columns. Charts are SVG
 * strings built from the model, drawn the same in the editor and on the PDF's insights page, so
 * they use only what svg-to-pdfkit draws: #rrggbb colours in attributes, numeric font weights,
 * real <text>, no CSS, filters or foreignObject.
 */
import { INK } from '../../export/svg/palette';
import { measureText, wrapText, type FontSpec } from '../../export/svg/textMetrics';
import { LEADING } from './chartText';
import { el, num, text, xmlText, type Attrs } from '../../export/svg/xml';

export interface ChartPalette {
  ink: string;
  soft: string;
  faint: string;
  line: string;
  lineStrong: string;
  surface: string;
  accent: string;
  /** The effort bars. */
  bar: string;
  /** The current state's line in a comparison (the future one uses `accent`). */
  previous: string;
}

/** The light theme: what the PDF uses, as the map export does. */
export const LIGHT_CHART_PALETTE: ChartPalette = {
  ink: INK.ink,
  soft: INK.soft,
  faint: INK.faint,
  line: INK.line,
  lineStrong: INK.lineStrong,
  surface: INK.surface,
  accent: INK.accent,
  bar: INK.soft,
  previous: INK.faint,
};

export interface ChartOptions {
  palette?: ChartPalette;
  /** Projector type: about 1.6 times larger, for a room to read. */
  large?: boolean;
  width?: number;
  /** The chart's accessible name, also its SVG <title>. */
  title?: string;
}

export const CHART_FONT = 'Inter, sans-serif';

export interface Frame {
  palette: ChartPalette;
  width: number;
  /** Type sizes: labels, small print. */
  label: FontSpec;
  small: FontSpec;
  bold: FontSpec;
  /** Space scale: 1, or larger for the projector. */
  k: number;
}

export function frameOf(options: ChartOptions): Frame {
  const k = options.large ? 1.6 : 1;
  return {
    palette: options.palette ?? LIGHT_CHART_PALETTE,
    width: options.width ?? 640,
    label: { size: 13 * k, weight: 600 },
    small: { size: 11.5 * k, weight: 400 },
    bold: { size: 13 * k, weight: 700 },
    k,
  };
}

/** Text in the chart's font, in a colour from the palette. */
export function label(content: string, font: FontSpec, fill: string, a: Attrs): string {
  return text(content, {
    ...a,
    'font-size': num(font.size),
    'font-weight': font.weight,
    fill,
  });
}

/** One column per stage across the plot; x of a column's centre. */
export function columns(count: number, left: number, right: number) {
  const step = (right - left) / Math.max(1, count);
  return { step, centre: (i: number) => left + step * (i + 0.5) };
}

/** One text under a stage column, in a colour from the palette. */
export interface ColumnText {
  text: string;
  fill: string;
}

/** What a row of column texts drew, and the baseline of its lowest line. */
export interface ColumnRow {
  markup: string;
  lastBaseline: number;
}

/**
 * A row of texts under the plot, one per stage column, each wrapped to its column (up to
 * `maxLines`, then cut with "…"), the first line's baseline at `baseline`. When a word is wider
 * than its column the row's type steps down (to 80% at most) rather than break the word.
 */
export function columnTexts(
  texts: readonly ColumnText[],
  font: FontSpec,
  cols: ReturnType<typeof columns>,
  baseline: number,
  maxLines: number,
): ColumnRow {
  const width = cols.step - 8;
  const words = texts.flatMap(({ text }) => text.split(/\s+/));
  const fits = (f: FontSpec) => words.every((word) => measureText(word, f) <= width);
  const row = [1, 0.9, 0.8].map((k) => ({ ...font, size: font.size * k })).find(fits) ?? {
    ...font,
    size: font.size * 0.8,
  };
  const lineHeight = row.size * LEADING;
  let lines = 1;
  const markup = texts.map(({ text, fill }, i) => {
    const wrapped = wrapText(text, width, row, maxLines);
    lines = Math.max(lines, wrapped.length);
    return wrapped
      .map((line, n) =>
        label(line, row, fill, {
          x: cols.centre(i),
          y: baseline + n * lineHeight,
          'text-anchor': 'middle',
        }),
      )
      .join('');
  });
  return { markup: markup.join(''), lastBaseline: baseline + (lines - 1) * lineHeight };
}

/** Stage names under the plot, each wrapped to its column on up to two lines. */
export function stageNames(
  names: readonly string[],
  frame: Frame,
  cols: ReturnType<typeof columns>,
  baseline: number,
): ColumnRow {
  const texts = names.map((name) => ({
    text: name.trim() || 'Untitled stage',
    fill: frame.palette.ink,
  }));
  return columnTexts(texts, frame.label, cols, baseline, 2);
}

/** The outer <svg>, sized in px, with a title for screen readers. */
export function svgRoot(frame: Frame, height: number, title: string, body: string[]): string {
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: frame.width,
      height,
      viewBox: `0 0 ${num(frame.width)} ${num(height)}`,
      'font-family': CHART_FONT,
      role: 'img',
      'aria-label': title,
    },
    [el('title', {}, xmlText(title)), ...body],
  );
}
