import { describe, expect, it } from 'vitest';
import { projectFileName, safeFileName } from './fileNames';

describe('project file names', () => {
  it('replaces characters no desktop OS allows', () => {
    expect(safeFileName('Q3: Checkout / Returns?')).toBe('Q3- Checkout - Returns-');
    expect(safeFileName('tab\there\u0000')).toBe('tab-here-');
  });

  it('never yields an empty, hidden or dot-trailing name', () => {
    expect(safeFileName('  ..  ')).toBe('Untitled');
    expect(safeFileName('.hidden')).toBe('hidden');
    expect(safeFileName('Journey. ')).toBe('Journey');
  });

  it('caps the length', () => {
    expect(safeFileName('x'.repeat(500))).toHaveLength(120);
  });

  it('adds exactly one .wayline extension', () => {
    expect(projectFileName('Journey.WAYLINE')).toBe('Journey.wayline');
    expect(projectFileName('Hotel booking')).toBe('Hotel booking.wayline');
    expect(projectFileName(undefined)).toBe('Untitled.wayline');
  });
});
