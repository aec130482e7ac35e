import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allNodes, parseSvg, type SvgNode } from '../../export/svg/svgTree.test-support';
import { comparisonChart } from './comparisonChart';
import { effortChart } from './effortChart';
import { emotionChart, lineRuns } from './emotionChart';

const texts = (root: SvgNode) =>
  allNodes(root)
    .filter((n) => n.tag === 'text')
    .map((n) => n.text);

/** Things svg-to-pdfkit cannot draw, or a theme could not recolour. */
function expectPdfSafe(svg: string) {
  for (const unsafe of ['var(', 'hsl(', '<style', 'filter', 'foreignObject', 'class=']) {
    expect(svg).not.toContain(unsafe);
  }
  for (const node of allNodes(parseSvg(svg))) {
    for (const key of ['fill', 'stroke']) {
      const value = node.attrs[key];
      if (value !== undefined) expect(value).toMatch(/^(#[0-9a-f]{6}|none)$/i);
    }
    const weight = node.attrs['font-weight'];
    if (weight !== undefined) expect(['400', '600', '700']).toContain(weight);
  }
}

const STAGES = [
  { name: 'Plan', value: -1 },
  { name: 'Search <script>', value: -0.5 },
  { name: 'Empty', value: null },
  { name: 'Stay', value: 1.5 },
];

describe('emotionChart', () => {
  const svg = emotionChart(STAGES);
  const root = parseSvg(svg);

  it('draws a face and a word with the value at every stage that has touchpoints', () => {
    // Faces are groups of a circle, two eyes and a mouth: one per stage with a value.
    expect(allNodes(root).filter((n) => n.tag === 'g')).toHaveLength(3);
    expect(texts(root)).toEqual(
      expect.arrayContaining([
        'Negative −1.0',
        'Negative −0.5',
        'Very positive +1.5',
        'no touchpoints',
      ]),
    );
  });

  it('writes stage names as escaped text and breaks the line at an empty stage', () => {
    expect(svg).toContain('Search &lt;script&gt;');
    expect(texts(root)).toContain('Search <script>');
    expect(allNodes(root).filter((n) => n.tag === 'polyline')).toHaveLength(1);
    // The zero line is dashed; the scale reads +2 .. −2.
    expect(allNodes(root).filter((n) => n.attrs['stroke-dasharray'])).toHaveLength(1);
    expect(texts(root).slice(0, 10)).toEqual(expect.arrayContaining(['+2', '+1', '0', '−1', '−2']));
    expect(root.attrs['aria-label']).toBe('Emotion per stage');
  });

  it('only uses what the PDF can draw', () => expectPdfSafe(svg));

  it('sets larger type for the projector', () => {
    const sizes = (s: string) =>
      allNodes(parseSvg(s))
        .filter((n) => n.tag === 'text')
        .map((n) => Number(n.attrs['font-size']));
    expect(Math.min(...sizes(emotionChart(STAGES, { large: true })))).toBeGreaterThanOrEqual(18);
    expect(Math.min(...sizes(svg))).toBeLessThan(18);
  });
});

describe('lineRuns', () => {
  it('splits the line where a point is missing and drops lone points', () => {
    const p = (x: number) => ({ x, y: 0 });
    expect(lineRuns([p(1), p(2), null, p(3), null, p(4), p(5)])).toEqual(['1,0 2,0', '4,0 5,0']);
  });
});

describe('effortChart', () => {
  const svg = effortChart([
    { name: 'Plan', value: 5 },
    { name: 'Book', value: 10 / 3 },
    { name: 'Empty', value: null },
  ]);
  const root = parseSvg(svg);

  it('draws one bar per stage with touchpoints, its height in proportion to the effort', () => {
    const bars = allNodes(root).filter((n) => n.tag === 'rect');
    expect(bars).toHaveLength(2);
    const [plan, book] = bars.map((b) => Number(b.attrs.height));
    expect(plan! / book!).toBeCloseTo(5 / (10 / 3), 1);
    expect(texts(root)).toEqual(expect.arrayContaining(['5.0', '3.3', '–', 'Plan', 'Book']));
  });

  it('only uses what the PDF can draw', () => expectPdfSafe(svg));
});

describe('comparisonChart', () => {
  const svg = comparisonChart([
    { name: 'Plan', before: -1, after: 1 },
    { name: 'Book', before: 0, after: -0.5 },
    { name: 'Advocate', before: null, after: 2 },
    { name: 'Use', before: 1, after: null },
  ]);
  const root = parseSvg(svg);

  it('draws both states with different markers and writes each change', () => {
    // Circles for the current state (legend + 3 stages), squares for the future (legend + 3).
    expect(allNodes(root).filter((n) => n.tag === 'circle')).toHaveLength(4);
    expect(allNodes(root).filter((n) => n.tag === 'rect')).toHaveLength(4);
    expect(texts(root)).toEqual(
      expect.arrayContaining([
        'Current state',
        'Future state',
        '+2.0',
        '−0.5',
        'new stage',
        'dropped',
      ]),
    );
  });

  it('only uses what the PDF can draw', () => expectPdfSafe(svg));
});

// Set WAYLINE_KEEP_CHARTS=1 to keep PNGs of the charts (rendered by rsvg-convert) to look at.
describe('the charts, rendered by an independent SVG renderer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wayline-charts-'));
  afterAll(() => {
    if (!process.env.WAYLINE_KEEP_CHARTS) rmSync(dir, { recursive: true, force: true });
    else console.log(`charts kept in ${dir}`);
  });

  it('renders each chart to a PNG of the chart size', () => {
    const charts = {
      emotion: emotionChart(STAGES, { large: true, width: 900 }),
      effort: effortChart([{ name: 'Plan', value: 5 }]),
      comparison: comparisonChart([{ name: 'Plan', before: -1, after: 1 }]),
    };
    for (const [name, svg] of Object.entries(charts)) {
      const file = join(dir, `${name}.svg`);
      writeFileSync(file, svg);
      const png = execFileSync('rsvg-convert', [file, '-o', join(dir, `${name}.png`)]);
      expect(png).toBeDefined();
      const width = Number(parseSvg(svg).attrs.width);
      const out = execFileSync('file', [join(dir, `${name}.png`)], { encoding: 'utf8' });
      expect(out).toContain(`${width} x`);
    }
  });
});
