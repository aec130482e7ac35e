/**
 * Where each connection's label goes: on its route where the label covers no card, emotion
 * face or label placed before it; else beside the route; else the nearest free spot around
 * the route's middle. Labels are placed in connection order, so the result is stable.
 */
import type { Point } from '../curve';
import { inflate, overlaps, RectIndex, type Box } from './rects';

export interface LabelRequest {
  id: string;
  points: readonly Point[];
  width: number;
  height: number;
}

/** Room kept around a label. */
const CLEARANCE = 3;
const ALONG = [0.5, 0.35, 0.65, 0.2, 0.8, 0.08, 0.92];
/** How far from the route's middle a label may go, and the sideways shifts tried. */
const REACH = 640;
const SIDEWAYS = [0, -60, 60, -120, 120, -180, 180, -240, 240];

interface Segment {
  a: Point;
  b: Point;
  length: number;
  /** How far along the route its middle is, 0..1. */
  middle: number;
}

function segmentsOf(points: readonly Point[]): Segment[] {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y));
  const total = lengths.reduce((n, l) => n + l, 0) || 1;
  let run = 0;
  return lengths.map((length, i) => {
    const segment = {
      a: points[i]!,
      b: points[i + 1]!,
      length,
      middle: (run + length / 2) / total,
    };
    run += length;
    return segment;
  });
}

/** Spots on and beside the route, the ones nearest its middle first. */
function* candidates(points: readonly Point[], width: number, height: number): Generator<Point> {
  const segments = segmentsOf(points).filter((s) => s.length > 0);
  segments.sort((s, t) => Math.abs(s.middle - 0.5) - Math.abs(t.middle - 0.5));
  for (const beside of [0, 1, -1]) {
    for (const s of segments) {
      const horizontal = Math.abs(s.b.y - s.a.y) < Math.abs(s.b.x - s.a.x);
      const dx = horizontal ? 0 : beside * (width / 2 + 6);
      const dy = horizontal ? beside * (height / 2 + 6) : 0;
      for (const t of ALONG) {
        yield { x: s.a.x + (s.b.x - s.a.x) * t + dx, y: s.a.y + (s.b.y - s.a.y) * t + dy };
      }
    }
  }
}

function middleOf(points: readonly Point[]): Point {
  const segments = segmentsOf(points);
  const s = segments.find((x) => x.middle >= 0.5) ?? segments.at(-1);
  if (!s) return points[0] ?? { x: 0, y: 0 };
  return { x: (s.a.x + s.b.x) / 2, y: (s.a.y + s.b.y) / 2 };
}

/**
 * The free spot nearest `centre` in a vertical strip at `x` as wide as the label: the gaps
 * between what lies in the strip, sorted top to bottom. Free room on a map is mostly in the
 * rows between lanes and below short stacks, so one strip query finds it at once.
 */
function nearestInStrip(
  centre: Point,
  x: number,
  size: { width: number; height: number },
  blocked: RectIndex<Box>,
  bounds: Box,
): Point | undefined {
  const half = size.width / 2 + CLEARANCE;
  if (x - size.width / 2 < bounds.x || x + size.width / 2 > bounds.x + bounds.width) return;
  const top = Math.max(bounds.y, centre.y - REACH);
  const bottom = Math.min(bounds.y + bounds.height, centre.y + REACH);
  const strip = { x: x - half, y: top, width: 2 * half, height: bottom - top };
  const taken = blocked
    .near(strip)
    .filter((b) => overlaps(b, strip))
    .map((b) => [b.y - CLEARANCE, b.y + b.height + CLEARANCE] as const)
    .sort((a, b) => a[0] - b[0]);
  let best: Point | undefined;
  let from = top;
  const consider = (gapTop: number, gapBottom: number) => {
    if (gapBottom - gapTop < size.height) return;
    const y = Math.min(Math.max(centre.y, gapTop + size.height / 2), gapBottom - size.height / 2);
    if (!best || Math.abs(y - centre.y) < Math.abs(best.y - centre.y)) best = { x, y };
  };
  for (const [start, end] of taken) {
    consider(from, start);
    from = Math.max(from, end);
  }
  consider(from, bottom);
  return best;
}

/** The nearest free spot to the route's middle over a few strips either side of it. */
function nearestFree(
  centre: Point,
  size: { width: number; height: number },
  blocked: RectIndex<Box>,
  bounds: Box,
): Point | undefined {
  let best: Point | undefined;
  for (const dx of SIDEWAYS) {
    const spot = nearestInStrip(centre, centre.x + dx, size, blocked, bounds);
    const cost = (p: Point) => Math.abs(p.y - centre.y) + Math.abs(p.x - centre.x);
    if (spot && (!best || cost(spot) < cost(best))) best = spot;
  }
  return best;
}

/**
 * Boxes for the labels, by connection id. `obstacles` are what a label must not cover; a label
 * stays inside `bounds`. A label with no free spot near its route (a map packed with cards)
 * goes where it covers no other label, and only if even that fails, at the route's middle.
 */
export function placeLabels(
  labels: readonly LabelRequest[],
  obstacles: readonly Box[],
  bounds: Box,
): Map<string, Box> {
  const blocked = new RectIndex<Box>(obstacles);
  const others = new RectIndex<Box>();
  const placed = new Map<string, Box>();
  const inside = (box: Box) =>
    box.x >= bounds.x &&
    box.y >= bounds.y &&
    box.x + box.width <= bounds.x + bounds.width &&
    box.y + box.height <= bounds.y + bounds.height;
  const free = (box: Box) => inside(box) && !blocked.hits(inflate(box, CLEARANCE));
  // Where nothing near is free (a map packed with cards), at least no label covers another.
  const clearOfLabels = (box: Box) => inside(box) && !others.hits(inflate(box, CLEARANCE));
  for (const label of labels) {
    const boxAt = (c: Point): Box => ({
      x: Math.round(c.x - label.width / 2),
      y: Math.round(c.y - label.height / 2),
      width: label.width,
      height: label.height,
    });
    const first = (spots: Iterable<Point>, ok: (box: Box) => boolean) => {
      for (const c of spots) if (ok(boxAt(c))) return boxAt(c);
      return undefined;
    };
    const route = label.points;
    const middle = middleOf(route);
    const nearby = (index: RectIndex<Box>) => {
      const spot = nearestFree(middle, label, index, bounds);
      return spot && boxAt(spot);
    };
    const chosen =
      first(candidates(route, label.width, label.height), free) ??
      nearby(blocked) ??
      first(candidates(route, label.width, label.height), clearOfLabels) ??
      nearby(others) ??
      boxAt(middle);
    placed.set(label.id, chosen);
    blocked.add(chosen);
    others.add(chosen);
  }
  return placed;
}
