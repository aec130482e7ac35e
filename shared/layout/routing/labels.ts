/**
 * Where each connection's label goes: on its route where the label covers no card, emotion
 * face or label placed before it; else beside the route; else the nearest free spot around
 * the route's middle. Labels are placed in connection order, so the result is stable.
 */
import type { Point } from '../curve';
import { inflate, RectIndex, type Box } from './rects';

export interface LabelRequest {
  id: string;
  points: readonly Point[];
  width: number;
  height: number;
}

/** Room kept around a label. */
const CLEARANCE = 3;
const ALONG = [0.5, 0.35, 0.65, 0.2, 0.8, 0.08, 0.92];
const RING_STEP = 16;
const RING_MAX = 640;
/** Directions tried on each ring: the axes first (gutters run along them), then between. */
const DIRECTIONS = Array.from({ length: 16 }, (_, k) => {
  const angle = (Math.PI / 2) * (k % 4) + (Math.PI / 8) * Math.floor(k / 4);
  return [Math.cos(angle), Math.sin(angle)] as const;
});

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

/** Spots further and further from a point in sixteen directions, nearest first. */
function* around(centre: Point): Generator<Point> {
  for (let r = RING_STEP; r <= RING_MAX; r += RING_STEP) {
    for (const [dx, dy] of DIRECTIONS) yield { x: centre.x + r * dx, y: centre.y + r * dy };
  }
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
    const chosen =
      first(candidates(route, label.width, label.height), free) ??
      first(around(middleOf(route)), free) ??
      first(candidates(route, label.width, label.height), clearOfLabels) ??
      first(around(middleOf(route)), clearOfLabels) ??
      boxAt(middleOf(route));
    placed.set(label.id, chosen);
    blocked.add(chosen);
    others.add(chosen);
  }
  return placed;
}
