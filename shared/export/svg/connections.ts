/** Arrows between cards, along the routes layoutJourney gives them, with their labels. */
import type { ConnectionPath } from '../../layout/layoutJourney';
import type { ConnectionKind } from '../../model/types';
import { cross } from './glyphs';
import { EDGE_COLORS, EDGE_DASH, INK, mix } from './palette';
import { clampLine, measureText, type FontSpec } from './textMetrics';
import { el, text } from './xml';

const LABEL: FontSpec = { size: 11, weight: 600 };
const KINDS: ConnectionKind[] = ['path', 'alternative', 'failure'];

export const markerId = (kind: ConnectionKind) => `arrow-${kind}`;

/** One arrowhead marker per connection kind, in the kind's colour. */
export function arrowMarkers(): string {
  return KINDS.map((kind) =>
    el(
      'marker',
      {
        id: markerId(kind),
        viewBox: '0 0 10 10',
        refX: 9,
        refY: 5,
        markerWidth: 7,
        markerHeight: 7,
        markerUnits: 'userSpaceOnUse',
        orient: 'auto',
      },
      el('path', { d: 'M0,0 L10,5 L0,10 Z', fill: EDGE_COLORS[kind] }),
    ),
  ).join('');
}

export function connectionLine(kind: ConnectionKind, d: string): string {
  return el('path', {
    d,
    fill: 'none',
    stroke: EDGE_COLORS[kind],
    'stroke-width': 2,
    'stroke-dasharray': EDGE_DASH[kind],
    'stroke-linecap': kind === 'failure' ? 'round' : undefined,
    'marker-end': `url(#${markerId(kind)})`,
  });
}

function label(c: ConnectionPath): string {
  const words = c.label.trim() || (c.kind === 'failure' ? 'Failure path' : 'Alternative');
  const icon = c.kind === 'failure' ? 10 : 0;
  const shown = clampLine(words, 160, LABEL);
  const width = measureText(shown, LABEL) + 16 + icon;
  const x = c.labelAt.x - width / 2;
  const y = c.labelAt.y - 10;
  const ink = c.kind === 'path' ? INK.soft : EDGE_COLORS[c.kind];
  return [
    el('rect', {
      x,
      y,
      width,
      height: 20,
      rx: 10,
      fill: INK.surface,
      stroke: c.kind === 'path' ? INK.lineStrong : mix(EDGE_COLORS[c.kind], 0.4),
    }),
    c.kind === 'failure' ? cross(x + 12, y + 10, 3, ink) : '',
    text(shown, {
      x: x + 8 + icon,
      y: y + 14,
      'font-size': LABEL.size,
      'font-weight': LABEL.weight,
      fill: ink,
      class: 'connection-label',
    }),
  ].join('');
}

/** Lines first, labels after, so no line runs across another connection's label. */
export function connections(list: ConnectionPath[]): string {
  const lines = list.map((c) =>
    el('g', { class: 'connection', 'data-kind': c.kind }, connectionLine(c.kind, c.path)),
  );
  const labels = list.filter((c) => c.label.trim() || c.kind !== 'path').map(label);
  return lines.join('') + labels.join('');
}
