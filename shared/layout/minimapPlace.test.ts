import { describe, expect, it } from 'vitest';
import { minimapCorner } from './minimapPlace';

describe('minimapCorner', () => {
  const view = { width: 800, height: 600 };
  const size = { width: 180, height: 110 };
  const band = (y: number, height: number) => ({ x: 0, y, width: 2000, height });

  it('stays bottom right while the curve is elsewhere', () => {
    expect(minimapCorner(null, view, size)).toBe('bottom-right');
    expect(minimapCorner(band(100, 120), view, size)).toBe('bottom-right');
  });

  it('moves to the top right when the curve passes under the bottom corner', () => {
    expect(minimapCorner(band(420, 120), view, size)).toBe('top-right');
  });

  it('steps aside when the curve fills the height of the view', () => {
    expect(minimapCorner(band(0, 600), view, size)).toBeNull();
  });

  it('stays when the curve ends left of it', () => {
    expect(minimapCorner({ x: 0, y: 420, width: 500, height: 120 }, view, size)).toBe(
      'bottom-right',
    );
  });
});
