import { describe, expect, it } from 'vitest';
import { fontCatalog, fontFileWoff } from './fontCatalog';
import { fontCoverage } from './fontCoverage';
import { woffToSfnt } from './fonts';

describe('fontCoverage', () => {
  it("reads which characters each of Inter's subset files has", () => {
    const files = fontCatalog().get('Inter')!;
    const read = (key: string) =>
      fontCoverage(
        woffToSfnt(
          fontFileWoff(
            files.find((f) => f.key === key)!,
            400,
          ),
        ),
      );
    const latin = read('inter-latin');
    const ext = read('inter-latin-ext');
    const has = (set: Set<number>, chars: string) =>
      [...chars].every((c) => set.has(c.codePointAt(0)!));
    expect(has(latin, 'Aaz09 ó€“”·—')).toBe(true);
    // All of printable ASCII: text in it is drawn from this file without looking further.
    const ascii = String.fromCharCode(...Array.from({ length: 95 }, (_, i) => 32 + i));
    expect(has(latin, ascii)).toBe(true);
    expect(has(latin, 'Ł')).toBe(false);
    expect(has(ext, 'Łźő')).toBe(true);
    expect(has(ext, '€')).toBe(false);
    expect(latin.has(0x6771)).toBe(false);
  });
});
