import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureText } from '../../export/svg/textMetrics';
import { comparisonChart } from './comparisonChart';
import { effortChart } from './effortChart';
import { emotionChart } from './emotionChart';
import { fitList, textBox } from './chartText';
import { geometryOf, overlaps, segmentCrosses } from './overlaps.test-support';

const BODY = { size: 13, weight: 400 } as const;

describe('the overlap check itself', () => {
  it('sees a line through a label, and not one beside it', () => {
    const box = textBox('Negative −0.5', BODY, 100, 50, 'middle');
    expect(segmentCrosses([0, 46, 300, 46], box)).toBe(true);
    expect(segmentCrosses([0, 60, 300, 60], box)).toBe(false);
    expect(segmentCrosses([100, 0, 100, 100], box)).toBe(true);
    expect(segmentCrosses([0, 0, 10, 100], box)).toBe(false);
  });

  it('finds a grid line under a label and two labels on one spot', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">' +
      '<line x1="0" x2="200" y1="45" y2="45"/>' +
      '<g transform="translate(10 0)"><text x="20" y="50" font-size="13" font-weight="400">A label</text></g>' +
      '<text x="40" y="52" font-size="13" font-weight="400">Another</text></svg>';
    const found = overlaps(geometryOf(svg));
    expect(found).toContain('"A label" is crossed by the line 0,45,200,45');
    expect(found).toContain('"A label" overlaps label "Another"');
  });
});

const value = (min: number, max: number) =>
  fc.option(fc.double({ min, max, noNaN: true }), { nil: null, freq: 5 });
const name = fc.oneof(
  fc.constantFrom('Plan', 'Search', 'Book', 'Stay', 'Expense', ''),
  fc.string({ maxLength: 40 }),
  fc.constant('A very long stage name that will never fit its column'),
);
const chartOptions = fc.record({
  large: fc.boolean(),
  width: fc.constantFrom(420, 576, 640, 900),
});

/** Each chart, for any values and names of 1 to 8 stages, at any size the app draws it. */
describe('insight charts: no label on a line, a shape or another label', () => {
  it('emotion chart', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ name, value: value(-2, 2) }), { minLength: 1, maxLength: 8 }),
        chartOptions,
        (stages, options) => {
          expect(overlaps(geometryOf(emotionChart(stages, options)))).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('effort chart', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ name, value: value(1, 7) }), { minLength: 1, maxLength: 8 }),
        chartOptions,
        (stages, options) => {
          expect(overlaps(geometryOf(effortChart(stages, options)))).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('comparison chart', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ name, before: value(-2, 2), after: value(-2, 2) }), {
          minLength: 1,
          maxLength: 8,
        }),
        chartOptions,
        (stages, options) => {
          expect(overlaps(geometryOf(comparisonChart(stages, options)))).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the effort figure moves above a grid line rather than sit on it', () => {
    // 3.5 and 6.9: the figure just above each bar would be crossed by the lines at 4 and 7.
    const svg = effortChart([
      { name: 'A', value: 3.5 },
      { name: 'B', value: 6.9 },
    ]);
    expect(overlaps(geometryOf(svg))).toEqual([]);
  });
});

describe('fitList', () => {
  const width = 300;
  const items = ['Surprise resort fee at checkout (very negative, Book)', 'Queue at reception'];

  it('keeps every item whole, wrapped, when they fit', () => {
    const long = 'A touchpoint with a title long enough to need a second line in its column';
    const lines = fitList([long, ...items], width, BODY, 8);
    expect(lines.flat().join(' ')).toBe([long, ...items].join(' '));
    expect(lines[0]!.length).toBeGreaterThan(1);
    expect(lines.flat().some((l) => l.includes('…'))).toBe(false);
    for (const line of lines.flat()) expect(measureText(line, BODY)).toBeLessThanOrEqual(width);
  });

  it('shows the items that fit and says how many are left when they do not', () => {
    const channels = Array.from({ length: 20 }, (_, i) => `Channel ${i + 1}: ${20 - i}`);
    const lines = fitList(channels, width, BODY, 8);
    expect(lines.flat()).toHaveLength(8);
    expect(lines.slice(0, 7).flat()).toEqual(channels.slice(0, 7));
    expect(lines.at(-1)).toEqual(['and 13 more']);
  });

  it('cuts with "…" only an item longer than all the room there is', () => {
    const huge = 'word '.repeat(200).trim();
    const alone = fitList([huge], width, BODY, 3);
    expect(alone[0]).toHaveLength(3);
    expect(alone[0]!.at(-1)).toMatch(/…$/);
    const first = fitList([huge, 'Short'], width, BODY, 3);
    expect(first).toHaveLength(2);
    expect(first[0]!.at(-1)).toMatch(/…$/);
    expect(first[1]).toEqual(['and 1 more']);
  });
});
