/** The emotion curve lane: zero line, scale words, the smooth curve, faces, low points. */
import type { EmotionCurve } from '../../layout/layoutJourney';
import { emotionLevel } from '../../model/scales';
import { emotionFace } from './glyphs';
import { EDGE_COLORS, INK } from './palette';
import { el, text, xmlText } from './xml';

const FACE = 22;

export function emotionCurve(curve: EmotionCurve, left: number, right: number): string {
  const scale = (words: string, y: number) =>
    text(words, { x: left + 6, y, 'font-size': 11, 'font-weight': 400, fill: INK.faint });
  const parts = [
    el('line', {
      x1: left,
      x2: right,
      y1: curve.zeroY,
      y2: curve.zeroY,
      stroke: INK.lineStrong,
      'stroke-width': 1.5,
      'stroke-dasharray': '6 5',
    }),
    scale('Very positive', curve.topY - 8),
    scale('Neutral', curve.zeroY - 6),
    scale('Very negative', curve.bottomY + 18),
    el('path', {
      d: curve.path,
      fill: 'none',
      stroke: INK.curve,
      'stroke-width': 3,
      'stroke-linecap': 'round',
      class: 'curve-line',
    }),
  ];
  for (const p of curve.points) {
    const point = [
      el('title', {}, xmlText(`${emotionLevel(p.emotion).word}${p.low ? ' (low point)' : ''}`)),
    ];
    if (p.low) {
      point.push(
        el('circle', {
          cx: p.x,
          cy: p.y,
          r: FACE / 2 + 5,
          fill: INK.surface,
          stroke: EDGE_COLORS.failure,
          'stroke-width': 2.5,
        }),
      );
    }
    point.push(emotionFace(p.emotion, p.x - FACE / 2, p.y - FACE / 2, FACE));
    if (p.low) {
      point.push(
        text('Low point', {
          x: p.x,
          y: p.y + FACE / 2 + 19,
          'font-size': 11,
          'font-weight': 700,
          fill: EDGE_COLORS.failure,
          'text-anchor': 'middle',
        }),
      );
    }
    parts.push(
      el(
        'g',
        { class: p.low ? 'curve-point low' : 'curve-point', 'data-emotion': p.emotion },
        point,
      ),
    );
  }
  return el('g', { class: 'emotion-curve' }, parts);
}
