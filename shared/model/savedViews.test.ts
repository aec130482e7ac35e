import { describe, expect, it } from 'vitest';
import { hotelDoc, withRows } from '../../test/unit/dataFixtures';
import { exportProjectJson } from '../export/json';
import { planJsonImport } from '../import/json';
import { applyOp } from '../ops/applyOp';
import { emptyDoc, journeyList, lanesOf, stagesOf } from './doc';
import { duplicateJourney } from './duplicateJourney';
import { EMPTY_FILTER } from './filter';
import {
  docShowingView,
  filterOfView,
  frameOfRect,
  laneChangesForView,
  newSavedView,
  rectOfFrame,
  savedViewsOf,
} from './savedViews';
import { SAVED_VIEW } from './savedViewEntities';
import type { ProjectDoc } from './types';

const journeyOf = (doc: ProjectDoc) => journeyList(doc).find((j) => j.state === 'current')!;

function withView(doc: ProjectDoc, id: string, name: string, filter = EMPTY_FILTER) {
  const journeyId = journeyOf(doc).id;
  const frame = { left: 0.25, top: 0, right: 0.5, bottom: 1 };
  const view = newSavedView(doc, { id, journeyId, name, filter, frame });
  return applyOp(doc, { type: 'insertRows', rows: { savedViews: [view] } }).doc;
}

describe('saved views', () => {
  it('turn a rectangle of the map into fractions and back, on a map of another size', () => {
    const frame = frameOfRect(
      { x: 250, y: 100, width: 500, height: 400 },
      { width: 1000, height: 800 },
    );
    expect(frame).toEqual({ left: 0.25, top: 0.125, right: 0.75, bottom: 0.625 });
    // The projector's map is larger: the same part of it.
    expect(rectOfFrame(frame, { width: 2000, height: 1600 })).toEqual({
      x: 500,
      y: 200,
      width: 1000,
      height: 800,
    });
    expect(frameOfRect({ x: 0, y: 0, width: 0, height: 0 }, { width: 0, height: 0 })).toEqual({
      left: 0,
      top: 0,
      right: 1,
      bottom: 1,
    });
  });

  it('keep the hidden lanes, a filter, and their order; an empty one is named for its place', () => {
    let doc = hotelDoc();
    const journeyId = journeyOf(doc).id;
    const thoughts = lanesOf(doc, journeyId)[2]!;
    doc = applyOp(doc, { type: 'updateLane', id: thoughts.id, patch: { hidden: true } }).doc;
    doc = withView(doc, 'v1', ' Pain only ', { ...EMPTY_FILTER, emotions: [-2, -1] });
    doc = withView(doc, 'v2', '');
    const views = savedViewsOf(doc, journeyId);
    expect(views.map((v) => v.name)).toEqual(['Pain only', 'View 2']);
    expect(views[0]!.hiddenLaneIds).toEqual([thoughts.id]);
    expect(filterOfView(views[0]!)?.emotions).toEqual([-2, -1]);
    expect(filterOfView(views[1]!)).toBeNull();
  });

  it('show their lanes for drawing without touching the document', () => {
    let doc = withView(hotelDoc(), 'v1', 'All lanes');
    const journeyId = journeyOf(doc).id;
    const [first, second] = lanesOf(doc, journeyId);
    doc = applyOp(doc, { type: 'updateLane', id: first!.id, patch: { hidden: true } }).doc;
    const view = { ...savedViewsOf(doc, journeyId)[0]!, hiddenLaneIds: [second!.id, 'gone'] };
    expect(laneChangesForView(doc, view)).toEqual([
      { id: first!.id, hidden: false },
      { id: second!.id, hidden: true },
    ]);
    const shown = docShowingView(doc, view);
    expect(shown.lanes[first!.id]!.hidden).toBe(false);
    expect(shown.lanes[second!.id]!.hidden).toBe(true);
    expect(doc.lanes[first!.id]!.hidden).toBe(true);
  });

  it('refuse a frame without size and a filter with unknown fields', () => {
    expect(
      SAVED_VIEW.fields.frame.schema.safeParse({ left: 1, top: 0, right: 0.5, bottom: 1 }).success,
    ).toBe(false);
    expect(SAVED_VIEW.fields.filter.schema.safeParse({ ...EMPTY_FILTER, extra: 1 }).success).toBe(
      false,
    );
  });
});

describe('saved views and stage notes in Wayline JSON', () => {
  const empty = () => emptyDoc('Target', '2025-01-01T00:00:00Z');

  it('go out and come back, and a file written before they existed still imports', () => {
    let doc = hotelDoc();
    const journeyId = journeyOf(doc).id;
    const thoughts = lanesOf(doc, journeyId)[2]!;
    doc = applyOp(doc, { type: 'updateLane', id: thoughts.id, patch: { hidden: true } }).doc;
    doc = withView(doc, 'v1', 'Lows', { ...EMPTY_FILTER, emotions: [-2] });
    const stage = stagesOf(doc, journeyId)[0]!;
    const patch = { notes: 'Ask the room first' };
    doc = applyOp(doc, { type: 'updateStage', id: stage.id, patch }).doc;
    const json = exportProjectJson(doc, { scope: 'journey', journeyId });
    const plan = planJsonImport(json, empty());
    if (!plan.ok) throw new Error(JSON.stringify(plan.error));
    const back = withRows(empty(), plan.value.rows);
    const [view] = Object.values(back.savedViews);
    expect(view).toMatchObject({ name: 'Lows', filter: { emotions: [-2] } });
    expect(view!.journeyId).toBe(journeyList(back)[0]!.id);
    // The hidden lane is named by its new id in the project it came into.
    const backThoughts = lanesOf(back, view!.journeyId)[2]!;
    expect(view!.hiddenLaneIds).toEqual([backThoughts.id]);
    expect(backThoughts.hidden).toBe(true);
    expect(Object.values(back.stages).map((s) => s.notes)).toContain('Ask the room first');

    const older = JSON.parse(json) as Record<string, unknown> & {
      stages: Record<string, unknown>[];
    };
    delete older.savedViews;
    for (const s of older.stages) delete s.notes;
    const olderPlan = planJsonImport(JSON.stringify(older), empty());
    if (!olderPlan.ok) throw new Error(JSON.stringify(olderPlan.error));
    const olderBack = withRows(empty(), olderPlan.value.rows);
    expect(Object.keys(olderBack.savedViews)).toHaveLength(0);
    expect(Object.values(olderBack.stages).every((s) => s.notes === '')).toBe(true);
  });
});

describe('saved views in a copy of their journey', () => {
  it('come along, hiding the copies of the lanes they hid', () => {
    let doc = hotelDoc();
    const journeyId = journeyOf(doc).id;
    const thoughts = lanesOf(doc, journeyId)[2]!;
    doc = applyOp(doc, { type: 'updateLane', id: thoughts.id, patch: { hidden: true } }).doc;
    doc = withView(doc, 'v1', 'No thoughts');
    const rows = duplicateJourney(doc, journeyId, { name: 'Copy', orderKey: 'z0' });
    const copy = applyOp(doc, { type: 'insertRows', rows }).doc;
    const copyId = rows.journeys![0]!.id;
    const [view] = savedViewsOf(copy, copyId);
    expect(view?.name).toBe('No thoughts');
    const copiedThoughts = lanesOf(copy, copyId)[2]!;
    expect(copiedThoughts.id).not.toBe(thoughts.id);
    expect(view?.hiddenLaneIds).toEqual([copiedThoughts.id]);
  });
});
