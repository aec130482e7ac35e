import { describe, expect, it } from 'vitest';
import { emptyDoc, getEntity, lanesOf, stagesOf } from '../model/doc';
import { journeyFromTemplate } from '../model/templates';
import type { ProjectDoc } from '../model/types';
import { applyOp } from '../ops/applyOp';
import { acceptNoteOp, cardRole, roomMapView, roomStageId } from './roomMap';
import { tallyOf } from './roomProtocol';

function hotel(): { doc: ProjectDoc; journeyId: string } {
  let doc = emptyDoc('Workshop', '2026-01-01');
  doc = applyOp(doc, {
    type: 'insertRows',
    rows: journeyFromTemplate('hotel-example', { orderKey: 'a0' }),
  }).doc;
  return { doc, journeyId: Object.keys(doc.journeys)[0]! };
}

describe('the room and the map', () => {
  it('shows phones the stage, its touchpoints and every opportunity', () => {
    const { doc, journeyId } = hotel();
    const stages = stagesOf(doc, journeyId);
    const view = roomMapView(doc, journeyId, stages[1]!.id);
    expect(view.stage).toMatchObject({ name: stages[1]!.name, index: 1, count: stages.length });
    expect(view.touchpoints.length).toBeGreaterThan(0);
    for (const t of view.touchpoints) expect(cardRole(doc, journeyId, t.id)).toBe('touchpoint');
    for (const o of view.opportunities) expect(cardRole(doc, journeyId, o.id)).toBe('opportunity');
    expect(view.opportunities.length).toBe(5);
    // A stage no longer on the map falls back to the first.
    expect(roomStageId(doc, journeyId, 'gone')).toBe(stages[0]!.id);
  });

  it('puts an accepted note into its lane and stage as one op, which one inverse takes away', () => {
    const { doc, journeyId } = hotel();
    const stage = stagesOf(doc, journeyId)[2]!;
    const made = acceptNoteOp(
      doc,
      journeyId,
      { kind: 'painPoint', text: 'Hidden fees', stageId: stage.id, name: 'Ana' },
      null,
    );
    expect(made?.op.type).toBe('addTouchpoint');
    const { doc: after, inverse } = applyOp(doc, made!.op);
    const card = getEntity(after, 'touchpoints', made!.cardId)!;
    expect(card).toMatchObject({
      title: 'Hidden fees',
      stageId: stage.id,
      description: 'From the room: Ana',
      tags: ['room'],
    });
    expect(getEntity(after, 'lanes', card.laneId)?.kind).toBe('painPoints');
    expect(applyOp(after, inverse).doc.touchpoints).toEqual(doc.touchpoints);
  });

  it('adds the lane a note needs when the journey has none, in the same single op', () => {
    const { doc, journeyId } = hotel();
    const thoughts = lanesOf(doc, journeyId).filter((l) => l.kind === 'thoughts');
    const without = thoughts.length
      ? applyOp(doc, { type: 'deleteRows', ids: { lanes: thoughts.map((l) => l.id) } }).doc
      : doc;
    const stage = stagesOf(without, journeyId)[0]!;
    const made = acceptNoteOp(
      without,
      journeyId,
      { kind: 'thought', text: 'Is this allowed?', stageId: 'deleted', name: null },
      stage.id,
    );
    expect(made?.op.type).toBe('batch');
    const { doc: after, inverse } = applyOp(without, made!.op);
    const card = getEntity(after, 'touchpoints', made!.cardId)!;
    expect(card.stageId).toBe(stage.id);
    expect(getEntity(after, 'lanes', card.laneId)?.kind).toBe('thoughts');
    expect(card.description).toBe('From the room');
    const undone = applyOp(after, inverse).doc;
    expect(undone.lanes).toEqual(without.lanes);
    expect(undone.touchpoints).toEqual(without.touchpoints);
  });

  it('tallies ratings: counts per face, n and mean', () => {
    expect(tallyOf([-2, -2, 1, 2])).toEqual({ counts: [2, 0, 0, 1, 1], n: 4, mean: -0.25 });
    expect(tallyOf([])).toEqual({ counts: [0, 0, 0, 0, 0], n: 0, mean: null });
  });
});
