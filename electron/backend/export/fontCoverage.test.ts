import { describe, expect, it } from 'vitest';
import { exportFontFiles, woffToSfnt } from './fonts';
import { fontCoverage } from './fontCoverage';

describe('fontCoverage', () => {
  it("reads which characters each of Inter's subset files has", () => {
    const files = exportFontFiles().filter((f) => f.weight === 400);
    const latin = fontCoverage(woffToSfnt(files.find((f) => f.subset === 'latin')!.woff));
    const ext = fontCoverage(woffToSfnt(files.find((f) => f.subset === 'latin-ext')!.woff));
    const has = (set: Set<number>, chars: string) =>
      [...chars].every((c) => set.has(c.codePointAt(0)!));
    expect(has(latin, 'Aaz09 ó€“”·—')).toBe(true);
    expect(has(latin, 'Ł')).toBe(false);
    expect(has(ext, 'Łźő')).toBe(true);
    expect(has(ext, '€')).toBe(false);
    expect(latin.has(0x6771)).toBe(false);
  });
});
