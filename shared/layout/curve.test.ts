import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pathWithout, smoothPath } from './curve';

/** The y of every point the path's segments end on, and the y of every control point. */
function parse(path: string) {
  const numbers = [...path.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  const ys = numbers.filter((_, i) => i % 2 === 1);
  return { ys };
}

describe('smoothPath', () => {
  it('is empty for no points and a bare move for one', () => {
    expect(smoothPath([])).toBe('');
    expect(smoothPath([{ x: 3, y: 4 }])).toBe('M3,4');
  });

  it('passes through every point, one cubic segment between neighbours', () => {
    const points = [
      { x: 0, y: 10 },
      { x: 10, y: 0 },
      { x: 20, y: 10 },
    ];
    const d = smoothPath(points);
    expect(d.startsWith('M0,10 C')).toBe(true);
    expect(d.match(/C/g)).toHaveLength(2);
    expect(d.endsWith(' 20,10')).toBe(true);
    expect(d).toContain(' 10,0 C');
  });

  it('is flat at a peak, so the curve does not overshoot it', () => {
    const d = smoothPath([
      { x: 0, y: 10 },
      { x: 10, y: 0 },
      { x: 20, y: 10 },
    ]);
    // Tangent 0 at the peak: both control points beside it are level with it.
    expect(d).toContain(',0 10,0 C');
  });

  it('never leaves the range of the points it passes through', () => {
    const pts = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 2, maxLength: 12 });
    fc.assert(
      fc.property(pts, (ys) => {
        const points = ys.map((y, i) => ({ x: i * 10, y }));
        const { ys: all } = parse(smoothPath(points));
        const lo = Math.min(...ys);
        const hi = Math.max(...ys);
        for (const y of all) {
          expect(y).toBeGreaterThanOrEqual(lo - 1e-6);
          expect(y).toBeLessThanOrEqual(hi + 1e-6);
        }
      }),
    );
  });
});

describe('pathWithout', () => {
  const pt = (id: string, x: number, run: number) => ({ touchpointId: id, x, y: 10, run });
  const points = [pt('a', 0, 0), pt('b', 10, 0), pt('c', 20, 0), pt('d', 30, 1), pt('e', 40, 1)];
  const subpaths = (d: string) => d.split('M').filter(Boolean).length;

  it('is the full broken path when nothing is hidden', () => {
    expect(subpaths(pathWithout(points, new Set()))).toBe(2);
  });

  it('never reaches a hidden point, and breaks there', () => {
    const d = pathWithout(points, new Set(['b', 'e']));
    expect(subpaths(d)).toBe(3);
    expect(d).not.toContain('10,10');
    expect(d).not.toContain('40,10');
    expect(d).toContain('20,10');
  });

  it('is empty when every point is hidden', () => {
    expect(pathWithout(points, new Set(points.map((p) => p.touchpointId)))).toBe('');
  });
});
