/** Rectangle arithmetic and a grid index the routing and label placement query many times. */
import type { Point } from '../curve';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function inflate(r: Box, by: number): Box {
  return { x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by };
}

export function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

/** Whether the insides of two rectangles share any area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether an axis-aligned or sloped segment enters the inside of a rectangle (Liang-Barsky). */
export function segmentEnters(a: Point, b: Point, r: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const clip = (p: number, q: number) => {
    if (p === 0) return q > 0;
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
    return true;
  };
  const inside =
    clip(-dx, a.x - r.x) &&
    clip(dx, r.x + r.width - a.x) &&
    clip(-dy, a.y - r.y) &&
    clip(dy, r.y + r.height - a.y);
  return inside && t1 - t0 > 1e-9;
}

/** Rectangles bucketed by a coarse grid, so a query looks only at those nearby. */
export class RectIndex<T extends Box> {
  private readonly cells = new Map<number, T[]>();

  constructor(
    items: Iterable<T> = [],
    private readonly size = 256,
  ) {
    for (const item of items) this.add(item);
  }

  /** The grid cells a rectangle spans, as [x0, x1, y0, y1]. */
  private span(r: Box): [number, number, number, number] {
    const s = this.size;
    return [
      Math.floor(r.x / s),
      Math.floor((r.x + r.width) / s),
      Math.floor(r.y / s),
      Math.floor((r.y + r.height) / s),
    ];
  }

  /** One number per grid cell (maps stay well within ±2^20 cells of the origin). */
  private static key(x: number, y: number): number {
    return (x + 1_048_576) * 2_097_152 + (y + 1_048_576);
  }

  add(item: T): void {
    const [x0, x1, y0, y1] = this.span(item);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const key = RectIndex.key(x, y);
        const bucket = this.cells.get(key);
        if (bucket) bucket.push(item);
        else this.cells.set(key, [item]);
      }
    }
  }

  /** Every item whose grid cells meet those of `r`, once each. */
  near(r: Box): T[] {
    const found = new Set<T>();
    const [x0, x1, y0, y1] = this.span(r);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        for (const item of this.cells.get(RectIndex.key(x, y)) ?? []) found.add(item);
      }
    }
    return [...found];
  }

  hits(r: Box): boolean {
    const [x0, x1, y0, y1] = this.span(r);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const bucket = this.cells.get(RectIndex.key(x, y));
        if (bucket) for (const item of bucket) if (overlaps(item, r)) return true;
      }
    }
    return false;
  }
}
