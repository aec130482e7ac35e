import { EFFORT_MAX } from '../../model/scales';
import { formatNumber } from '../format';
import { el } from '../../export/svg/xml';
import { columns, frameOf, label, stageNames, svgRoot, type ChartOptions } from './chartFrame';
import { INK_DESCENT, textBox } from './chartText';

export interface StageEffort {
  name: string;
  /** The stage's average effort, 1..7; null for a stage without touchpoints. */
  value: number | null;
}

const GRID = [1, 4, 7];

/** Effort per stage as bars on the 1..7 scale, each with its number on top. */
export function effortChart(stages: readonly StageEffort[], options: ChartOptions = {}): string {
  const frame = frameOf(options);
  const { palette: c, k } = frame;
  const left = 34 * k;
  const top = 12 * k + frame.label.size;
  const plot = 130 * k;
  const bottom = top + plot;
  const yOf = (v: number) => bottom - (v / EFFORT_MAX) * plot;
  const cols = columns(stages.length, left, frame.width - 8);
  const barWidth = Math.min(cols.step * 0.5, 64 * k);
  const grid = GRID.map((v) =>
    [
      el('line', { x1: left, x2: frame.width - 8, y1: yOf(v), y2: yOf(v), stroke: c.line }),
      label(String(v), frame.small, c.faint, {
        x: left - 8,
        y: yOf(v) + frame.small.size * 0.35,
        'text-anchor': 'end',
      }),
    ].join(''),
  );
  /** Just above the bar, or above the grid line that would cross the figure there. */
  const valueBaseline = (value: string, x: number, baseline: number) => {
    for (const lineY of GRID.map(yOf)) {
      const box = textBox(value, frame.bold, x, baseline, 'middle');
      if (lineY > box.top - 2 && lineY < box.bottom + 2) {
        baseline = lineY - 3 - INK_DESCENT * frame.bold.size;
      }
    }
    return baseline;
  };
  const bars = stages.map((s, i) => {
    const x = cols.centre(i);
    if (s.value === null) {
      return label('–', frame.label, c.faint, { x, y: bottom - 6, 'text-anchor': 'middle' });
    }
    const value = formatNumber(s.value);
    return [
      el('rect', {
        x: x - barWidth / 2,
        y: yOf(s.value),
        width: barWidth,
        height: bottom - yOf(s.value),
        rx: 3 * k,
        fill: c.bar,
      }),
      label(value, frame.bold, c.ink, {
        x,
        y: valueBaseline(value, x, yOf(s.value) - 6),
        'text-anchor': 'middle',
      }),
    ].join('');
  });
  const axis = el('line', {
    x1: left,
    x2: frame.width - 8,
    y1: bottom,
    y2: bottom,
    stroke: c.lineStrong,
  });
  const names = stageNames(
    stages.map((s) => s.name),
    frame,
    cols,
    bottom + 20 * k,
  );
  const height = names.lastBaseline + 10 * k;
  const title = options.title ?? 'Effort per stage (1 very low .. 7 very high)';
  return svgRoot(frame, height, title, [...grid, axis, ...bars, names.markup]);
}
