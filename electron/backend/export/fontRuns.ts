/**
 * Which export font file draws each run of a text, and which files (in which weights) a
 * drawing therefore needs: what the PNG and PDF writers load, and nothing more.
 */
import {
  EMOJI_FIRST,
  familyOrderFor,
  findFontFile,
  fontCatalog,
  type ExportFontWeight,
  type FontFile,
} from './fontCatalog';
import { splitIntoRuns, type TextRun } from './textRuns';

const PICTURE = /\p{Emoji_Presentation}/u;
const VS16 = 0xfe0f;
const PLAIN = /^[\x20-\x7e]*$/;

export class FontRuns {
  /** Characters no export font has. */
  readonly missing = new Set<string>();
  /** The files used, each with the weights it is drawn in. */
  readonly used = new Map<string, { file: FontFile; weights: Set<ExportFontWeight> }>();

  runs(text: string, weight: ExportFontWeight): TextRun<FontFile>[] {
    const inter = fontCatalog().get('Inter')![0]!;
    // Most text is printable ASCII, all of it in Inter's Latin file.
    const runs = PLAIN.test(text) ? [{ font: inter, text }] : this.split(text, inter);
    for (const { font } of runs) {
      const entry = this.used.get(font.key) ?? { file: font, weights: new Set() };
      entry.weights.add(weight);
      this.used.set(font.key, entry);
    }
    return runs;
  }

  private split(text: string, fallback: FontFile): TextRun<FontFile>[] {
    const order = familyOrderFor(text);
    return splitIntoRuns(
      text,
      (code, next) =>
        findFontFile(
          code,
          next === VS16 || PICTURE.test(String.fromCodePoint(code)) ? EMOJI_FIRST : order,
        ),
      fallback,
      this.missing,
    );
  }
}

/** The note an export gives when some characters have no glyph in any export font. */
export function missingGlyphNote(missing: Iterable<string>): string[] {
  const chars = [...new Set(missing)];
  if (chars.length === 0) return [];
  const shown = chars
    .slice(0, 20)
    .map((c) => {
      const code = c.codePointAt(0) ?? 0;
      const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
      // Private-use and unassigned characters show nothing readable on their own.
      return /[\p{Co}\p{Cn}]/u.test(c) ? hex : c;
    })
    .join(' ');
  return [
    `The export fonts have no glyph for ${shown}${chars.length > 20 ? ' …' : ''}; ` +
      'those characters print as boxes.',
  ];
}
