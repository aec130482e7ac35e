import { describe, expect, it } from 'vitest';
import { counterIds, withRows } from '../../test/unit/dataFixtures';
import { journey, lane, stage, touchpoint } from '../../test/unit/fixtures';
import { exportProjectJson } from '../export/json';
import { planJsonImport } from '../import/json';
import { applyOp } from '../ops/applyOp';
import { linkBetween, linkCandidates, linkedCards, linkingCards, meaningOf } from './cardLinks';
import { copyCards, pasteCards } from './clipboard';
import { emptyDoc } from './doc';
import { duplicateJourney, futureStateOf } from './duplicateJourney';
import type { CardLink, ProjectDoc } from './types';

/**
 * j1: stages s1 s2; lanes lt (touchpoints), lp (pain points), lo (opportunities).
 * Touchpoints t1 (s1) t2 (s2); pain point p1 (s1); opportunity o1 (s2).
 * Links: p1 hurts t1 (k1), o1 addresses p1 (k2), o1 changes t2 (k3).
 */
function linkedDoc(): ProjectDoc {
  const link = (id: string, fromId: string, toId: string): CardLink => ({
    id,
    journeyId: 'j1',
    fromId,
    toId,
  });
  return withRows(emptyDoc('P', '2026-01-01'), {
    journeys: [journey('j1')],
    stages: [stage('s1', 'j1', 'a0'), stage('s2', 'j1', 'a1')],
    lanes: [
      lane('lt', 'j1', 'a0'),
      lane('lp', 'j1', 'a1', { kind: 'painPoints' }),
      lane('lo', 'j1', 'a2', { kind: 'opportunities' }),
    ],
    touchpoints: [
      touchpoint('t1', 's1', 'lt', 'a0'),
      touchpoint('t2', 's2', 'lt', 'a0'),
      touchpoint('p1', 's1', 'lp', 'a0', 'j1', { severity: 3, reach: 1200 }),
      touchpoint('o1', 's2', 'lo', 'a0', 'j1', { status: 'planned', value: 4, buildEffort: 2 }),
    ],
    cardLinks: [link('k1', 'p1', 't1'), link('k2', 'o1', 'p1'), link('k3', 'o1', 't2')],
  });
}

const linkPairs = (doc: ProjectDoc) =>
  Object.values(doc.cardLinks)
    .map((l) => {
      const title = (id: string) => doc.touchpoints[id]?.title;
      return `${title(l.fromId)} -> ${title(l.toId)}`;
    })
    .sort();

describe('card links', () => {
  it('mean what the lanes of their cards say', () => {
    const doc = linkedDoc();
    expect(Object.values(doc.cardLinks).map((l) => meaningOf(doc, l))).toEqual([
      'hurts',
      'addresses',
      'changes',
    ]);
    expect(linkedCards(doc, 'o1', 'addresses').map((l) => l.card.id)).toEqual(['p1']);
    expect(linkingCards(doc, 'p1', 'addresses').map((c) => c.id)).toEqual(['o1']);
    expect(linkCandidates(doc, doc.touchpoints.o1!, 'changes').map((c) => c.id)).toEqual([
      't1',
      't2',
    ]);
  });

  it('dragging either way between two cards gives the one link their lanes allow', () => {
    const doc = linkedDoc();
    expect(linkBetween(doc, 't2', 'p1')).toEqual({ fromId: 'p1', toId: 't2', meaning: 'hurts' });
    expect(linkBetween(doc, 'p1', 'o1')).toEqual({
      fromId: 'o1',
      toId: 'p1',
      meaning: 'addresses',
    });
    expect(linkBetween(doc, 't1', 't2')).toBeUndefined();
    expect(linkBetween(doc, 't1', 't1')).toBeUndefined();
  });

  it('go with a deleted card, and come back with it on undo', () => {
    const doc = linkedDoc();
    const deleted = applyOp(doc, { type: 'deleteRows', ids: { touchpoints: ['p1'] } });
    expect(Object.keys(deleted.doc.cardLinks)).toEqual(['k3']);
    expect(deleted.touched).toContainEqual({ table: 'cardLinks', id: 'k1' });
    const undone = applyOp(deleted.doc, deleted.inverse).doc;
    expect(undone.cardLinks).toEqual(doc.cardLinks);
  });

  it('are refused across journeys and from a card to itself', () => {
    const doc = withRows(linkedDoc(), {
      journeys: [journey('j2', 'a1')],
      stages: [stage('s9', 'j2', 'a0')],
      lanes: [lane('l9', 'j2', 'a0')],
      touchpoints: [touchpoint('t9', 's9', 'l9', 'a0', 'j2')],
    });
    const insert = (fromId: string, toId: string) => () =>
      applyOp(doc, {
        type: 'insertRows',
        rows: { cardLinks: [{ id: 'kx', journeyId: 'j1', fromId, toId }] },
      });
    expect(insert('p1', 't9')).toThrow('A link joins cards of its own journey');
    expect(insert('p1', 'p1')).toThrow('A link joins two different cards');
  });

  it('are kept by duplicating a journey, remapped to the copies', () => {
    const doc = linkedDoc();
    const copy = duplicateJourney(doc, 'j1', {
      name: 'Copy',
      orderKey: 'a1',
      makeId: counterIds('c'),
    });
    const after = withRows(doc, copy);
    expect(copy.cardLinks).toHaveLength(3);
    const copied = new Set(copy.touchpoints!.map((t) => t.id));
    for (const l of copy.cardLinks!) {
      expect(copied.has(l.fromId) && copied.has(l.toId)).toBe(true);
    }
    expect(linkPairs(after)).toEqual([...linkPairs(doc), ...linkPairs(doc)].sort());
  });

  it('are kept by copy and paste: among pasted cards, and to cards already in the journey', () => {
    const doc = linkedDoc();
    const clip = copyCards(doc, ['o1'])!;
    const rows = pasteCards(doc, clip, 'j1', counterIds('n'));
    const after = withRows(doc, rows);
    const pasted = rows.touchpoints![0]!;
    expect(linkedCards(after, pasted.id, 'addresses').map((l) => l.card.id)).toEqual(['p1']);
    expect(linkedCards(after, pasted.id, 'changes').map((l) => l.card.id)).toEqual(['t2']);
    // Into another journey only links between pasted cards come along.
    const other = withRows(doc, {
      journeys: [journey('j2', 'a1')],
      stages: [stage('s9', 'j2', 'a0')],
      lanes: [lane('l9', 'j2', 'a0', { kind: 'opportunities' })],
    });
    const elsewhere = pasteCards(other, clip, 'j2', counterIds('m'));
    expect(elsewhere.touchpoints).toHaveLength(1);
    expect(elsewhere.cardLinks).toBeUndefined();
  });

  it('survive JSON export and import, with every field of pain points and opportunities', () => {
    const doc = linkedDoc();
    const plan = planJsonImport(exportProjectJson(doc, { scope: 'project' }), emptyDoc('T', 'x'), {
      makeId: counterIds('i'),
    });
    if (!plan.ok) throw new Error(JSON.stringify(plan.error));
    const imported = withRows(emptyDoc('T', 'x'), plan.value.rows);
    expect(linkPairs(imported)).toEqual(linkPairs(doc));
    const pain = Object.values(imported.touchpoints).find((t) => t.title === 'Card p1')!;
    expect([pain.severity, pain.reach]).toEqual([3, 1200]);
    const opportunity = Object.values(imported.touchpoints).find((t) => t.title === 'Card o1')!;
    expect([opportunity.status, opportunity.value, opportunity.buildEffort]).toEqual([
      'planned',
      4,
      2,
    ]);
  });
});

describe('a future state keeps each card’s source card', () => {
  it('points every copied card at its original, and loses the link when the original goes', () => {
    const doc = linkedDoc();
    const rows = futureStateOf(doc, 'j1', { orderKey: 'a1', makeId: counterIds('f') });
    const withFuture = withRows(doc, rows);
    const sources = rows.touchpoints!.map((t) => t.sourceId).sort();
    expect(sources).toEqual(['o1', 'p1', 't1', 't2']);
    // Deleting a stage of the current state unlinks the copies of its cards; undo relinks them.
    const deleted = applyOp(withFuture, { type: 'deleteRows', ids: { stages: ['s1'] } });
    const left = Object.values(deleted.doc.touchpoints)
      .filter((t) => t.journeyId !== 'j1')
      .map((t) => t.sourceId)
      .sort();
    expect(left).toEqual(['o1', 't2', null, null].sort());
    expect(applyOp(deleted.doc, deleted.inverse).doc.touchpoints).toEqual(withFuture.touchpoints);
  });
});
