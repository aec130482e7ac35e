import { describe, expect, it } from 'vitest';
import { counterIds, withRows } from '../../test/unit/dataFixtures';
import { compareWithCurrent } from '../insights/compare';
import { painState } from '../insights/painResolution';
import { backlogRows } from './backlog';
import { emptyDoc, journeyList } from './doc';
import { rowsFromTemplate } from './templateRows';

describe('the worked example (hotel) as a template makes it', () => {
  const doc = withRows(
    emptyDoc('Hotel', '2026-01-01'),
    rowsFromTemplate('hotel-example', { orderKey: 'a0', makeId: counterIds('h') }),
  );
  const [current, future] = journeyList(doc);
  const byTitle = (title: string) => Object.values(doc.touchpoints).find((t) => t.title === title)!;

  it('has a current state and a future state that improves on it', () => {
    expect([current!.state, future!.state, future!.currentJourneyId]).toEqual([
      'current',
      'future',
      current!.id,
    ]);
  });

  it('links its pain points and opportunities, with owners, statuses, values and efforts', () => {
    const rows = backlogRows(doc).filter((r) => r.journeyId === current!.id);
    expect(rows.map((r) => [r.stage, r.owner, r.status, r.value, r.effort])).toEqual([
      ['Plan', 'Travel desk', 'shipped', 4, 2],
      ['Search', 'Booking tool team', 'idea', 3, 4],
      ['Book', 'Revenue', 'planned', 5, 2],
      ['Stay', 'Front office', 'inProgress', 4, 3],
      ['Expense', 'Finance', 'idea', 3, 3],
    ]);
    expect(rows[2]!.painPoints).toEqual(['Fees added after the price was shown']);
    expect(rows[2]!.touchpoints).toEqual(['Surprise resort fee at checkout']);
    const pains = ['Policy is a 40-page PDF', 'Fees added after the price was shown'];
    const [policy, fees] = pains.map((t) =>
      Object.values(doc.touchpoints).find((c) => c.title === t && c.journeyId === current!.id),
    );
    expect([painState(doc, policy!.id), painState(doc, fees!.id)]).toEqual(['resolved', 'planned']);
  });

  it('implements two opportunities in the future state, whose changed cards keep their sources', () => {
    const comparison = compareWithCurrent(doc, future!.id)!;
    expect(comparison.implements).toEqual([
      'Show the full price from the first screen',
      'Send a PIN code as a fallback key',
    ]);
    const renamed = comparison.stages.flatMap((s) => s.touchpointsRenamed);
    expect(renamed).toEqual([
      {
        from: 'Surprise resort fee at checkout',
        to: 'Full price, fees included, from the first screen',
      },
      { from: 'Queue at reception', to: 'PIN code opens the door' },
    ]);
    expect(comparison.stages.flatMap((s) => s.touchpointsAdded)).toEqual([]);
    expect(byTitle('PIN code opens the door').sourceId).toBe(byTitle('Queue at reception').id);
  });
});
