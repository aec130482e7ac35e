import { LANE_LIGHT_COLORS } from '../../model/laneKinds';
import type { ConnectionKind } from '../../model/types';

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

/** Each lane kind's light-theme accent, from the lane-kind registry. */
export const LANE_COLORS = LANE_LIGHT_COLORS;

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
