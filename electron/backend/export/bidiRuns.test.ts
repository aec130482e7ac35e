import { describe, expect, it } from 'vitest';
import { readerOrder } from './pdfActualText';
import { FONTKIT_LAYOUT, hasRtlLetter, visualRuns } from './bidiRuns';
import type { RunFont, TextRun } from './textRuns';

const latin: RunFont = { key: 'L', hasGlyph: (c) => c < 0x590 };
const hebrew: RunFont = { key: 'H', hasGlyph: (c) => c >= 0x590 && c < 0x600 };
/** Runs of one font each, as the splitter would cut them. */
function runs(text: string): TextRun[] {
  const out: TextRun[] = [];
  for (const char of text) {
    const font = /[\u0590-\u05ff]/.test(char) ? hebrew : latin;
    const last = out.at(-1);
    if (last && (last.font === font || char === ' ')) last.text += char;
    else out.push({ font, text: char });
  }
  return out;
}
const drawn = (text: string, layout = FONTKIT_LAYOUT) =>
  visualRuns(text, runs(text), layout).map((r) => r.text);

describe('visualRuns', () => {
  it('leaves left-to-right text as it is', () => {
    expect(drawn('Check in at 14:00')).toEqual(['Check in at 14:00']);
  });

  it('puts a right-to-left run after the number that follows it, word by word', () => {
    // Typed "Suite מלון 42": drawn "Suite 42 מלון" (each Hebrew word reversed by fontkit).
    expect(drawn('Suite מלון 42')).toEqual(['Suite ', '42', ' ', 'מלון']);
    expect(drawn('שלום עולם')).toEqual(['עולם', ' ', 'שלום']);
  });

  it('reverses and mirrors right-to-left punctuation the renderer would not', () => {
    // "(" inside Hebrew text is drawn as ")" on the other side.
    expect(drawn('שלום (עולם)').join('')).toBe('(עולם) שלום');
  });
});

describe('readerOrder', () => {
  it('gives a reader that reverses right-to-left stretches the text as typed', () => {
    expect(readerOrder('שלום עולם')).toBe('םלוע םולש');
    expect(readerOrder('Suite מלון 42')).toBe('Suite ןולמ\u200e 42');
    expect(readerOrder('plain')).toBe('plain');
    expect(hasRtlLetter('Suite מלון')).toBe(true);
    expect(hasRtlLetter('Suite 42')).toBe(false);
  });
});
