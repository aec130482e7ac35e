import { describe, expect, it } from 'vitest';
import { contrastRatio, meetsAA, parseHex, relativeLuminance } from './contrast';

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });

  it('matches published reference values', () => {
    // #767676 on white is the well-known lightest grey that passes AA (4.54:1).
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    // #777777 on white just fails (4.48:1).
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('decides AA at 4.5:1', () => {
    expect(meetsAA('#767676', '#ffffff')).toBe(true);
    expect(meetsAA('#777777', '#ffffff')).toBe(false);
  });

  it('computes luminance per the sRGB formula and parses short hex', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    expect(relativeLuminance('#000')).toBe(0);
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 4);
    expect(parseHex('#0af')).toEqual([0, 170, 255]);
    expect(() => parseHex('red')).toThrow(/Not a hex colour/);
  });
});
