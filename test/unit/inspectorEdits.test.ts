import { describe, expect, it } from 'vitest';
import { lanesOf, stagesOf } from '../../shared/model/doc';
import { addTouchpoint, deleteSelection } from '../../renderer/src/editor/actions';
import {
  addLane,
  moveCardToCell,
  moveLaneBy,
  moveStageBy,
  patchCards,
} from '../../renderer/src/editor/inspector/edits';
import { documentPerTest } from './inProcessApi';

describe('the inspector’s edits', () => {
  const opened = documentPerTest();

  const state = () => opened.store.getState();
  const stages = () => stagesOf(state().doc, state().journeyId);
  const lanes = () => lanesOf(state().doc, state().journeyId);
  /** Waits for every edit to reach the file, then reads the file's state back. */
  const saved = async () => {
    expect(await state().closeDocument()).toBe(true);
    return (await opened.api['project.load']({})).doc;
  };

  it('sets one field on several cards in one undo step, and the file agrees', async () => {
    const first = addTouchpoint(opened.store, stages()[0]!.id)!;
    const second = addTouchpoint(opened.store, stages()[1]!.id)!;
    patchCards(opened.store, [first, second], { emotion: 2, channel: 'Phone' });
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
    moveStageBy(opened.store, before[0]!, -1);
    expect(stages().map((s) => s.id)).toEqual(before);
    moveStageBy(opened.store, before[0]!, 1);
    expect(
      stages()
        .map((s) => s.id)
        .slice(0, 2),
    ).toEqual([before[1], before[0]]);

    const order = lanes().map((l) => l.id);
    moveLaneBy(opened.store, order.at(-1)!, 1);
    expect(lanes().map((l) => l.id)).toEqual(order);
    moveLaneBy(opened.store, order.at(-1)!, -1);
    expect(
      lanes()
        .map((l) => l.id)
        .slice(-2),
    ).toEqual([order.at(-1), order.at(-2)]);
  });

  it('adds a lane after another and selects it; deleting it takes its cards until undone', async () => {
    const after = lanes()[1]!.id;
    const id = addLane(opened.store, 'text', 'Quotes', after);
    expect(lanes()[2]).toMatchObject({ id, kind: 'text', name: 'Quotes' });
    expect(state().selection).toEqual({ kind: 'lane', ids: [id] });

    const card = addTouchpoint(opened.store, stages()[0]!.id)!;
    moveCardToCell(opened.store, state().doc.touchpoints[card]!, stages()[2]!.id, id);
    expect(state().doc.touchpoints[card]).toMatchObject({ laneId: id, stageId: stages()[2]!.id });

    state().select({ kind: 'lane', ids: [id] });
    deleteSelection(opened.store);
    expect(state().doc.lanes[id]).toBeUndefined();
    expect(state().doc.touchpoints[card]).toBeUndefined();
    state().undo();
    expect(state().doc.touchpoints[card]).toMatchObject({ laneId: id });

    const file = await saved();
    expect(file.lanes[id]).toMatchObject({ name: 'Quotes' });
    expect(file.touchpoints[card]).toBeDefined();
  });
});
