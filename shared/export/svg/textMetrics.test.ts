import { describe, expect, it } from 'vitest';
import { clampLine, measureText, wrapText } from './textMetrics';
import { cdata, xmlAttr, xmlText } from './xml';

const BODY = { size: 12, weight: 400 } as const;

describe('measureText', () => {
  it('measures Inter advance widths, bolder and larger text wider', () => {
    expect(measureText('', BODY)).toBe(0);
    // Inter's "H" at 400 is 0.743 em.
    expect(measureText('H', { size: 1000, weight: 400 })).toBe(743);
    expect(measureText('Booking', { size: 12, weight: 700 })).toBeGreaterThan(
      measureText('Booking', BODY),
    );
    expect(measureText('iiii', BODY)).toBeLessThan(measureText('WWWW', BODY));
    expect(measureText('ab', { ...BODY, letterSpacing: 1 })).toBe(measureText('ab', BODY) + 2);
  });
});

describe('wrapText', () => {
  it('wraps words to the width and keeps every word', () => {
    const lines = wrapText('Read reviews about the hotel Wi-Fi before booking', 100, BODY);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measureText(line, BODY)).toBeLessThanOrEqual(100);
    expect(lines.join(' ')).toBe('Read reviews about the hotel Wi-Fi before booking');
  });

  it('ends in an ellipsis when the lines run out', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 60, BODY, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(measureText(lines[1]!, BODY)).toBeLessThanOrEqual(60);
  });

  it('breaks a word longer than the line', () => {
    const lines = wrapText('x'.repeat(100), 50, BODY);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('x'.repeat(100));
  });

  it('collapses white space and gives nothing for empty text', () => {
    expect(wrapText('  a \n\t b  ', 200, BODY)).toEqual(['a b']);
    expect(wrapText('   ', 200, BODY)).toEqual([]);
  });
});

describe('text in other scripts', () => {
  it('gives marks no width and CJK and emoji a full em', () => {
    const em = { size: 1000, weight: 400 } as const;
    expect(measureText('\u0e35\u0301\u200d\ufe0f', em)).toBe(0);
    expect(measureText('世', em)).toBe(1000);
    expect(measureText('😀', em)).toBe(1000);
    expect(measureText('Ж', em)).toBeLessThan(1000);
  });

  it('breaks Thai and Chinese between words or characters, never inside one', () => {
    const thai = 'สวัสดีชาวโลกยินดีต้อนรับสู่โรงแรม';
    const lines = wrapText(thai, 60, BODY);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(thai);
    // No line starts with a combining vowel or tone mark.
    for (const line of lines) expect(line).not.toMatch(/^\p{M}/u);
    const chinese = wrapText('你好世界欢迎光临我们的酒店', 50, BODY);
    expect(chinese.join('')).toBe('你好世界欢迎光临我们的酒店');
    for (const line of chinese) expect(measureText(line, BODY)).toBeLessThanOrEqual(50);
  });

  it('clamps between graphemes: an emoji sequence or a flag stays whole', () => {
    const clamped = clampLine('Trip 👨‍👩‍👧 🇯🇵 🇯🇵 🇯🇵 🇯🇵', 60, BODY);
    expect(clamped).toMatch(/…$/);
    const kept = clamped.slice(0, -1).trimEnd();
    expect('Trip 👨‍👩‍👧 🇯🇵 🇯🇵 🇯🇵 🇯🇵'.startsWith(kept)).toBe(true);
    const halves = [...kept].filter((c) => /[\u{1f1e6}-\u{1f1ff}]/u.test(c)).length;
    expect(halves % 2).toBe(0);
    expect(kept.endsWith('\u200d')).toBe(false);
  });
});

describe('clampLine', () => {
  it('keeps text that fits and clamps text that does not', () => {
    expect(clampLine('Plan', 100, BODY)).toBe('Plan');
    const clamped = clampLine('A very long stage name indeed', 80, BODY);
    expect(clamped).toMatch(/…$/);
    expect(measureText(clamped, BODY)).toBeLessThanOrEqual(80);
  });
});

describe('XML escaping', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(xmlText('</text><script>&')).toBe('&lt;/text&gt;&lt;script&gt;&amp;');
    expect(xmlAttr('"a"\nb')).toBe('&quot;a&quot; b');
    expect(xmlText('a\u0000b\u001fc\uFFFE')).toBe('abc');
    expect(xmlText('lone \uD800 surrogate')).toBe('lone \uFFFD surrogate');
    expect(xmlText('emoji 😀 stays')).toBe('emoji 😀 stays');
  });

  it('splits "]]>" across CDATA sections', () => {
    expect(cdata('a]]>b')).toBe('<![CDATA[a]]]]><![CDATA[>b]]>');
  });
});
