/**
 * Approximate text measuring for the export: Inter's advance widths (per 1000 em) of printable
 * ASCII and a few typographic characters, read from the font files once; other scripts by
 * class (marks take no room, CJK and emoji a full em). No kerning, so
 * measures run slightly wide, which errs toward wrapping early rather than overflowing a card.
 */
import { cleanText } from './xml';

export type FontWeight = 400 | 600 | 700;

const ASCII: Record<FontWeight, string> = {
  400: '281,288,466,633,642,982,644,300,365,365,501,662,288,460,288,360,631,407,610,618,646,593,620,566,619,620,288,302,662,662,662,511,966,690,654,730,722,601,590,746,743,269,571,672,565,903,753,765,639,765,644,642,646,744,690,985,682,679,629,365,360,365,471,456,323,562,612,571,612,583,370,613,591,242,242,549,242,876,591,600,612,612,376,528,327,591,562,818,546,562,552,426,333,426,662',
  600: '252,321,523,644,650,1004,663,326,373,373,540,673,319,465,319,379,660,423,623,636,666,612,640,576,640,640,319,329,673,673,673,543,999,728,659,737,722,605,588,749,746,277,580,703,565,922,759,769,645,773,652,650,660,736,728,1020,720,713,652,373,379,373,481,469,351,574,624,583,624,591,389,625,612,262,262,569,262,900,612,609,624,624,397,549,353,612,587,839,569,588,566,455,359,455,673',
  700: '237,338,552,649,655,1016,672,339,377,377,559,679,334,468,334,388,674,431,630,646,676,622,649,582,651,649,334,343,679,679,679,560,1016,747,662,740,722,607,587,750,747,281,584,719,565,932,762,771,648,777,657,655,667,732,747,1038,738,731,664,377,388,377,487,476,365,581,630,588,630,596,398,632,623,271,271,580,271,913,623,613,630,630,407,560,366,623,600,850,580,602,573,469,372,469,679',
};

const EXTRA: Record<FontWeight, Record<string, number>> = {
  400: { '‘': 261, '’': 261, '“': 440, '”': 440, '…': 864, '–': 500, '—': 1000, '€': 667 },
  600: { '‘': 294, '’': 294, '“': 507, '”': 501, '…': 956, '–': 500, '—': 1000, '€': 679 },
  700: { '‘': 311, '’': 311, '“': 540, '”': 532, '…': 1002, '–': 500, '—': 1000, '€': 685 },
};

const TABLES = Object.fromEntries(
  ([400, 600, 700] as const).map((w) => [w, ASCII[w].split(',').map(Number)]),
) as Record<FontWeight, number[]>;

/** Drawn on the letter before: combining marks, joiners, variation selectors, format characters. */
const ZERO_WIDTH = /[\p{M}\p{Cf}\u{fe00}-\u{fe0f}]/u;
/** A full em: CJK, Hangul, kana, fullwidth forms and emoji. */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f000}-\u{1faff}\u{20000}-\u{3fffd}]/u;

/**
 * Letters outside the table: other letters (accented Latin, Cyrillic, Greek, Arabic, Hebrew,
 * Indic, Thai) are at most about as wide as a capital; CJK and emoji are a full em.
 */
function fallbackWidth(ch: string): number {
  if (ZERO_WIDTH.test(ch)) return 0;
  return WIDE.test(ch) ? 1000 : 680;
}

function charWidth(ch: string, weight: FontWeight): number {
  const code = ch.codePointAt(0) ?? 32;
  if (code >= 32 && code < 127) return TABLES[weight][code - 32] as number;
  return EXTRA[weight][ch] ?? fallbackWidth(ch);
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/** The user-perceived characters: a letter with its marks, an emoji sequence, a flag. */
function graphemesOf(text: string): string[] {
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

export interface FontSpec {
  size: number;
  weight: FontWeight;
  /** Extra space after every character, in px (SVG letter-spacing). */
  letterSpacing?: number;
}

export function measureText(text: string, font: FontSpec): number {
  let units = 0;
  let count = 0;
  for (const ch of text) {
    units += charWidth(ch, font.weight);
    count++;
  }
  return (units / 1000) * font.size + count * (font.letterSpacing ?? 0);
}

const ELLIPSIS = '…';

/** The longest start of `text` that fits `maxWidth` with an ellipsis after it. */
export function clampLine(text: string, maxWidth: number, font: FontSpec): string {
  if (measureText(text, font) <= maxWidth) return text;
  // Cut between graphemes, never between a letter and its marks or inside an emoji.
  const chars = graphemesOf(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const candidate = chars.slice(0, mid).join('').trimEnd() + ELLIPSIS;
    if (measureText(candidate, font) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? ELLIPSIS : chars.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}

/**
 * Splits a word wider than the line into pieces that each fit: between words where a script
 * writes none of spaces (Thai, Chinese, Japanese; as Intl.Segmenter finds them), else between
 * graphemes.
 */
function breakWord(word: string, maxWidth: number, font: FontSpec): string[] {
  const parts = Array.from(words.segment(word), (s) => s.segment).flatMap((part) =>
    measureText(part, font) > maxWidth ? graphemesOf(part) : [part],
  );
  const pieces: string[] = [];
  let piece = '';
  for (const part of parts) {
    if (piece && measureText(piece + part, font) > maxWidth) {
      pieces.push(piece);
      piece = part;
    } else piece += part;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Greedy word wrap into at most `maxLines` lines of `maxWidth`; text that does not fit ends in
 * an ellipsis on the last line, as the canvas clamps it.
 */
export function wrapText(
  raw: string,
  maxWidth: number,
  font: FontSpec,
  maxLines = Infinity,
): string[] {
  const words = cleanText(raw).replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let overflow = false;
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measureText(candidate, font) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    const pieces = measureText(word, font) > maxWidth ? breakWord(word, maxWidth, font) : [word];
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
    if (lines.length >= maxLines) {
      overflow = true;
      break;
    }
  }
  if (line && !overflow) lines.push(line);
  if (lines.length > maxLines) overflow = true;
  if (!overflow) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept.length - 1;
  kept[last] = clampLine(`${kept[last]} ${lines[maxLines] ?? line}`, maxWidth, font);
  return kept;
}
