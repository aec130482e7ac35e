import { describe, expect, it } from 'vitest';
import { connectedDoc, lane, sampleDoc, stage } from '../../test/unit/fixtures';
import { applyOp } from '../ops/applyOp';
import { opSchema } from '../ops/schema';
import { copyCards, notesLeftOutMessage, pasteCards, planPaste } from './clipboard';
import { cellTouchpoints } from './doc';
import type { ProjectDoc } from './types';

function counter() {
  let n = 0;
  return () => `new${++n}`;
}

const cellTitles = (doc: ProjectDoc, stageId: string, laneId: string) =>
  cellTouchpoints(doc, stageId, laneId).map((t) => t.title);

describe('copyCards', () => {
  it('keeps journey order and only the connections among the copied cards', () => {
    const clip = copyCards(connectedDoc(), ['t4', 't5', 't1', 'missing']);
    expect(clip?.cards.map((c) => c.card.id)).toEqual(['t1', 't5', 't4']);
    expect(clip?.cards.map((c) => c.stageIndex)).toEqual([0, 0, 1]);
    expect(clip?.connections.map((c) => c.id)).toEqual(['c1']);
  });

  it('gives nothing for nothing', () => {
    expect(copyCards(sampleDoc(), ['nope'])).toBeNull();
  });
});

describe('pasteCards', () => {
  it('pastes into the same cells, after what is there, with new ids, as one valid insert', () => {
    const doc = connectedDoc();
    const clip = copyCards(doc, ['t1', 't4'])!;
    const rows = pasteCards(doc, clip, 'j1', counter());
    expect(rows.touchpoints?.map((t) => [t.id, t.stageId, t.laneId])).toEqual([
      ['new1', 's1', 'l1'],
      ['new2', 's2', 'l1'],
    ]);
    expect(rows.connections).toEqual([
      expect.objectContaining({ id: 'new3', fromId: 'new1', toId: 'new2', journeyId: 'j1' }),
    ]);
    const op = { type: 'insertRows' as const, rows };
    expect(opSchema.safeParse(op).success).toBe(true);
    const after = applyOp(doc, op).doc;
    expect(cellTitles(after, 's1', 'l1')).toEqual(['Card t1', 'Card t2', 'Card t3', 'Card t1']);
    expect(cellTitles(after, 's2', 'l1')).toEqual(['Card t4', 'Card t4']);
  });

  it('keeps several cards of one cell in their order', () => {
    const doc = sampleDoc();
    const rows = pasteCards(doc, copyCards(doc, ['t3', 't1'])!, 'j1', counter());
    const after = applyOp(doc, { type: 'insertRows', rows }).doc;
    expect(cellTitles(after, 's1', 'l1').slice(3)).toEqual(['Card t1', 'Card t3']);
  });

  it('into another journey: same stage index and lane kind, else the first touchpoints lane', () => {
    const doc = sampleDoc();
    // j2 gains a second stage, a notes lane and a pain-points lane.
    doc.stages.s10 = stage('s10', 'j2', 'a1');
    doc.lanes.l10 = lane('l10', 'j2', 'a1', { kind: 'text' });
    doc.lanes.l11 = lane('l11', 'j2', 'a2', { kind: 'painPoints' });
    doc.lanes.l2 = { ...doc.lanes.l2!, kind: 'painPoints' };
    const clip = copyCards(doc, ['t1', 't4', 't5'])!;
    const rows = pasteCards(doc, clip, 'j2', counter());
    expect(rows.touchpoints?.map((t) => [t.stageId, t.laneId, t.journeyId])).toEqual([
      ['s9', 'l9', 'j2'],
      ['s9', 'l11', 'j2'],
      ['s10', 'l9', 'j2'],
    ]);
    expect(() => applyOp(doc, { type: 'insertRows', rows })).not.toThrow();
  });

  it('keeps a note a note: to a note lane, its ratings dropped, or left out and counted', () => {
    const doc = sampleDoc();
    doc.lanes.l2 = { ...doc.lanes.l2!, kind: 'painPoints' };
    // j2 has only a touchpoints lane: the pain point t5 is not turned into a touchpoint.
    const clip = copyCards(doc, ['t1', 't5'])!;
    const alone = planPaste(doc, clip, 'j2', counter());
    expect(alone.notesLeftOut).toBe(1);
    expect(alone.rows.touchpoints?.map((t) => t.laneId)).toEqual(['l9']);
    expect(notesLeftOutMessage(1)).toMatch(
      /1 copied note was not pasted: .*no lane that holds notes/,
    );
    expect(notesLeftOutMessage(0)).toBeNull();
    // With an opportunities lane it goes there (a note lane, though not the same kind).
    doc.lanes.l12 = lane('l12', 'j2', 'a3', { kind: 'opportunities' });
    const placed = planPaste(doc, clip, 'j2', counter());
    expect(placed.notesLeftOut).toBe(0);
    expect(placed.rows.touchpoints?.map((t) => [t.laneId, t.emotion, t.effort])).toEqual([
      ['l9', -2, 1],
      ['l12', null, null],
    ]);
    expect(() => applyOp(doc, { type: 'insertRows', rows: placed.rows })).not.toThrow();
  });

  it('puts cards of stages past the end into the last stage, never into the emotion lane', () => {
    const doc = sampleDoc();
    doc.lanes.l8 = lane('l8', 'j2', '0', { kind: 'emotion' });
    const rows = pasteCards(doc, copyCards(doc, ['t4'])!, 'j2', counter());
    expect(rows.touchpoints?.map((t) => [t.stageId, t.laneId])).toEqual([['s9', 'l9']]);
    expect(rows.connections).toBeUndefined();
  });

  it('has nowhere to paste in a journey without stages', () => {
    const doc = sampleDoc();
    delete doc.stages.s9;
    expect(pasteCards(doc, copyCards(doc, ['t1'])!, 'j2')).toEqual({});
  });

  it('survives the JSON round trip of the system clipboard', () => {
    const doc = connectedDoc();
    const clip = JSON.parse(JSON.stringify(copyCards(doc, ['t1', 't4']))) as ReturnType<
      typeof copyCards
    >;
    expect(pasteCards(doc, clip!, 'j1', counter()).touchpoints).toHaveLength(2);
  });
});
