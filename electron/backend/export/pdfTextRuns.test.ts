import { describe, expect, it } from 'vitest';
import {
  decodeXmlText,
  nearestWeight,
  splitIntoRuns,
  splitSvgTextRuns,
  type FontWeight,
  type RunFont,
} from './pdfTextRuns';

// Two fonts like Inter's subset files: Latin (ASCII, ó, €, quotes) and Latin Extended (Ł, ź).
const latinChars = new Set(
  [...' abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789&<>ó€“”'].map((c) =>
    c.codePointAt(0),
  ),
);
const extChars = new Set([...'abcdefghijklmnopqrstuvwxyzŁź'].map((c) => c.codePointAt(0)));
const fontsOf = (weight: FontWeight | undefined): RunFont[] => [
  { name: `L${weight ?? 'auto'}`, weight: weight ?? 400, hasGlyph: (c) => latinChars.has(c) },
  { name: `X${weight ?? 'auto'}`, weight: weight ?? 400, hasGlyph: (c) => extChars.has(c) },
];

describe('splitIntoRuns', () => {
  it('prefers the first font and switches only where a character needs it', () => {
    const runs = splitIntoRuns('Łódź €', fontsOf(400), new Set());
    expect(runs.map((r) => [r.font.name, r.text])).toEqual([
      ['X400', 'Ł'],
      ['L400', 'ód'],
      ['X400', 'ź '],
      ['L400', '€'],
    ]);
  });

  it('collects characters no font has and keeps them in the current run', () => {
    const missing = new Set<string>();
    const runs = splitIntoRuns('ab東c', fontsOf(400), missing);
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

describe('splitSvgTextRuns', () => {
  it('wraps text in tspans naming the font of its weight and characters', () => {
    const svg =
      '<svg font-family="Inter, sans-serif"><g font-weight="600"><text x="1">&#321;&amp;z</text></g>' +
      '<text style="font-weight: 700">ab</text><text>c</text></svg>';
    expect(splitSvgTextRuns(svg, fontsOf).svg).toBe(
      '<svg font-family="Inter, sans-serif"><g font-weight="600"><text x="1">' +
        '<tspan font-family="X600">Ł</tspan><tspan font-family="L600">&amp;z</tspan></text></g>' +
        '<text style="font-weight: 700"><tspan font-family="L700">ab</tspan></text>' +
        '<text><tspan font-family="Lauto">c</tspan></text></svg>',
    );
  });

  it('leaves everything outside <text>, and text in other families, as it was', () => {
    const svg =
      '<svg><style>.a { font-family: "Łódź" }</style><!-- <text>x</text> -->' +
      '<rect title="a > b"/><text font-family="monospace">Łx</text>\n  <g>loose</g></svg>';
    expect(splitSvgTextRuns(svg, fontsOf).svg).toBe(svg);
  });

  it('keeps whitespace between a text and its tspans untouched', () => {
    const svg = '<text>\n  <tspan font-weight="700">a</tspan>\n</text>';
    expect(splitSvgTextRuns(svg, fontsOf).svg).toBe(
      '<text>\n  <tspan font-weight="700"><tspan font-family="L700">a</tspan></tspan>\n</text>',
    );
  });
});
