import { describe, expect, it } from 'vitest';
import { fuzzyFilter, fuzzyScore } from './fuzzy';

describe('fuzzyScore', () => {
  it('matches letters in order with gaps, case aside, and nothing else', () => {
    expect(fuzzyScore('zmin', 'Zoom in')).not.toBeNull();
    expect(fuzzyScore('nimoz', 'Zoom in')).toBeNull();
    expect(fuzzyScore('', 'anything')).toBe(0);
  });

  it('ranks word starts and runs above scattered letters', () => {
    const list = ['Add stage', 'Delete selection', 'Paste'];
    expect(fuzzyFilter(list, 'ds', (s) => s)).toEqual(['Delete selection', 'Add stage']);
    expect(fuzzyFilter(list, 'past', (s) => s)[0]).toBe('Paste');
  });

  it('keeps the original order for an empty query', () => {
    expect(fuzzyFilter(['b', 'a', 'c'], ' ', (s) => s)).toEqual(['b', 'a', 'c']);
  });
});
