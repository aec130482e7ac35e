import { describe, expect, it } from 'vitest';
import { countOf } from './plural';

describe('countOf', () => {
  it('uses the singular for exactly one', () => {
    expect(countOf(1, 'card')).toBe('1 card');
    expect(countOf(0, 'card')).toBe('0 cards');
    expect(countOf(2, 'touchpoint')).toBe('2 touchpoints');
  });
  it('takes an irregular plural', () => {
    expect(countOf(3, 'entry', 'entries')).toBe('3 entries');
    expect(countOf(1, 'entry', 'entries')).toBe('1 entry');
  });
});
