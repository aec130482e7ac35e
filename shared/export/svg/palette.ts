import type { ConnectionKind, LaneKind } from '../../model/types';

/**
 * The light theme's colours, as the canvas uses them (renderer/src/styles/app.css and
 * editor/canvas/canvas.css). An exported map is a document, so it always uses the light theme.
 */
export const INK = {
  ink: '#1d2433',
  soft: '#4a5468',
  faint: '#6b7488',
  line: '#dde1ea',
  lineStrong: '#c5cbd8',
  surface: '#ffffff',
  surface2: '#f5f6f9',
  canvas: '#eef0f5',
  accent: '#3b5bdb',
  curve: '#3b5bdb',
  danger: '#c92a2a',
  faceInk: '#1f2430',
  motFill: '#fff3bf',
  motLine: '#f59f00',
  motInk: '#7a4a00',
} as const;

export const EDGE_COLORS: Record<ConnectionKind, string> = {
  path: '#5c6680',
  alternative: '#3b5bdb',
  failure: '#c92a2a',
};

export const EDGE_DASH: Record<ConnectionKind, string | undefined> = {
  path: undefined,
  alternative: '7 5',
  failure: '3 4',
};

export const LANE_COLORS: Record<LaneKind, string> = {
  touchpoints: '#4a5468',
  actions: '#4c6ef5',
  thoughts: '#ae3ec9',
  emotion: '#3b5bdb',
  painPoints: '#e03131',
  opportunities: '#2b8a3e',
  frontstage: '#1098ad',
  backstage: '#f08c00',
  support: '#868e96',
  text: '#5c6680',
};

function channels(hex: string): [number, number, number] {
  const v = Number.parseInt(hex.slice(1, 7), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/** CSS `color-mix(in srgb, color share, base)`: `share` of `color` over `base`, as #rrggbb. */
export function mix(color: string, share: number, base: string = INK.surface): string {
  const a = channels(/^#[0-9a-fA-F]{6}$/.test(color) ? color : INK.soft);
  const b = channels(base);
  return (
    '#' +
    a
      .map((c, i) => Math.round(c * share + (b[i] as number) * (1 - share)))
      .map((c) => c.toString(16).padStart(2, '0'))
      .join('')
  );
}
