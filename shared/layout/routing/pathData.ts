import type { Point } from '../curve';

const round = (v: number) => Math.round(v * 100) / 100;
const pt = (p: Point) => `${round(p.x)},${round(p.y)}`;

/**
 * SVG path data along a route's corner points, each corner rounded a little (never more than
 * half of either side), ending on a straight piece so the arrowhead points along the last leg.
 */
export function routePath(points: readonly Point[], radius = 8): string {
  if (points.length === 0) return '';
  const parts = [`M${pt(points[0]!)}`];
  for (let i = 1; i < points.length - 1; i++) {
    const prev = points[i - 1]!;
    const corner = points[i]!;
    const next = points[i + 1]!;
    const inLength = Math.hypot(corner.x - prev.x, corner.y - prev.y);
    const outLength = Math.hypot(next.x - corner.x, next.y - corner.y);
    const r = Math.min(radius, inLength / 2, outLength / 2);
    if (r <= 0) continue;
    const before = {
      x: corner.x - ((corner.x - prev.x) / inLength) * r,
      y: corner.y - ((corner.y - prev.y) / inLength) * r,
    };
    const after = {
      x: corner.x + ((next.x - corner.x) / outLength) * r,
      y: corner.y + ((next.y - corner.y) / outLength) * r,
    };
    parts.push(`L${pt(before)}`, `Q${pt(corner)} ${pt(after)}`);
  }
  if (points.length > 1) parts.push(`L${pt(points.at(-1)!)}`);
  return parts.join(' ');
}
