import { describe, expect, it } from 'vitest';
import { applyOp } from '../ops/applyOp';
import { emptyDoc } from './doc';
import { duplicateJourney, futureStateOf } from './duplicateJourney';
import { journeyFromTemplate } from './templates';
import type { ProjectDoc, RowSet } from './types';

function counter(prefix: string) {
  let n = 0;
  return () => `${prefix}${++n}`;
}

/** A project holding the worked hotel example (persona, every lane, cards, connections). */
function hotelDoc(): { doc: ProjectDoc; journeyId: string } {
  const rows = journeyFromTemplate('hotel-example', { orderKey: 'a0', makeId: counter('h') });
  const doc = applyOp(emptyDoc('P', '2024-01-01'), { type: 'insertRows', rows }).doc;
  return { doc, journeyId: rows.journeys![0]!.id };
}

/** The hotel example and a copy of it named "Copy" at order key a1, ids c1, c2 ... */
function hotelCopy(): { doc: ProjectDoc; journeyId: string; copy: RowSet } {
  const { doc, journeyId } = hotelDoc();
  const copy = duplicateJourney(doc, journeyId, {
    name: 'Copy',
    orderKey: 'a1',
    makeId: counter('c'),
  });
  return { doc, journeyId, copy };
}

/** Every id a row of the copy refers to, by field. */
function references(rows: RowSet): { field: string; id: string }[] {
  const refs: { field: string; id: string }[] = [];
  for (const j of rows.journeys ?? []) {
    if (j.personaId) refs.push({ field: 'personaId', id: j.personaId });
    if (j.currentJourneyId) refs.push({ field: 'currentJourneyId', id: j.currentJourneyId });
  }
  for (const r of [...(rows.stages ?? []), ...(rows.lanes ?? [])]) {
    refs.push({ field: 'journeyId', id: r.journeyId });
  }
  for (const t of rows.touchpoints ?? []) {
    refs.push({ field: 'journeyId', id: t.journeyId });
    refs.push({ field: 'stageId', id: t.stageId }, { field: 'laneId', id: t.laneId });
  }
  for (const c of rows.connections ?? []) {
    refs.push({ field: 'journeyId', id: c.journeyId });
    refs.push({ field: 'fromId', id: c.fromId }, { field: 'toId', id: c.toId });
  }
  return refs;
}

function idsOf(rows: RowSet): Set<string> {
  return new Set(Object.values(rows).flatMap((list) => list.map((r) => r.id)));
}

describe('duplicateJourney', () => {
  it('copies every stage, lane, card and connection under new ids', () => {
    const { doc, copy } = hotelCopy();
    expect(copy.journeys).toHaveLength(1);
    expect(copy.stages).toHaveLength(5);
    expect(copy.lanes).toHaveLength(6);
    expect(copy.touchpoints).toHaveLength(Object.keys(doc.touchpoints).length);
    expect(copy.connections).toHaveLength(10);
    const originalIds = new Set(Object.values(doc).flatMap((t) => Object.keys(t)));
    for (const id of idsOf(copy)) expect(originalIds.has(id)).toBe(false);
    expect(copy.journeys![0]).toMatchObject({ name: 'Copy', orderKey: 'a1', state: 'current' });
  });

  it('remaps every reference into the copy; only the persona lies outside it', () => {
    const { doc, journeyId, copy } = hotelCopy();
    const inside = idsOf(copy);
    const personaId = doc.journeys[journeyId]!.personaId;
    expect(personaId).not.toBeNull();
    for (const ref of references(copy)) {
      if (ref.field === 'personaId') expect(ref.id).toBe(personaId);
      else expect(inside.has(ref.id), `${ref.field} ${ref.id}`).toBe(true);
    }
  });

  it('keeps order keys and contents, so the copy draws like the original', () => {
    const { doc, copy } = hotelCopy();
    const strip = <T extends object>(rows: T[], keys: (keyof T)[]) =>
      rows
        .map((r) =>
          Object.fromEntries(Object.entries(r).filter(([k]) => !keys.includes(k as keyof T))),
        )
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    const ref = ['id', 'journeyId', 'stageId', 'laneId'] as const;
    expect(strip(copy.touchpoints!, [...ref])).toEqual(
      strip(Object.values(doc.touchpoints), [...ref]),
    );
    expect(strip(copy.stages!, ['id', 'journeyId'])).toEqual(
      strip(Object.values(doc.stages), ['id', 'journeyId']),
    );
  });

  it('inserts as one op, and its undo removes exactly the copy', () => {
    const { doc, journeyId } = hotelDoc();
    const copy = duplicateJourney(doc, journeyId, { name: 'Copy', orderKey: 'a1' });
    const inserted = applyOp(doc, { type: 'insertRows', rows: copy });
    expect(Object.keys(inserted.doc.touchpoints)).toHaveLength(
      2 * Object.keys(doc.touchpoints).length,
    );
    expect(applyOp(inserted.doc, inserted.inverse).doc).toEqual(doc);
  });

  it('refuses a journey that does not exist', () => {
    const { doc } = hotelDoc();
    expect(() => duplicateJourney(doc, 'nope', { name: 'x', orderKey: 'a1' })).toThrow();
  });
});

describe('futureStateOf', () => {
  it('is a future-state copy linked to the current journey, and nothing else points back', () => {
    const { doc, journeyId } = hotelDoc();
    const future = futureStateOf(doc, journeyId, { orderKey: 'a1', makeId: counter('f') });
    const journey = future.journeys![0]!;
    expect(journey).toMatchObject({
      state: 'future',
      currentJourneyId: journeyId,
      name: 'Booking a hotel for a business trip (future state)',
    });
    const inside = idsOf(future);
    const originalRows = new Set(
      [doc.stages, doc.lanes, doc.touchpoints, doc.connections, doc.journeys].flatMap((t) =>
        Object.keys(t),
      ),
    );
    for (const ref of references(future)) {
      if (ref.field === 'currentJourneyId') expect(ref.id).toBe(journeyId);
      else if (ref.field !== 'personaId') expect(inside.has(ref.id)).toBe(true);
      if (ref.field !== 'currentJourneyId') expect(originalRows.has(ref.id)).toBe(false);
    }
    const next = applyOp(doc, { type: 'insertRows', rows: future }).doc;
    expect(next.journeys[journey.id]?.currentJourneyId).toBe(journeyId);
  });

  it('takes a given name, and refuses to start from a future state', () => {
    const { doc, journeyId } = hotelDoc();
    const future = futureStateOf(doc, journeyId, { orderKey: 'a1', name: 'To be' });
    expect(future.journeys![0]!.name).toBe('To be');
    const next = applyOp(doc, { type: 'insertRows', rows: future }).doc;
    expect(() => futureStateOf(next, future.journeys![0]!.id, { orderKey: 'a2' })).toThrow(
      /current-state/,
    );
  });
});
