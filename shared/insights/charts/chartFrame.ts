/**
 * What the insight charts share: palette, type sizes and the stage columns. Charts are SVG
 * strings built from the model, drawn the same in the editor and on the PDF's insights page, so
 * they use only what svg-to-pdfkit draws: #rrggbb colours in attributes, numeric font weights,
 * real <text>, no CSS, filters or foreignObject.
 */
import { INK } from '../../export/svg/palette';
import { clampLine, type FontSpec } from '../../export/svg/textMetrics';
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

/** Stage names under the plot, each cut to its column. */
export function stageNames(
  names: readonly string[],
  frame: Frame,
  cols: ReturnType<typeof columns>,
  baseline: number,
): string {
  return names
    .map((name, i) =>
      label(
        clampLine(name.trim() || 'Untitled stage', cols.step - 8, frame.label),
        frame.label,
        frame.palette.ink,
        { x: cols.centre(i), y: baseline, 'text-anchor': 'middle' },
      ),
    )
    .join('');
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
