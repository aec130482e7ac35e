import { describe, expect, it } from 'vitest';
import { charactersCut, cutNotice, lengthCounter } from './lengthLimit';

describe('lengthCounter', () => {
  it('stays quiet until the text is near its limit', () => {
    expect(lengthCounter(0, 500)).toBe('');
    expect(lengthCounter(399, 500)).toBe('');
    expect(lengthCounter(400, 500)).toBe('400 / 500');
    expect(lengthCounter(500, 500)).toBe('500 / 500');
    expect(lengthCounter(19_000, 20_000)).toBe('19,000 / 20,000');
  });
});

describe('charactersCut', () => {
  it('counts what a paste loses to the limit', () => {
    const pasted = 'x'.repeat(5000);
    expect(charactersCut('', { start: 0, end: 0 }, pasted, 500)).toBe(4500);
    expect(charactersCut('abc', { start: 3, end: 3 }, 'de', 500)).toBe(0);
    // Pasting over a selection frees its room first.
    const full = 'y'.repeat(500);
    expect(charactersCut(full, { start: 0, end: 500 }, 'z'.repeat(10), 500)).toBe(0);
    expect(charactersCut(full, { start: 10, end: 20 }, 'z'.repeat(15), 500)).toBe(5);
  });

  it('says what was cut, in the right number', () => {
    expect(cutNotice(4500, 500)).toBe(
      'Pasted text was cut to fit the 500-character limit: 4,500 characters left out.',
    );
    expect(cutNotice(1, 200)).toContain('1 character left out');
  });
});
