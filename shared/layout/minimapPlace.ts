/** Where the canvas minimap may sit so that it never covers the emotion curve. */

export interface ScreenRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type MinimapCorner = 'bottom-right' | 'top-right';

/** React Flow's panels keep this far from the canvas edge. */
const PANEL_MARGIN = 15;

const overlaps = (a: ScreenRect, b: ScreenRect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The first corner (bottom right, then top right) where a minimap of `size` stays clear of the
 * curve's band on screen; null when the band crosses both, and the minimap steps aside.
 */
export function minimapCorner(
  curve: ScreenRect | null,
  view: { width: number; height: number },
  size: { width: number; height: number },
): MinimapCorner | null {
  const x = view.width - PANEL_MARGIN - size.width;
  const at: Record<MinimapCorner, ScreenRect> = {
    'bottom-right': { x, y: view.height - PANEL_MARGIN - size.height, ...size },
    'top-right': { x, y: PANEL_MARGIN, ...size },
  };
  const corners: MinimapCorner[] = ['bottom-right', 'top-right'];
  return corners.find((c) => !curve || !overlaps(curve, at[c])) ?? null;
}
