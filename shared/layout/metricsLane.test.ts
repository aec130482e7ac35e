import { describe, expect, it } from 'vitest';
import { metricsLaneDoc } from '../../test/unit/metricsLaneFixture';
import { applyOp } from '../ops/applyOp';
import { layoutJourney } from './layoutJourney';
import { METRIC_ROW_HEIGHT, metricRows, metricsLaneHeight, NO_SURVEY_DATA } from './metricsLane';
import { DEFAULT_LAYOUT_THEME as THEME } from './theme';

const cellsOf = (doc = metricsLaneDoc()) =>
  layoutJourney(doc, 'j1', THEME).cells.filter((c) => c.laneId === 'm1');

describe('survey metrics lane', () => {
  it('shows each stage its pooled metrics with n and the 95% interval', () => {
    const [book, stay, empty] = cellsOf();
    // Book pools t1, t2 and t5. NPS of 10 9 3 8: 2 promoters, 1 detractor in 4 = +25; the
    // codes 1 1 -1 0 have s = 0.957, so 0.25 +/- 1.96 x 0.957 / 2 = -0.69..1.19, clamped to 1.
    // CSAT 5 4 2: 2 of 3 = 67%, Wilson 21%..94%. Needs met: met met partly, 2 of 3 = 67%.
    expect(book!.metrics).toEqual([
      { metric: 'nps', text: 'NPS +25 · n 4', interval: '95% CI −69 to +100' },
      { metric: 'csat', text: 'CSAT 67% · n 3', interval: '95% CI 21% to 94%' },
      { metric: 'needsMet', text: 'Needs met 67% · n 3', interval: '95% CI 21% to 94%' },
    ]);
    // Stay: one CES answer, 6 of 7; one answer has no interval.
    expect(stay!.metrics).toEqual([
      { metric: 'ces', text: 'CES 6.0 · n 1', interval: 'no interval (one answer)' },
    ]);
    expect(empty!.metrics).toEqual([]);
    expect(cellsOf().every((c) => !c.droppable && c.cardIds.length === 0)).toBe(true);
    expect(NO_SURVEY_DATA).toBe('No survey data');
  });

  it('is as tall as its fullest stage, and one row tall without any answers', () => {
    const lane = layoutJourney(metricsLaneDoc(), 'j1', THEME).lanes.find((l) => l.id === 'm1')!;
    // Three rows in Book: 2 x 12 padding + 3 x 38.
    expect(lane.height).toBe(2 * THEME.cellPadding + 3 * METRIC_ROW_HEIGHT);
    expect(lane.height).toBe(138);
    const bare = metricsLaneDoc();
    bare.surveyAnswers = {};
    const cells = cellsOf(bare);
    expect(cells.map((c) => c.metrics)).toEqual([[], [], []]);
    expect(cells[0]!.height).toBe(THEME.minNoteCellHeight);
    expect(metricsLaneHeight([0, 1], THEME)).toBe(THEME.minNoteCellHeight);
    expect(metricsLaneHeight([5], THEME)).toBe(24 + 5 * 38);
  });

  it('collapses and hides like any lane, and works out no figures then', () => {
    const doc = metricsLaneDoc();
    const collapsed = applyOp(doc, {
      type: 'updateLane',
      id: 'm1',
      patch: { collapsed: true },
    }).doc;
    const cells = cellsOf(collapsed);
    expect(cells.map((c) => c.height)).toEqual([40, 40, 40]);
    expect(cells.every((c) => c.metrics === undefined)).toBe(true);
    const hidden = applyOp(doc, { type: 'updateLane', id: 'm1', patch: { hidden: true } }).doc;
    expect(cellsOf(hidden)).toEqual([]);
  });

  it('lists the metrics in their declared order, none for a stage nobody answered', () => {
    expect(metricRows(undefined)).toEqual([]);
    expect(metricRows({})).toEqual([]);
  });
});
