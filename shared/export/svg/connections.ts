/** Arrows between cards, along the routes layoutJourney gives them, with their labels. */
import type { ConnectionPath } from '../../layout/layoutJourney';
import type { ConnectionKind } from '../../model/types';
import { cross } from './glyphs';
import { EDGE_COLORS, EDGE_DASH, INK, mix } from './palette';
import type { ConnectionLabelTheme } from '../../layout/theme';
import { el, num, text } from './xml';

const ARROW_LENGTH = 9;
const ARROW_HALF_WIDTH = 4.5;

/**
 * The arrowhead as a plain triangle at the path's end, pointing along its last tangent. Not an
 * SVG <marker>: resvg 2.6 aborts the whole process on a marker that falls outside the image,
 * and plain shapes look the same in every renderer and PDF converter.
 */
export function arrowhead(d: string, color: string): string {
  const n = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  if (n.length < 4) return '';
  const end = { x: n[n.length - 2]!, y: n[n.length - 1]! };
  // The last control point sets the direction; a control point on the end falls back further.
  let from = { x: end.x, y: end.y };
  for (let i = n.length - 4; i >= 0 && from.x === end.x && from.y === end.y; i -= 2) {
    from = { x: n[i]!, y: n[i + 1]! };
  }
  const length = Math.hypot(end.x - from.x, end.y - from.y);
  if (length === 0) return '';
  const ux = (end.x - from.x) / length;
  const uy = (end.y - from.y) / length;
  const bx = end.x - ux * ARROW_LENGTH;
  const by = end.y - uy * ARROW_LENGTH;
  const points = [
    [end.x, end.y],
    [bx - uy * ARROW_HALF_WIDTH, by + ux * ARROW_HALF_WIDTH],
    [bx + uy * ARROW_HALF_WIDTH, by - ux * ARROW_HALF_WIDTH],
  ];
  return el('polygon', {
    class: 'arrowhead',
    points: points.map(([x, y]) => `${num(x!)},${num(y!)}`).join(' '),
    fill: color,
  });
}

export function connectionLine(kind: ConnectionKind, d: string): string {
  return (
    el('path', {
      d,
      fill: 'none',
      stroke: EDGE_COLORS[kind],
      'stroke-width': 2,
      'stroke-dasharray': EDGE_DASH[kind],
      'stroke-linecap': kind === 'failure' ? 'round' : undefined,
    }) + arrowhead(d, EDGE_COLORS[kind])
  );
}

function label(c: ConnectionPath, theme: ConnectionLabelTheme): string {
  const box = c.labelBox;
  if (!box || !c.labelText) return '';
  const icon = c.kind === 'failure' ? theme.iconWidth : 0;
  const ink = c.kind === 'path' ? INK.soft : EDGE_COLORS[c.kind];
  const middle = box.y + box.height / 2;
  const parts = [
    el('rect', {
      x: box.x,
      y: box.y,
      width: box.width,
      height: box.height,
      rx: box.height / 2,
      fill: INK.surface,
      stroke: c.kind === 'path' ? INK.lineStrong : mix(EDGE_COLORS[c.kind], 0.4),
    }),
    c.kind === 'failure' ? cross(box.x + theme.paddingX + 4, middle, 3, ink) : '',
    text(c.labelText, {
      x: box.x + theme.paddingX + icon,
      // The baseline that centres Inter's capitals and x-height in the pill.
      y: middle + theme.fontSize * 0.36,
      'font-size': theme.fontSize,
      'font-weight': theme.fontWeight,
      fill: ink,
      class: 'connection-label',
    }),
  ];
  return el('g', { class: 'connection-pill', 'data-for': c.id }, parts.join(''));
}

/** Room around a path's control points for its stroke and arrowhead, and around a label. */
const LINE_BLEED = ARROW_LENGTH + 2;
const LABEL_BLEED = 2;

/** The vertical extent of a path: a Bézier curve stays inside its control points' hull. */
function pathSpan(d: string): { top: number; bottom: number } {
  const ys = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number).filter((_, i) => i % 2 === 1);
  return { top: Math.min(...ys) - LINE_BLEED, bottom: Math.max(...ys) + LINE_BLEED };
}

/**
 * The connections' markup, one line or label at a time with the rows each covers: lines first,
 * labels after, so no line runs across another connection's label.
 */
export function connectionPieces(
  list: ConnectionPath[],
  theme: ConnectionLabelTheme,
): {
  count: number;
  pieces(): Iterable<{ markup: string; top: number; bottom: number }>;
} {
  const labelled = list.filter((c) => c.labelBox && c.labelText);
  return {
    count: list.length + labelled.length,
    *pieces() {
      for (const c of list) {
        const markup = el(
          'g',
          { class: 'connection', 'data-id': c.id, 'data-kind': c.kind },
          connectionLine(c.kind, c.path),
        );
        yield { markup, ...pathSpan(c.path) };
      }
      for (const c of labelled) {
        const { y, height } = c.labelBox!;
        yield { markup: label(c, theme), top: y - LABEL_BLEED, bottom: y + height + LABEL_BLEED };
      }
    },
  };
}
