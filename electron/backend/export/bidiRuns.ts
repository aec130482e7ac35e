/**
 * Text in the order a renderer must be given it piece by piece. svg-to-pdfkit, for one, draws
 * a text node's glyphs left to right as fontkit lays them out, word by word (pdfkit lays out
 * each space-separated word on its own), and fontkit reverses a word whose first letter is of a
 * right-to-left script. So the Unicode bidi algorithm (bidi-js, paragraph left-to-right as in
 * the editor) decides the levels, right-to-left runs are cut into words, and the pieces are put
 * in visual order (UAX #9, rule L2); a right-to-left piece fontkit will not reverse itself
 * (punctuation, spaces) is reversed and mirrored here.
 */
import bidiFactory from 'bidi-js';
import type { RunFont, TextRun } from './textRuns';

const bidi = bidiFactory();

/** A right-to-left letter: bidi class R (Hebrew) or AL (Arabic). */
export const isRtlLetter = (char: string) => /^(R|AL)$/.test(bidi.getBidiCharTypeName(char));
/** A left-to-right letter or a digit (bidi class L, EN or AN). */
export const isLtrOrDigit = (char: string) => /^(L|EN|AN)$/.test(bidi.getBidiCharTypeName(char));
export const hasRtlLetter = (text: string) => ANY_RTL.test(text) && [...text].some(isRtlLetter);

const RTL_SCRIPT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const SCRIPTED = /[^\p{Script=Common}\p{Script=Inherited}]/u;
/** Characters of right-to-left scripts or with a right-to-left bidi class. */
const ANY_RTL =
  /[\u0590-\u08ff\u200f\u202b\u202e\u2067\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** Whether fontkit lays `text` out right to left: its first letter of a script is RTL. */
export function fontkitReverses(text: string): boolean {
  const first = SCRIPTED.exec(text);
  return first !== null && RTL_SCRIPT.test(first[0]);
}

const reversed = (text: string) => [...text].reverse().join('');

/** How a renderer lays out one piece of text it is given. */
export interface PieceLayout {
  /** Whether it draws the piece right to left by itself. */
  reverses(piece: string): boolean;
  /** Whether right-to-left runs must be cut into words (pdfkit lays out words one by one). */
  words: boolean;
}

/** fontkit through pdfkit: word by word, reversing words of a right-to-left script. */
export const FONTKIT_LAYOUT: PieceLayout = { reverses: fontkitReverses, words: true };

/**
 * The runs (in logical order) as pieces in the order to draw them, left to right, for a
 * renderer that lays out each piece as `layout` says.
 */
export function visualRuns<F extends RunFont>(
  text: string,
  runs: TextRun<F>[],
  layout: PieceLayout = FONTKIT_LAYOUT,
): TextRun<F>[] {
  if (!ANY_RTL.test(text)) return runs;
  const { levels } = bidi.getEmbeddingLevels(text, 'ltr');
  const pieces: { font: F; text: string; level: number }[] = [];
  let offset = 0;
  for (const run of runs) {
    for (let i = 0; i < run.text.length;) {
      const level = levels[offset + i] ?? 0;
      let j = i + 1;
      while (j < run.text.length && levels[offset + j] === level) j++;
      const part = run.text.slice(i, j);
      const words = level % 2 && layout.words ? part.split(/(\s+)/).filter(Boolean) : [part];
      for (const word of words) pieces.push({ font: run.font, text: word, level });
      i = j;
    }
    offset += run.text.length;
  }
  const highest = Math.max(...pieces.map((p) => p.level));
  for (let level = highest; level >= 1; level--) {
    for (let i = 0; i < pieces.length; i++) {
      if (pieces[i]!.level < level) continue;
      let j = i;
      while (j + 1 < pieces.length && pieces[j + 1]!.level >= level) j++;
      pieces.splice(i, j - i + 1, ...pieces.slice(i, j + 1).reverse());
      i = j;
    }
  }
  return pieces.map(({ font, text: piece, level }) => {
    const rtl = level % 2 === 1;
    if (rtl === layout.reverses(piece)) return { font, text: piece };
    // The renderer would lay this piece out the other way: give it reversed (and mirrored).
    const mirrored = rtl
      ? [...piece].map((c) => bidi.getMirroredCharacter(c) ?? c).join('')
      : piece;
    return { font, text: reversed(mirrored) };
  });
}
