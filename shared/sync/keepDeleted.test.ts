import { describe, expect, it } from 'vitest';
import { quote } from '../../test/unit/evidenceFixture';
import { connectedDoc, deepFreeze, sampleDoc } from '../../test/unit/fixtures';
import { cellTouchpoints } from '../model/doc';
import { makeTouchpoint } from '../model/factories';
import type { ProjectDoc } from '../model/types';
import { applyOp } from '../ops/applyOp';
import type { Op, SingleOp } from '../ops/schema';
import { distinctRows, planRestore } from './keepDeleted';
import { rebase, withoutConflicts } from './rebase';

const patchCard = (id: string, patch: Record<string, unknown>): SingleOp =>
  ({ type: 'updateTouchpoint', id, patch }) as SingleOp;
const del = (ids: Record<string, string[]>): Op => ({ type: 'deleteRows', ids });
const apply = (doc: ProjectDoc, ...ops: Op[]) => ops.reduce((d, op) => applyOp(d, op).doc, doc);

/**
 * This window (mine) made `pending` on `start`, another window saved `remote` first. Returns the
 * rebase and "Keep mine": the plan made on what this window shows, and the project after it is
 * applied on top of the other window's change, as the backend applies it.
 */
function keepMine(start: ProjectDoc, remote: Op[], pending: Op[]) {
  const rebased = rebase(deepFreeze(start), remote, pending);
  const plan = planRestore(rebased.doc, distinctRows(rebased.conflicts.map((c) => c.restore)));
  const saved = plan.op ? apply(apply(start, ...remote, ...rebased.pending), plan.op) : undefined;
  return { rebased, plan, saved };
}

describe('keep mine on a row another window deleted', () => {
  it('puts the card back as this window showed it, with the arrows the delete took', () => {
    const start = connectedDoc();
    const { rebased, plan, saved } = keepMine(
      start,
      [del({ touchpoints: ['t4'] })],
      [patchCard('t4', { title: 'Mine' }), patchCard('t4', { emotion: 2 })],
    );
    expect(rebased.conflicts.map((c) => c.key).sort()).toEqual([
      'touchpoints:t4:emotion',
      'touchpoints:t4:title',
    ]);
    expect(rebased.doc.touchpoints.t4).toBeUndefined();
    expect(plan.said).toEqual([]);
    // Every field as shown, in its cell at its place; both arrows (t1 -> t4, t4 -> t3) too.
    expect(saved?.touchpoints.t4).toEqual({ ...start.touchpoints.t4, title: 'Mine', emotion: 2 });
    expect(saved?.connections).toEqual(start.connections);
    // One step: its inverse deletes exactly what came back.
    const done = applyOp(rebased.doc, plan.op!);
    expect(applyOp(done.doc, done.inverse).doc).toEqual(rebased.doc);
    expect(done.touched.map((t) => ('id' in t ? t.id : '')).sort()).toEqual(['c1', 'c3', 't4']);
  });

  it('brings back the quotes of the card and the link of a card copied from it', () => {
    const start = sampleDoc();
    const withEvidence = apply(
      start,
      {
        type: 'insertRows',
        rows: { quotes: [quote('q1', start.touchpoints.t9!, 'a0')] },
      },
      patchCard('t1', { sourceId: 't2' }),
    );
    const { plan, saved } = keepMine(
      withEvidence,
      [del({ touchpoints: ['t2', 't9'] })],
      [patchCard('t9', { title: 'Quoted card, renamed' })],
    );
    expect(plan.said).toEqual([]);
    expect(saved?.touchpoints.t9?.title).toBe('Quoted card, renamed');
    expect(saved?.quotes.q1).toEqual(withEvidence.quotes.q1);
    // t2 was not edited here: it stays deleted, and so t1 keeps no link to it.
    expect(saved?.touchpoints.t2).toBeUndefined();
    expect(saved?.touchpoints.t1?.sourceId).toBeNull();
  });

  it('puts back the link another card had to it', () => {
    const start = apply(sampleDoc(), patchCard('t1', { sourceId: 't2' }));
    const { saved } = keepMine(
      start,
      [del({ touchpoints: ['t2'] })],
      [patchCard('t2', { title: 'Mine' })],
    );
    expect(saved?.touchpoints.t1?.sourceId).toBe('t2');
  });

  it('moves a card whose stage was deleted too to the next stage, at the end of its lane', () => {
    const start = connectedDoc();
    const { rebased, plan, saved } = keepMine(
      start,
      [del({ stages: ['s2'] })],
      [patchCard('t4', { title: 'Mine' })],
    );
    expect(rebased.conflicts).toMatchObject([{ key: 'touchpoints:t4:title', theirs: undefined }]);
    expect(plan.said).toEqual([
      'Its stage “Stage s2” was deleted: “Mine” goes to stage “Stage s3”.',
    ]);
    expect(saved?.stages.s2).toBeUndefined();
    expect(saved?.touchpoints.t4).toMatchObject({ title: 'Mine', stageId: 's3', laneId: 'l1' });
    expect(cellTouchpoints(saved!, 's3', 'l1').map((t) => t.id)).toEqual(['t4']);
    expect(saved?.connections).toEqual(connectedDoc().connections);
  });

  it('moves a card whose lane was deleted to the nearest lane holding cards of its kind', () => {
    const { plan, saved } = keepMine(
      sampleDoc(),
      [del({ lanes: ['l1'] })],
      [patchCard('t2', { emotion: -1 })],
    );
    expect(plan.said).toEqual([
      'Its lane “Lane l1” was deleted: “Card t2” goes to lane “Lane l2”.',
    ]);
    expect(saved?.touchpoints.t2).toMatchObject({ stageId: 's1', laneId: 'l2', emotion: -1 });
    // After the card already there; the other cards of the deleted lane stay deleted.
    expect(cellTouchpoints(saved!, 's1', 'l2').map((t) => t.id)).toEqual(['t5', 't2']);
    expect(saved?.touchpoints.t1).toBeUndefined();
  });

  it('keeps a card made here whose stage the other window deleted, in the nearest stage', () => {
    const made: Op = {
      type: 'addTouchpoint',
      touchpoint: makeTouchpoint({
        id: 'n1',
        journeyId: 'j1',
        stageId: 's2',
        laneId: 'l1',
        title: 'Made here',
      }),
      at: { index: 1 },
    };
    const { rebased, plan, saved } = keepMine(sampleDoc(), [del({ stages: ['s2'] })], [made]);
    expect(rebased.unfit).toEqual([made]);
    expect(rebased.conflicts).toMatchObject([
      { key: 'touchpoints:n1:*', field: '*', label: 'Made here', theirs: undefined },
    ]);
    expect(plan.said).toEqual([
      'Its stage “Stage s2” was deleted: “Made here” goes to stage “Stage s3”.',
    ]);
    expect(saved?.touchpoints.n1).toMatchObject({ title: 'Made here', stageId: 's3' });
  });

  it('says what cannot come back: a card whose journey was deleted, an arrow to a card gone too', () => {
    const journeyGone = keepMine(
      sampleDoc(),
      [del({ journeys: ['j2'] })],
      [patchCard('t9', { title: 'Mine' })],
    );
    expect(journeyGone.plan).toEqual({
      op: null,
      said: ['“Mine” cannot be put back: its journey “Journey j2” was deleted.'],
    });
    const arrowGone = keepMine(
      connectedDoc(),
      [del({ touchpoints: ['t4', 't3'] })],
      [patchCard('t4', { title: 'Mine' })],
    );
    expect(arrowGone.plan.said).toEqual([
      'One item deleted with it stays deleted: what it was linked to is gone too.',
    ]);
    expect(Object.keys(arrowGone.saved!.connections).sort()).toEqual(['c1', 'c2']);
  });

  it('brings back a stage with the cards it held as shown, and a persona with its links', () => {
    const stage = keepMine(
      connectedDoc(),
      [del({ stages: ['s2'] })],
      [{ type: 'updateStage', id: 's2', patch: { name: 'Renamed here' } }],
    );
    expect(stage.saved?.stages.s2?.name).toBe('Renamed here');
    expect(stage.saved?.touchpoints.t4).toEqual(connectedDoc().touchpoints.t4);
    const persona = keepMine(
      sampleDoc(),
      [del({ personas: ['p1'] })],
      [{ type: 'updatePersona', id: 'p1', patch: { name: 'Renamed here' } }],
    );
    expect(persona.saved?.personas.p1?.name).toBe('Renamed here');
    expect(persona.saved?.journeys.j2?.personaId).toBe('p1');
  });

  it('takes nothing back that is already there again, and nothing when both deleted it', () => {
    const { rebased } = keepMine(
      sampleDoc(),
      [del({ touchpoints: ['t2'] })],
      [patchCard('t2', { title: 'Mine' })],
    );
    const restores = distinctRows(rebased.conflicts.map((c) => c.restore));
    const again = planRestore(
      applyOp(rebased.doc, planRestore(rebased.doc, restores).op!).doc,
      restores,
    );
    expect(again).toEqual({ op: null, said: [] });
    const both = rebase(
      sampleDoc(),
      [del({ touchpoints: ['t2'] })],
      [del({ touchpoints: ['t2'] })],
    );
    expect(both.conflicts).toEqual([]);
  });

  it('take theirs leaves the deletion as it is', () => {
    const { rebased } = keepMine(
      connectedDoc(),
      [del({ touchpoints: ['t4'] })],
      [patchCard('t4', { title: 'Mine' }), patchCard('t1', { title: 'Kept' })],
    );
    const keys = new Set(rebased.conflicts.map((c) => c.key));
    const taken = withoutConflicts(rebased.base, rebased.pending, keys);
    expect(taken.doc.touchpoints.t4).toBeUndefined();
    expect(taken.doc.touchpoints.t1?.title).toBe('Kept');
  });
});
