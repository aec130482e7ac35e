import { describe, expect, it } from 'vitest';
import { connectedDoc, sampleDoc } from '../../test/unit/fixtures';
import { applyOp } from './applyOp';
import { describeOp, journeyOfOp } from './describeOp';
import type { Op } from './schema';

/** Describes `op` as undo would: after it ran, with its inverse at hand. */
function afterward(op: Op, doc = sampleDoc()) {
  const { doc: after, inverse } = applyOp(doc, op);
  return { undo: describeOp(after, op, inverse), redo: describeOp(doc, op, inverse), after };
}

describe('describeOp: what undo and redo say', () => {
  it('names the field by its inspector label and the card by its title', () => {
    const { undo } = afterward({
      type: 'updateTouchpoint',
      id: 't1',
      patch: { emotion: 1 },
    });
    expect(undo).toBe("change emotion of 'Card t1'");
  });

  it("lists several fields, and names a blank title as the lane's card noun", () => {
    const doc = sampleDoc();
    doc.touchpoints.t2 = { ...doc.touchpoints.t2!, title: '' };
    const op: Op = { type: 'updateTouchpoint', id: 't2', patch: { effort: 3, owner: 'Ops' } };
    expect(describeOp(doc, op)).toBe('change effort and owner / department of untitled touchpoint');
  });

  it('names an attached file by its file name', () => {
    const file = {
      id: 'a1',
      journeyId: 'j1',
      cardId: 't1',
      orderKey: 'a0',
      blobHash: 'f'.repeat(64),
      fileName: 'street.jpg',
      mediaType: 'image/jpeg' as const,
      size: 1000,
      width: 10,
      height: 10,
    };
    const { undo } = afterward({ type: 'insertRows', rows: { attachments: [file] } });
    expect(undo).toBe("add attachment 'street.jpg'");
  });

  it('cuts a long name', () => {
    const doc = sampleDoc();
    doc.stages.s1 = { ...doc.stages.s1!, name: 'A'.repeat(80) };
    const text = describeOp(doc, { type: 'updateStage', id: 's1', patch: { color: '#000000' } });
    expect(text).toMatch(/^change \w+ of 'A{39}…'$/);
  });

  it('names a deleted card from the rows its inverse brings back', () => {
    const { undo, after } = afterward({ type: 'deleteRows', ids: { touchpoints: ['t3'] } });
    expect(after.touchpoints.t3).toBeUndefined();
    expect(undo).toBe("delete touchpoint 'Card t3'");
  });

  it('counts rows with the right plural: "1 card" never "1 cards"', () => {
    expect(afterward({ type: 'deleteRows', ids: { touchpoints: ['t1', 't2'] } }).undo).toBe(
      'delete 2 cards',
    );
    const batch: Op = {
      type: 'batch',
      ops: ['t1', 't2', 't3'].map((id) => ({
        type: 'updateTouchpoint' as const,
        id,
        patch: { emotion: -1 },
      })),
    };
    expect(afterward(batch).undo).toBe('change emotion of 3 cards');
    const moves: Op = {
      type: 'batch',
      ops: [{ type: 'moveTouchpoint', id: 't1', stageId: 's2', laneId: 'l1', at: { index: 0 } }],
    };
    expect(afterward(moves).undo).toBe("move 'Card t1'");
  });

  it('tells adds, moves, renames of journeys and connections', () => {
    expect(
      afterward({ type: 'updateJourney', id: 'j2', patch: { name: 'Future trip' } }).undo,
    ).toBe("change name of 'Future trip'");
    expect(afterward({ type: 'moveStage', id: 's3', at: { index: 0 } }).undo).toBe(
      "move 'Stage s3'",
    );
    const { undo } = afterward(
      { type: 'updateConnection', id: 'c2', patch: { kind: 'failure' } },
      connectedDoc(),
    );
    expect(undo).toMatch(/^change .* of connection 'No stock'$/);
  });
});

describe('journeyOfOp', () => {
  it('finds the journey of the edited row, whether it exists now or only in the op', () => {
    const doc = sampleDoc();
    expect(journeyOfOp(doc, { type: 'updateTouchpoint', id: 't9', patch: { emotion: 1 } })).toBe(
      'j2',
    );
    const { doc: after, inverse } = applyOp(doc, {
      type: 'deleteRows',
      ids: { touchpoints: ['t9'] },
    });
    expect(journeyOfOp(after, { type: 'deleteRows', ids: { touchpoints: ['t9'] } }, inverse)).toBe(
      'j2',
    );
    expect(journeyOfOp(doc, { type: 'updateJourney', id: 'j1', patch: { name: 'X' } })).toBe('j1');
  });
});
