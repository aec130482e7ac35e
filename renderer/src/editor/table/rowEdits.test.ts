import { describe, expect, it } from 'vitest';
import { hotelDoc } from '../../../../test/unit/dataFixtures';
import { cellTouchpoints, journeyList, lanesOf, stagesOf } from '../../../../shared/model/doc';
import { holdsTouchpoints } from '../../../../shared/model/laneKinds';
import { cardAfterDelete, keepAddedRows, newRowPlace } from './rowEdits';
import { journeyRows, sortRows } from './tableRows';

const doc = hotelDoc();
const journeyId = journeyList(doc)[0]!.id;
const rows = journeyRows(doc, journeyId);
const ids = (list: readonly { card: { id: string } }[]) => list.map((r) => r.card.id);

describe('where a new row goes', () => {
  it('right after the active card in its cell, before the next one there', () => {
    const fullCell = rows.find(
      (r) => cellTouchpoints(doc, r.card.stageId, r.card.laneId).length > 1,
    )!;
    const cell = cellTouchpoints(doc, fullCell.card.stageId, fullCell.card.laneId);
    const place = newRowPlace(doc, journeyId, cell[0])!;
    expect(place.stageId).toBe(cell[0]!.stageId);
    expect(place.laneId).toBe(cell[0]!.laneId);
    expect(place.orderKey > cell[0]!.orderKey && place.orderKey < cell[1]!.orderKey).toBe(true);
    // After the last card of a cell: after it.
    const last = cell.at(-1)!;
    expect(newRowPlace(doc, journeyId, last)!.orderKey > last.orderKey).toBe(true);
  });

  it("with no card to follow: first in the first stage's first lane of touchpoints", () => {
    const stage = stagesOf(doc, journeyId)[0]!;
    const lane = lanesOf(doc, journeyId).find((l) => holdsTouchpoints(l.kind))!;
    const place = newRowPlace(doc, journeyId, undefined)!;
    expect(place).toMatchObject({ stageId: stage.id, laneId: lane.id });
    const first = cellTouchpoints(doc, stage.id, lane.id)[0];
    if (first) expect(place.orderKey < first.orderKey).toBe(true);
    expect(newRowPlace(doc, 'no-such-journey', undefined)).toBeNull();
  });
});

describe('the cursor after a delete', () => {
  it('goes to the next row, or the previous one after the last, or nowhere', () => {
    const three = rows.slice(0, 3);
    const gone = (i: number) => new Set([three[i]!.card.id]);
    expect(cardAfterDelete(three, 1, gone(1))).toBe(three[2]!.card.id);
    expect(cardAfterDelete(three, 2, gone(2))).toBe(three[1]!.card.id);
    expect(cardAfterDelete(three.slice(0, 1), 0, gone(0))).toBeNull();
  });
});

describe('rows added under a sort or filter', () => {
  it('stay below the row they were added after, and show though the filter would hide them', () => {
    const [a, b, c, d] = rows;
    // The filter shows a and c; d was added after a, b after c.
    const shown = [a!, c!];
    const kept = keepAddedRows(shown, rows, [
      { id: d!.card.id, afterId: a!.card.id },
      { id: b!.card.id, afterId: c!.card.id },
    ]);
    expect(ids(kept)).toEqual(ids([a!, d!, c!, b!]));
  });

  it('take their sorted place out of it: the sort does not move them', () => {
    const sorted = sortRows(rows, { column: 'title', direction: 'descending' });
    const [first, second] = sorted;
    const kept = keepAddedRows(sorted, rows, [{ id: second!.card.id, afterId: null }]);
    expect(ids(kept).slice(0, 2)).toEqual(ids([second!, first!]));
    expect(kept).toHaveLength(sorted.length);
  });

  it('leave out a card deleted since, and change nothing without any', () => {
    expect(keepAddedRows(rows, rows, [])).toBe(rows);
    expect(ids(keepAddedRows(rows, rows, [{ id: 'gone', afterId: null }]))).toEqual(ids(rows));
  });
});
