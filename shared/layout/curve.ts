export interface Point {
  x: number;
  y: number;
}

const r = (v: number) => Math.round(v * 100) / 100;

/**
 * An SVG path through the points (sorted by x) as a monotone cubic (Fritsch–Carlson): smooth,
 * yet it never overshoots a point, so the curve cannot suggest an emotion below "very negative"
 * or between two equal points.
 */
export function smoothPath(points: readonly Point[]): string {
  const n = points.length;
  if (n === 0) return '';
  const first = points[0] as Point;
  if (n === 1) return `M${r(first.x)},${r(first.y)}`;
  const dx: number[] = [];
  const slope: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    const a = points[i] as Point;
    const b = points[i + 1] as Point;
    dx.push(b.x - a.x);
    slope.push(b.x === a.x ? 0 : (b.y - a.y) / (b.x - a.x));
  }
  const tangent: number[] = [slope[0] as number];
  for (let i = 1; i < n - 1; i++) {
    const s0 = slope[i - 1] as number;
    const s1 = slope[i] as number;
    if (s0 * s1 <= 0) tangent.push(0);
    else {
      const w0 = 2 * (dx[i] as number) + (dx[i - 1] as number);
      const w1 = (dx[i] as number) + 2 * (dx[i - 1] as number);
      tangent.push((w0 + w1) / (w0 / s0 + w1 / s1));
    }
  }
  tangent.push(slope[n - 2] as number);
  let d = `M${r(first.x)},${r(first.y)}`;
  for (let i = 0; i < n - 1; i++) {
    const a = points[i] as Point;
    const b = points[i + 1] as Point;
    const h = (dx[i] as number) / 3;
    const c1 = { x: a.x + h, y: a.y + h * (tangent[i] as number) };
    const c2 = { x: b.x - h, y: b.y - h * (tangent[i + 1] as number) };
    d += ` C${r(c1.x)},${r(c1.y)} ${r(c2.x)},${r(c2.y)} ${r(b.x)},${r(b.y)}`;
  }
  return d;
}

/** One smooth subpath per run of points, so the line breaks visibly between the runs. */
export function brokenPath(runs: readonly (readonly Point[])[]): string {
  return runs
    .filter((run) => run.length > 0)
    .map((run) => smoothPath(run))
    .join(' ');
}

/**
 * The path through the points not in `hidden` (a presentation's cards not yet revealed): it
 * breaks where the full path breaks (a new `run`) and at every hidden point.
 */
export function pathWithout(
  points: readonly (Point & { touchpointId: string; run: number })[],
  hidden: ReadonlySet<string>,
): string {
  const runs: Point[][] = [];
  let last: number | null = null;
  for (const p of points) {
    if (hidden.has(p.touchpointId)) {
      last = null;
      continue;
    }
    if (last !== p.run) runs.push([]);
    runs.at(-1)!.push(p);
    last = p.run;
  }
  return brokenPath(runs);
}
