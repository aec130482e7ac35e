import { describe, expect, it } from 'vitest';
import { counterIds } from '../../test/unit/dataFixtures';
import { evidenceDoc, quote } from '../../test/unit/evidenceFixture';
import { applyOp } from '../ops/applyOp';
import { describeOp } from '../ops/describeOp';
import { OpError } from '../ops/errors';
import type { Op } from '../ops/schema';
import { opSchema } from '../ops/schema';
import { copyCards, planPaste } from './clipboard';
import { emptyDoc, journeyList } from './doc';
import { duplicateJourney, futureStateOf } from './duplicateJourney';
import { citationsOf, quotesOf, sourceDeletionNote, sourceList, sourceUse } from './evidence';
import { cardEvidence } from './evidenceStrength';
import { journeyFromTemplate } from './templates';
import type { ProjectDoc } from './types';

/** Applies an op checked as the backend checks it, and its inverse; both documents. */
function roundTrip(doc: ProjectDoc, op: Op) {
  const parsed = opSchema.parse(op);
  const done = applyOp(doc, parsed);
  const undone = applyOp(done.doc, done.inverse);
  return { done, undone: undone.doc };
}

describe('quote and source ops', () => {
  it('adds a quote as one insert and undoes it', () => {
    const { doc, card } = evidenceDoc();
    const added = quote('q9', card, 'a2', { text: 'Lovely staff', who: 'P2', sourceId: 's3' });
    const { done, undone } = roundTrip(doc, { type: 'insertRows', rows: { quotes: [added] } });
    expect(quotesOf(done.doc, card.id).map((q) => q.text)).toEqual([
      'I could not find the price',
      'Too many steps',
      'Lovely staff',
    ]);
    expect(describeOp(done.doc, { type: 'insertRows', rows: { quotes: [added] } })).toBe(
      "add quote 'Lovely staff'",
    );
    expect(undone).toEqual(doc);
  });

  it('edits a quote (words, who, source, date) with an exact undo, and refuses a bad date', () => {
    const { doc } = evidenceDoc();
    const op: Op = {
      type: 'updateQuote',
      id: 'q2',
      patch: { who: 'P3', sourceId: 's1', date: '2026-05-06' },
    };
    const { done, undone } = roundTrip(doc, op);
    expect(done.doc.quotes.q2).toMatchObject({ who: 'P3', sourceId: 's1', date: '2026-05-06' });
    expect(done.touched).toEqual([{ table: 'quotes', id: 'q2' }]);
    expect(describeOp(done.doc, op)).toBe("change who, source and date of 'Too many steps'");
    expect(undone).toEqual(doc);
    const badDate = { type: 'updateQuote', id: 'q2', patch: { date: '6 May' } };
    expect(opSchema.safeParse(badDate).success).toBe(false);
    expect(() =>
      applyOp(doc, { type: 'updateQuote', id: 'q2', patch: { sourceId: 'nowhere' } }),
    ).toThrow(OpError);
  });

  it("moves a quote among its card's quotes only", () => {
    const { doc, card } = evidenceDoc();
    const { done, undone } = roundTrip(doc, { type: 'moveQuote', id: 'q2', at: { index: 0 } });
    expect(quotesOf(done.doc, card.id).map((q) => q.id)).toEqual(['q2', 'q1']);
    expect(undone).toEqual(doc);
  });

  it('deleting a source removes its citations, leaves its quotes without it, and undo restores', () => {
    const { doc, card, note } = evidenceDoc();
    const use = sourceUse(doc, 's2');
    expect(use.quotes.map((q) => q.id)).toEqual(['q3']);
    expect(use.citations.map((c) => c.id)).toEqual(['c1']);
    expect(use.cards.map((c) => c.id).sort()).toEqual([card.id, note.id].sort());
    expect(sourceDeletionNote(use)).toBe(
      '1 citation will be removed; 1 quote keeps its words but loses this source. Undo brings it all back.',
    );
    const { done, undone } = roundTrip(doc, { type: 'deleteRows', ids: { sources: ['s2'] } });
    expect(done.doc.citations.c1).toBeUndefined();
    expect(done.doc.quotes.q3?.sourceId).toBeNull();
    expect(citationsOf(done.doc, card.id)).toEqual([]);
    expect(undone).toEqual(doc);
    expect(sourceDeletionNote(sourceUse(doc, 's3'))).toBe('');
  });

  it('renames a source and reorders nothing else; a card takes its quotes and citations along', () => {
    const { doc, card } = evidenceDoc();
    const { done } = roundTrip(doc, {
      type: 'updateSource',
      id: 's1',
      patch: { name: 'Guest interviews', kind: 'observation', note: 'Lobby' },
    });
    expect(sourceList(done.doc).map((s) => s.name)).toEqual([
      'Guest interviews',
      'Booking survey',
      'Unused analytics',
    ]);
    const gone = roundTrip(doc, { type: 'deleteRows', ids: { touchpoints: [card.id] } });
    expect(quotesOf(gone.done.doc, card.id)).toEqual([]);
    expect(gone.done.doc.citations.c1).toBeUndefined();
    expect(gone.undone).toEqual(doc);
  });
});

describe('quotes and citations travel with copies of cards and journeys', () => {
  it('duplicating a journey copies its quotes and citations, naming the same sources', () => {
    const { doc, journeyId, card } = evidenceDoc();
    const rows = duplicateJourney(doc, journeyId, {
      name: 'Copy',
      orderKey: 'b0',
      makeId: counterIds('d'),
    });
    const next = applyOp(doc, { type: 'insertRows', rows }).doc;
    expect(rows.quotes).toHaveLength(3);
    expect(rows.citations).toHaveLength(1);
    expect(rows.sources).toBeUndefined();
    const copyId = rows.journeys![0]!.id;
    const copiedCard = rows.touchpoints!.find((t) => t.title === card.title)!;
    expect(quotesOf(next, copiedCard.id).map((q) => [q.text, q.sourceId, q.journeyId])).toEqual([
      ['I could not find the price', 's1', copyId],
      ['Too many steps', null, copyId],
    ]);
    expect(cardEvidence(next, copiedCard)).toEqual(cardEvidence(doc, card));
  });

  it('a future state keeps the quotes of the cards it copies', () => {
    const { doc, journeyId } = evidenceDoc();
    const rows = futureStateOf(doc, journeyId, { orderKey: 'b0', makeId: counterIds('f') });
    expect(rows.quotes?.map((q) => q.text).sort()).toEqual(
      ['I could not find the price', 'The form lost my dates', 'Too many steps'].sort(),
    );
  });

  it('copy and paste in the same project keeps the sources; cut and paste moves the quotes', () => {
    const { doc, card } = evidenceDoc();
    const clip = copyCards(doc, [card.id])!;
    expect(clip.quotes).toHaveLength(2);
    expect(clip.sources?.map((s) => s.id).sort()).toEqual(['s1', 's2']);
    const { rows } = planPaste(doc, clip, card.journeyId, counterIds('p'));
    expect(rows.sources).toBeUndefined();
    const pasted = rows.touchpoints![0]!;
    const next = applyOp(doc, { type: 'insertRows', rows }).doc;
    expect(quotesOf(next, pasted.id).map((q) => q.sourceId)).toEqual(['s1', null]);
    expect(citationsOf(next, pasted.id).map((c) => c.sourceId)).toEqual(['s2']);
    expect(Object.keys(next.sources)).toHaveLength(3);
  });

  it('a paste into another project brings the sources it lacks, once', () => {
    const { doc, card } = evidenceDoc();
    const clip = copyCards(doc, [card.id])!;
    const makeId = counterIds('o');
    const rows0 = journeyFromTemplate('hotel-example', { orderKey: 'a0', makeId });
    const other = applyOp(emptyDoc('Other', '2026-01-01'), { type: 'insertRows', rows: rows0 }).doc;
    const target = journeyList(other)[0]!.id;
    const { rows } = planPaste(other, clip, target, makeId);
    expect(rows.sources?.map((s) => s.name).sort()).toEqual([
      'Booking survey',
      'Interviews, March',
    ]);
    const next = applyOp(other, { type: 'insertRows', rows }).doc;
    const pasted = rows.touchpoints![0]!;
    expect(cardEvidence(next, pasted)).toEqual({ quotes: 2, sources: 3, strength: 'surveyData' });
    expect(sourceList(next)).toHaveLength(2);
  });
});
