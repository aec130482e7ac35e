import { emotionFace } from '../../export/svg/glyphs';
import { emotionLevel } from '../../model/scales';
import { formatSigned, nearestEmotion } from '../format';
import {
  columns,
  columnTexts,
  frameOf,
  label,
  stageNames,
  svgRoot,
  type ChartOptions,
} from './chartFrame';
import { el, num } from '../../export/svg/xml';

export interface StagePoint {
  name: string;
  /** The stage's average emotion, -2..+2; null for a stage without touchpoints. */
  value: number | null;
}

const LEVELS = [2, 1, 0, -1, -2];

/** Pieces of a line through the points, broken where a stage has no value. */
export function lineRuns(points: readonly ({ x: number; y: number } | null)[]): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  for (const p of [...points, null]) {
    if (p) run.push(`${num(p.x)},${num(p.y)}`);
    else {
      if (run.length > 1) runs.push(run.join(' '));
      run = [];
    }
  }
  return runs;
}

/**
 * The emotion curve per stage: each stage's average emotion as a point on a -2..+2 scale with a
 * face, joined by a line, with the neutral line marked. Under the plot, each column says its
 * stage and its emotion in words and figures (never colour alone); the words sit there rather
 * than beside the faces, where the grid and the curve would cross them.
 */
export function emotionChart(stages: readonly StagePoint[], options: ChartOptions = {}): string {
  const frame = frameOf(options);
  const { palette: c, k } = frame;
  const face = 26 * k;
  const left = 34 * k;
  const top = face / 2 + 8 * k;
  const plot = 150 * k;
  const bottom = top + plot;
  const yOf = (v: number) => top + ((2 - v) / 4) * plot;
  const cols = columns(stages.length, left, frame.width - 8);
  const grid = LEVELS.map((v) =>
    [
      el('line', {
        x1: left,
        x2: frame.width - 8,
        y1: yOf(v),
        y2: yOf(v),
        stroke: v === 0 ? c.lineStrong : c.line,
        'stroke-width': v === 0 ? 1.5 : 1,
        'stroke-dasharray': v === 0 ? '6 4' : undefined,
      }),
      label(v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0', frame.small, c.faint, {
        x: left - 8,
        y: yOf(v) + frame.small.size * 0.35,
        'text-anchor': 'end',
      }),
    ].join(''),
  );
  const points = stages.map((s, i) =>
    s.value === null ? null : { x: cols.centre(i), y: yOf(s.value) },
  );
  const lines = lineRuns(points).map((p) =>
    el('polyline', { points: p, fill: 'none', stroke: c.accent, 'stroke-width': 2.5 * k }),
  );
  const faces = points.map((p, i) =>
    p ? emotionFace(nearestEmotion(stages[i]!.value!), p.x - face / 2, p.y - face / 2, face) : '',
  );
  const names = stageNames(
    stages.map((s) => s.name),
    frame,
    cols,
    bottom + face / 2 + 18 * k,
  );
  const words = columnTexts(
    stages.map((s) =>
      s.value === null
        ? { text: 'no touchpoints', fill: c.faint }
        : {
            text: `${emotionLevel(nearestEmotion(s.value)).word} ${formatSigned(s.value)}`,
            fill: c.ink,
          },
    ),
    frame.small,
    cols,
    names.lastBaseline + frame.small.size * 1.5,
    3,
  );
  const height = words.lastBaseline + 10 * k;
  const title = options.title ?? 'Emotion per stage';
  return svgRoot(frame, height, title, [...grid, ...lines, ...faces, names.markup, words.markup]);
}
