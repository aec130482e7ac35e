import { describe, expect, it } from 'vitest';
import { templateJourney } from '../export/svg/exampleDocs';
import { drawnText, parseSvg } from '../export/svg/svgTree.test-support';
import { futureStateOf } from '../model/duplicateJourney';
import { applyOp } from '../ops/applyOp';
import { geometryOf, overlaps } from './charts/overlaps.test-support';
import { docOf, type CardSpec } from './fixture.test-support';
import { insightsPageSvg } from './insightsPage';

const labelsOf = (svg: string) => geometryOf(svg).labels.map((l) => l.text);

/** The worked example with its future state, where the fee card is now fine (as the PDF test). */
function workedExampleFuture() {
  const { doc, journeyId } = templateJourney('hotel-example');
  const rows = futureStateOf(doc, journeyId, { orderKey: 'a1' });
  const future = rows.journeys![0]!.id;
  const withFuture = applyOp(doc, { type: 'insertRows', rows }).doc;
  return { doc: withFuture, journeyId: future };
}

const LONG_TITLE =
  'Calls the hotel twice because the confirmation email never arrived in the inbox';
const STAGES = [
  'Awareness of the need to travel for the quarterly review',
  'Discovery',
  'Comparing hotels near the client office',
  'Booking',
  'Pre-arrival',
  'Stay',
  'Checkout and the surprise resort fee',
  'Expense report',
];
/** Eight stages with long names, values on and between the grid lines, twenty channels. */
const CROWDED: CardSpec[] = [
  ...Array.from({ length: 20 }, (_, i): CardSpec => [
    i % 8,
    'touchpoints',
    `Card ${i + 1}`,
    ([-2, -1, 0, 1, 2] as const)[i % 5],
    (i % 7) + 1,
    `Channel number ${i + 1}`,
  ]),
  [2, 'touchpoints', LONG_TITLE, -2, 7, 'Phone'],
  [3, 'painPoints', 'Hidden fees'],
];

describe('the insights page', () => {
  const cases = {
    'the worked example': templateJourney('hotel-example'),
    'the worked example’s future state': workedExampleFuture(),
    'a crowded journey': {
      doc: docOf({ id: 'crowded', stages: STAGES, cards: CROWDED }),
      journeyId: 'crowded',
    },
  };

  for (const [name, { doc, journeyId }] of Object.entries(cases)) {
    it(`has no label on a line, a shape or another label: ${name}`, () => {
      const page = insightsPageSvg(doc, journeyId);
      const geometry = geometryOf(page.svg);
      expect(geometry.labels.length).toBeGreaterThan(40);
      expect(overlaps(geometry)).toEqual([]);
    });
  }

  it('lists what fits in full, wrapping a long title instead of cutting it', () => {
    const { doc, journeyId } = cases['a crowded journey'];
    const { svg } = insightsPageSvg(doc, journeyId);
    // The longest title is first in both "Lowest emotion" and "Highest effort", on two lines.
    const text = drawnText(parseSvg(svg));
    expect(text.split(LONG_TITLE).length - 1).toBe(2);
    // Only stage names too long for a chart column's two lines end in "…".
    const cut = labelsOf(svg).filter((l) => l.endsWith('…'));
    const inStageName = (l: string) => STAGES.some((s) => s.includes(l.slice(0, -1)));
    expect(cut.filter((l) => !inStageName(l))).toEqual([]);
  });

  it('cuts a list that does not fit with a count of what is left', () => {
    const { doc, journeyId } = cases['a crowded journey'];
    const labels = labelsOf(insightsPageSvg(doc, journeyId).svg);
    // Twenty-one channels: seven lines and "and 14 more", in the room of eight lines.
    const channels = labels.filter((l) => /^(Channel number \d+|Phone): \d+$/.test(l));
    expect(channels).toHaveLength(7);
    expect(labels).toContain('and 14 more');
  });

  it('keeps the worked example’s lists whole', () => {
    const { doc, journeyId } = cases['the worked example'];
    const labels = labelsOf(insightsPageSvg(doc, journeyId).svg);
    expect(labels).toEqual(
      expect.arrayContaining([
        'Surprise resort fee at checkout (very negative, Book)',
        'Website: 4',
        'In person: 2',
      ]),
    );
    expect(labels.filter((l) => /…$| more$/.test(l))).toEqual([]);
  });
});
