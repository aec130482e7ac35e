import { formatSigned } from '../format';
import { el, num } from '../../export/svg/xml';
import {
  columns,
  columnTexts,
  frameOf,
  label,
  stageNames,
  svgRoot,
  type ChartOptions,
} from './chartFrame';
import { lineRuns } from './emotionChart';

export interface StagePair {
  name: string;
  before: number | null;
  after: number | null;
}

/** Current (hollow circles, dashed) vs future (filled squares, solid): shape tells them apart. */
function marker(kind: 'before' | 'after', x: number, y: number, r: number, color: string) {
  if (kind === 'before') {
    return el('circle', { cx: x, cy: y, r, fill: 'none', stroke: color, 'stroke-width': 2 });
  }
  return el('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r, fill: color });
}

/**
 * The emotion of each stage in the current and the future state, two lines on the -2..+2 scale,
 * with the change written under each stage.
 */
export function comparisonChart(stages: readonly StagePair[], options: ChartOptions = {}): string {
  const frame = frameOf(options);
  const { palette: c, k } = frame;
  const left = 34 * k;
  const legendY = 6 * k + frame.label.size;
  const top = legendY + 16 * k;
  const plot = 130 * k;
  const bottom = top + plot;
  const r = 5 * k;
  const yOf = (v: number) => top + ((2 - v) / 4) * plot;
  const cols = columns(stages.length, left, frame.width - 8);
  const grid = [2, 0, -2].map((v) =>
    [
      el('line', {
        x1: left,
        x2: frame.width - 8,
        y1: yOf(v),
        y2: yOf(v),
        stroke: v === 0 ? c.lineStrong : c.line,
        'stroke-dasharray': v === 0 ? '6 4' : undefined,
      }),
      label(v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0', frame.small, c.faint, {
        x: left - 8,
        y: yOf(v) + frame.small.size * 0.35,
        'text-anchor': 'end',
      }),
    ].join(''),
  );
  const series = (['before', 'after'] as const).map((kind) => {
    const color = kind === 'before' ? c.previous : c.accent;
    const points = stages.map((s, i) =>
      s[kind] === null ? null : { x: cols.centre(i), y: yOf(s[kind]) },
    );
    const lines = lineRuns(points).map((p) =>
      el('polyline', {
        points: p,
        fill: 'none',
        stroke: color,
        'stroke-width': 2 * k,
        'stroke-dasharray': kind === 'before' ? `${num(6 * k)} ${num(4 * k)}` : undefined,
      }),
    );
    const marks = points.map((p) => (p ? marker(kind, p.x, p.y, r, color) : ''));
    return [...lines, ...marks].join('');
  });
  const names = stageNames(
    stages.map((s) => s.name),
    frame,
    cols,
    bottom + 20 * k,
  );
  const changes = columnTexts(
    stages.map((s) => {
      const change = s.before === null || s.after === null ? null : s.after - s.before;
      const words =
        change === null ? (s.before === null ? 'new stage' : 'dropped') : formatSigned(change);
      return { text: words, fill: change !== null && change > 0 ? c.accent : c.soft };
    }),
    frame.bold,
    cols,
    names.lastBaseline + 20 * k,
    2,
  );
  const legend = [
    marker('before', left + r, legendY - r, r, c.previous),
    label('Current state', frame.label, c.ink, { x: left + 3 * r, y: legendY }),
    marker('after', left + 130 * k + r, legendY - r, r, c.accent),
    label('Future state', frame.label, c.ink, { x: left + 130 * k + 3 * r, y: legendY }),
  ];
  const height = changes.lastBaseline + 10 * k;
  const title = options.title ?? 'Emotion per stage, current vs future state';
  return svgRoot(frame, height, title, [
    ...legend,
    ...grid,
    ...series,
    names.markup,
    changes.markup,
  ]);
}
