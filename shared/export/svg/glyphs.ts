/** Small vector symbols the map uses: emotion faces, effort bars, the moment-of-truth star. */
import { EFFORT_MAX, emotionLevel } from '../../model/scales';
import { INK } from './palette';
import { el, num } from './xml';

/** A face whose mouth and colour both say the emotion (the canvas's EmotionFace, 24-unit box). */
/** Null (not rated) is a grey face with a question mark where the eyes and mouth would be. */
export function emotionFace(emotion: number | null, x: number, y: number, size: number): string {
  const level = emotionLevel(emotion);
  const s = size / 24;
  const bend = 5 * level.mouth;
  return el('g', { transform: `translate(${num(x)} ${num(y)}) scale(${num(s)})` }, [
    el('circle', {
      cx: 12,
      cy: 12,
      r: 11,
      fill: level.color,
      stroke: '#000000',
      'stroke-opacity': 0.35,
      'stroke-width': 1,
    }),
    ...(level.value === null
      ? [questionMark()]
      : [
          el('circle', { cx: 8.2, cy: 9.5, r: 1.5, fill: INK.faceInk }),
          el('circle', { cx: 15.8, cy: 9.5, r: 1.5, fill: INK.faceInk }),
          el('path', {
            d: `M7 ${num(15.5 - bend / 2)} Q12 ${num(15.5 + bend)} 17 ${num(15.5 - bend / 2)}`,
            fill: 'none',
            stroke: INK.faceInk,
            'stroke-width': 1.6,
            'stroke-linecap': 'round',
          }),
        ]),
  ]);
}

export const EFFORT_BARS_WIDTH = EFFORT_MAX * 4.5 - 1.5;

/** A question mark drawn as a path, so it needs no font: the face of "not rated". */
const questionMark = () =>
  el('path', {
    d: 'M8.6 9.2 Q8.6 5.6 12 5.6 Q15.4 5.6 15.4 8.8 Q15.4 10.8 12 12.4 L12 14.4 M12 17.2 L12 17.6',
    fill: 'none',
    stroke: INK.faceInk,
    'stroke-width': 2,
    'stroke-linecap': 'round',
  });

/** Seven bars rising left to right, filled up to the effort (none when not rated). */
export function effortBars(effort: number | null, x: number, bottom: number): string {
  return Array.from({ length: EFFORT_MAX }, (_, i) => {
    const h = 4 + i * 1.5;
    return el('rect', {
      x: x + i * 4.5,
      y: bottom - h,
      width: 3,
      height: h,
      rx: 1,
      fill: effort !== null && i < effort ? INK.soft : INK.lineStrong,
    });
  }).join('');
}

/** A five-pointed star centred on (cx, cy). */
export function star(cx: number, cy: number, r: number, fill: string): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.45;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${num(cx + radius * Math.cos(angle))},${num(cy + radius * Math.sin(angle))}`);
  }
  return el('polygon', { points: points.join(' '), fill });
}

/** A small "x" for failure labels, drawn so no font has to have the glyph. */
export function cross(cx: number, cy: number, r: number, stroke: string): string {
  return el('path', {
    d: `M${num(cx - r)},${num(cy - r)} L${num(cx + r)},${num(cy + r)} M${num(cx + r)},${num(cy - r)} L${num(cx - r)},${num(cy + r)}`,
    stroke,
    'stroke-width': 1.6,
    'stroke-linecap': 'round',
  });
}
