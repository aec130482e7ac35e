import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WaylineApi } from '../../shared/api/schema';
import { lanesOf, stagesOf } from '../../shared/model/doc';
import { addTouchpoint, deleteSelection } from '../../renderer/src/editor/actions';
import type { DocumentStore } from '../../renderer/src/editor/documentStore';
import {
  addLane,
  moveCardToCell,
  moveLaneBy,
  moveStageBy,
  patchCards,
} from '../../renderer/src/editor/inspector/edits';
import { closeTestDocument, openTestDocument, type TestDocument } from './inProcessApi';

describe('the inspector’s edits', () => {
  let opened: TestDocument;
  let api: WaylineApi;
  let store: DocumentStore;

  beforeEach(async () => {
    opened = await openTestDocument();
    ({ api, store } = opened);
  });

  afterEach(() => closeTestDocument(opened));

  const state = () => store.getState();
  const stages = () => stagesOf(state().doc, state().journeyId);
  const lanes = () => lanesOf(state().doc, state().journeyId);
  /** Waits for every edit to reach the file, then reads the file's state back. */
  const saved = async () => {
    expect(await state().closeDocument()).toBe(true);
    return (await api['project.load']({})).doc;
  };

  it('sets one field on several cards in one undo step, and the file agrees', async () => {
    const first = addTouchpoint(store, stages()[0]!.id)!;
    const second = addTouchpoint(store, stages()[1]!.id)!;
    patchCards(store, [first, second], { emotion: 2, channel: 'Phone' });
    expect(state().doc.touchpoints[first]).toMatchObject({ emotion: 2, channel: 'Phone' });
    expect(state().doc.touchpoints[second]).toMatchObject({ emotion: 2, channel: 'Phone' });

    state().undo();
    // Back to a new card's state: not rated.
    expect(state().doc.touchpoints[first]).toMatchObject({ emotion: null, channel: '' });
    expect(state().doc.touchpoints[second]).toMatchObject({ emotion: null, channel: '' });
    state().redo();
    expect((await saved()).touchpoints[second]).toMatchObject({ emotion: 2, channel: 'Phone' });
  });

  it('moves stages and lanes one place at a time, and not past either end', () => {
    const before = stages().map((s) => s.id);
    moveStageBy(store, before[0]!, -1);
    expect(stages().map((s) => s.id)).toEqual(before);
    moveStageBy(store, before[0]!, 1);
    expect(
      stages()
        .map((s) => s.id)
        .slice(0, 2),
    ).toEqual([before[1], before[0]]);

    const order = lanes().map((l) => l.id);
    moveLaneBy(store, order.at(-1)!, 1);
    expect(lanes().map((l) => l.id)).toEqual(order);
    moveLaneBy(store, order.at(-1)!, -1);
    expect(
      lanes()
        .map((l) => l.id)
        .slice(-2),
    ).toEqual([order.at(-1), order.at(-2)]);
  });

  it('adds a lane after another and selects it; deleting it takes its cards until undone', async () => {
    const after = lanes()[1]!.id;
    const id = addLane(store, 'text', 'Quotes', after);
    expect(lanes()[2]).toMatchObject({ id, kind: 'text', name: 'Quotes' });
    expect(state().selection).toEqual({ kind: 'lane', ids: [id] });

    const card = addTouchpoint(store, stages()[0]!.id)!;
    moveCardToCell(store, state().doc.touchpoints[card]!, stages()[2]!.id, id);
    expect(state().doc.touchpoints[card]).toMatchObject({ laneId: id, stageId: stages()[2]!.id });

    state().select({ kind: 'lane', ids: [id] });
    deleteSelection(store);
    expect(state().doc.lanes[id]).toBeUndefined();
    expect(state().doc.touchpoints[card]).toBeUndefined();
    state().undo();
    expect(state().doc.touchpoints[card]).toMatchObject({ laneId: id });

    const file = await saved();
    expect(file.lanes[id]).toMatchObject({ name: 'Quotes' });
    expect(file.touchpoints[card]).toBeDefined();
  });
});
