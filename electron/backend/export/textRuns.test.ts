import { describe, expect, it } from 'vitest';
import {
  decodeXmlText,
  nearestWeight,
  rewriteSvgText,
  runTspan,
  splitIntoRuns,
  type RunFont,
} from './textRuns';

// Two fonts like Inter's subset files: Latin (ASCII, ó, €, quotes) and Latin Extended (Ł, ź).
const font = (key: string, chars: string): RunFont => {
  const set = new Set([...chars].map((c) => c.codePointAt(0)));
  return { key, hasGlyph: (c) => set.has(c) };
};
const latin = font('L', ' abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789&<>ó€“”');
const ext = font('X', 'abcdefghijklmnopqrstuvwxyzŁź\u0301');
const find = (code: number) => [latin, ext].find((f) => f.hasGlyph(code));

describe('splitIntoRuns', () => {
  it('prefers the first font and switches only where a character needs it', () => {
    const runs = splitIntoRuns('Łódź €', find, latin, new Set());
    expect(runs.map((r) => [r.font.key, r.text])).toEqual([
      ['X', 'Ł'],
      ['L', 'ód'],
      ['X', 'ź'],
      ['L', ' €'],
    ]);
  });

  it('keeps marks and joiners with the character before them', () => {
    const runs = splitIntoRuns('Łe\u0301\u200d&', find, latin, new Set());
    expect(runs.map((r) => [r.font.key, r.text])).toEqual([
      ['X', 'Łe\u0301\u200d'],
      ['L', '&'],
    ]);
  });

  it('collects characters no font has and keeps them in the current run', () => {
    const missing = new Set<string>();
    const runs = splitIntoRuns('ab東c', find, latin, missing);
    expect(runs.map((r) => r.text)).toEqual(['ab東c']);
    expect([...missing]).toEqual(['東']);
  });
});

describe('nearestWeight', () => {
  it('maps CSS weights to 400, 600 or 700', () => {
    expect(['normal', '300', '400', '500', '600', 'bold', '800'].map(nearestWeight)).toEqual([
      400, 400, 400, 400, 600, 700, 700,
    ]);
    expect(nearestWeight('bolder')).toBeUndefined();
  });
});

describe('decodeXmlText', () => {
  it('decodes the XML entities and character references', () => {
    expect(decodeXmlText('&lt;a&gt; &amp; &quot;&apos; &#321;&#x17A; &nbsp;')).toBe(
      '<a> & "\' Łź &nbsp;',
    );
  });
});

describe('rewriteSvgText', () => {
  const write = (text: string, weight: number | undefined) => runTspan(`F${weight ?? 'x'}`, text);

  it('rewrites each text node with its decoded text and weight', () => {
    const svg =
      '<svg font-family="Inter, sans-serif"><g font-weight="600"><text x="1">&#321;&amp;z</text></g>' +
      '<text style="font-weight: 700">ab</text><text>c</text></svg>';
    expect(rewriteSvgText(svg, write)).toBe(
      '<svg font-family="Inter, sans-serif"><g font-weight="600"><text x="1">' +
        '<tspan font-family="F600">Ł&amp;z</tspan></text></g>' +
        '<text style="font-weight: 700"><tspan font-family="F700">ab</tspan></text>' +
        '<text><tspan font-family="Fx">c</tspan></text></svg>',
    );
  });

  it('leaves everything outside <text>, and text in other families, as it was', () => {
    const svg =
      '<svg><style>.a { font-family: "Łódź" }</style><!-- <text>x</text> -->' +
      '<rect title="a > b"/><text font-family="monospace">Łx</text>\n  <g>loose</g></svg>';
    expect(rewriteSvgText(svg, write)).toBe(svg);
  });

  it('keeps whitespace between a text and its tspans untouched', () => {
    const svg = '<text>\n  <tspan font-weight="700">a</tspan>\n</text>';
    expect(rewriteSvgText(svg, write)).toBe(
      '<text>\n  <tspan font-weight="700"><tspan font-family="F700">a</tspan></tspan>\n</text>',
    );
  });
});
