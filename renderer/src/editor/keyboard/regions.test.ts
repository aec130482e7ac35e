import { describe, expect, it } from 'vitest';
import { regionAfter, REGIONS, type Region } from './regions';

const shown = (...regions: Region[]) => new Set<Region>(regions);
const ALL = shown(...REGIONS);

/** Where F6 pressed `times` times from `from` goes, each step. */
function walk(from: Region | null, regions: ReadonlySet<Region>, times: number, back = false) {
  const seen: (Region | null)[] = [];
  let at = from;
  for (let i = 0; i < times; i++) {
    at = regionAfter(at, regions, back);
    seen.push(at);
  }
  return seen;
}

describe('F6 between the regions of the window', () => {
  it('goes toolbar, sidebar, search bar, map or table, inspector, and round again', () => {
    expect(walk('toolbar', ALL, 5)).toEqual([
      'sidebar',
      'search',
      'journey',
      'inspector',
      'toolbar',
    ]);
  });

  it('goes the other way with Shift+F6', () => {
    expect(walk('toolbar', ALL, 5, true)).toEqual([
      'inspector',
      'journey',
      'search',
      'sidebar',
      'toolbar',
    ]);
  });

  it('skips the regions that are not shown', () => {
    // The usual window: no search bar; then the sidebar and inspector folded away too.
    const usual = shown('toolbar', 'sidebar', 'journey', 'inspector');
    expect(walk('toolbar', usual, 4)).toEqual(['sidebar', 'journey', 'inspector', 'toolbar']);
    const folded = shown('toolbar', 'journey');
    expect(walk('journey', folded, 2)).toEqual(['toolbar', 'journey']);
    expect(walk('journey', folded, 2, true)).toEqual(['toolbar', 'journey']);
  });

  it('starts at the first region (Shift+F6: the last) when the focus is in none', () => {
    expect(regionAfter(null, ALL, false)).toBe('toolbar');
    expect(regionAfter(null, ALL, true)).toBe('inspector');
    expect(regionAfter(null, shown('journey', 'sidebar'), true)).toBe('journey');
  });

  it('goes on from a region folded away while it had the focus (its unfold button)', () => {
    const noInspector = shown('toolbar', 'sidebar', 'journey');
    expect(regionAfter('inspector', noInspector, false)).toBe('toolbar');
    expect(regionAfter('inspector', noInspector, true)).toBe('journey');
    expect(regionAfter('sidebar', shown('toolbar', 'journey'), false)).toBe('journey');
  });

  it('has nowhere to go when nothing is shown, and stays when only one region is', () => {
    expect(regionAfter('toolbar', shown(), false)).toBeNull();
    expect(regionAfter('journey', shown('journey'), false)).toBe('journey');
  });
});
