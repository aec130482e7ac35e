import { emotionFace } from '../../export/svg/glyphs';
import { emotionLevel } from '../../model/scales';
import { formatSigned, nearestEmotion } from '../format';
import { columns, frameOf, label, stageNames, svgRoot, type ChartOptions } from './chartFrame';
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
 * face and a word (never colour alone), joined by a line, with the neutral line marked.
 */
export function emotionChart(stages: readonly StagePoint[], options: ChartOptions = {}): string {
  const frame = frameOf(options);
  const { palette: c, k } = frame;
  const face = 26 * k;
  const left = 34 * k;
  const top = 18 * k + face;
  const plot = 150 * k;
  const bottom = top + plot;
  const height = bottom + face / 2 + 34 * k;
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
  const marks = stages.map((s, i) => {
    const x = cols.centre(i);
    if (s.value === null) {
      return label('no touchpoints', frame.small, c.faint, {
        x,
        y: yOf(0) - 8,
        'text-anchor': 'middle',
      });
    }
    const y = yOf(s.value);
    // The word goes on the side of the face away from the edge it would run off.
    const below = s.value > 1;
    const wordY = below ? y + face / 2 + frame.small.size + 2 : y - face / 2 - 5;
    return [
      emotionFace(nearestEmotion(s.value), x - face / 2, y - face / 2, face),
      label(
        `${emotionLevel(nearestEmotion(s.value)).word} ${formatSigned(s.value)}`,
        frame.small,
        c.ink,
        {
          x,
          y: wordY,
          'text-anchor': 'middle',
        },
      ),
    ].join('');
  });
  const names = stageNames(
    stages.map((s) => s.name),
    frame,
    cols,
    bottom + face / 2 + 22 * k,
  );
  const title = options.title ?? 'Emotion per stage';
  return svgRoot(frame, height, title, [...grid, ...lines, ...marks, names]);
}
