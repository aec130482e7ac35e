import { describe, expect, it } from 'vitest';
import { fromWire, toWire } from '../../shared/api/wire';
import { decodeDoc, docFromTables, encodeDoc } from '../../shared/api/wireDoc';
import { putRow } from '../../shared/model/doc';
import { makeTouchpoint } from '../../shared/model/factories';
import { createLifecycleProject } from '../../shared/model/templates';
import type { ProjectDoc, Touchpoint } from '../../shared/model/types';

function richDoc(): ProjectDoc {
  const doc = createLifecycleProject('Wire', '2026-12-02T00:00:00.000Z');
  const stage = Object.values(doc.stages)[0]!;
  const lane = Object.values(doc.lanes).find((l) => l.kind === 'touchpoints')!;
  for (let i = 0; i < 40; i++) {
    const card = makeTouchpoint({
      id: `tp-${i}`,
      journeyId: stage.journeyId,
      stageId: stage.id,
      laneId: lane.id,
      title: `Card ${i}`,
    });
    putRow(doc.touchpoints as Record<string, unknown>, card.id, { ...card, orderKey: `a${i}` });
  }
  const card = doc.touchpoints['tp-0'] as Touchpoint;
  // A list field, a flag, text in other scripts, and an id that is also a prototype key.
  const odd = {
    ...card,
    id: '__proto__',
    title: 'مرحبا 你好 😀',
    tags: ['a', 'b'],
    momentOfTruth: true,
  };
  putRow(doc.touchpoints as Record<string, unknown>, odd.id, odd);
  return doc;
}

describe('the document as tables of values', () => {
  it('comes back equal, key for key, through JSON', () => {
    const doc = richDoc();
    const back = decodeDoc(JSON.parse(JSON.stringify(encodeDoc(doc))));
    expect(back).toEqual(doc);
    expect(Object.hasOwn(back.touchpoints, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(back.touchpoints)).toBe(Object.prototype);
  });

  it('is about half the JSON text of the document', () => {
    const doc = richDoc();
    const wire = JSON.stringify(encodeDoc(doc)).length;
    expect(wire).toBeLessThan(JSON.stringify(doc).length * 0.75);
  });

  it('keeps a row lacking a field as the row, so nothing becomes null', () => {
    const doc = richDoc();
    const card = doc.touchpoints['tp-1'] as Partial<Touchpoint> & { id: string };
    delete card.description;
    const back = decodeDoc(JSON.parse(JSON.stringify(encodeDoc(doc))));
    expect(back.touchpoints[card.id]).toEqual(card);
    expect('description' in (back.touchpoints[card.id] as object)).toBe(false);
  });

  it('codes only an opened project, and passes failures and other answers as they are', () => {
    const doc = richDoc();
    const opened = { ok: true as const, value: { path: '/p.wayline', doc, revision: 3 } };
    const sent = JSON.parse(JSON.stringify(toWire('project.open', opened)));
    expect(sent.value.doc).toBeUndefined();
    expect(sent.value).toMatchObject({ path: '/p.wayline', revision: 3 });
    expect(fromWire('project.open', sent)).toEqual(opened);
    const failure = { ok: false as const, error: { code: 'io' as const, message: 'x' } };
    expect(toWire('project.load', failure)).toBe(failure);
    const other = { ok: true as const, value: { revision: 4 } };
    expect(toWire('project.applyOps', other)).toBe(other);
    expect(fromWire('toString', other)).toBe(other);
  });

  it('sends a document made from tables as those tables, and makes its rows when first read', () => {
    const wire = JSON.parse(JSON.stringify(encodeDoc(richDoc())));
    const doc = docFromTables(wire);
    expect(encodeDoc(doc)).toBe(wire);
    expect(doc).toEqual(decodeDoc(wire));
    expect(JSON.parse(JSON.stringify(doc))).toEqual(JSON.parse(JSON.stringify(decodeDoc(wire))));
    expect(Object.keys(doc)).toEqual(Object.keys(decodeDoc(wire)));
    // An edit makes a new document: it is encoded from its own rows.
    const extra = { ...doc.touchpoints['tp-1']!, id: 'extra', title: 'Added' };
    const edited = { ...doc, touchpoints: { ...doc.touchpoints, extra } };
    expect(encodeDoc(edited)).not.toBe(wire);
    expect(decodeDoc(encodeDoc(edited)).touchpoints.extra).toEqual(extra);
  });

  it('encodes a document made from tables afresh once one of its tables is set', () => {
    const wire = JSON.parse(JSON.stringify(encodeDoc(richDoc())));
    const doc = docFromTables(wire);
    (doc as { touchpoints: ProjectDoc['touchpoints'] }).touchpoints = {};
    expect(doc.touchpoints).toEqual({});
    const sent = encodeDoc(doc);
    expect(sent).not.toBe(wire);
    expect(sent.tables.touchpoints.rows).toEqual([]);
  });

  it('sends each id a reference names once per table, and a row its place', () => {
    const doc = richDoc();
    const wire = JSON.parse(JSON.stringify(encodeDoc(doc)));
    const cards = wire.tables.touchpoints;
    const stage = cards.fields.indexOf('stageId');
    const source = cards.fields.indexOf('sourceId');
    expect(cards.ids[stage]).toEqual([
      ...new Set(Object.values(doc.touchpoints).map((t) => t.stageId)),
    ]);
    expect(cards.rows.every((row: unknown[]) => typeof row[stage] === 'number')).toBe(true);
    // A reference a card does not have stays null, and a field that is not one has no list.
    expect(cards.rows.every((row: unknown[]) => row[source] === null)).toBe(true);
    expect(cards.ids[cards.fields.indexOf('title')]).toBeNull();
    expect(decodeDoc(wire)).toEqual(doc);
  });
});
