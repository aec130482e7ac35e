import { describe, expect, it } from 'vitest';
import { sampleDoc, touchpoint } from '../../test/unit/fixtures';
import { copyRows } from '../model/doc';
import type { ProjectDoc } from '../model/types';
import { applyOp } from './applyOp';
import type { Op } from './schema';

/** The table's ids as Object.keys gives them: what every copy must hold, in this order. */
const keysOf = (doc: ProjectDoc) => Object.keys(doc.touchpoints);

describe('copies of a table keep every row across edits (ids listed once per copy)', () => {
  it('a run of edits, inserts and deletes leaves exactly the rows Object.keys finds', () => {
    let doc = sampleDoc();
    const steps: Op[] = [
      { type: 'updateTouchpoint', id: 't1', patch: { title: 'a' } },
      { type: 'updateTouchpoint', id: 't1', patch: { title: 'ab' } },
      { type: 'insertRows', rows: { touchpoints: [touchpoint('n1', 's1', 'l1', 'a9')] } },
      // An edit after the insert copies the table made by it: the new row must come along.
      { type: 'updateTouchpoint', id: 't2', patch: { title: 'c' } },
      { type: 'deleteRows', ids: { touchpoints: ['t3'] } },
      { type: 'updateTouchpoint', id: 'n1', patch: { title: 'new' } },
      {
        type: 'batch',
        ops: [
          { type: 'insertRows', rows: { touchpoints: [touchpoint('n2', 's2', 'l1', 'a9')] } },
          { type: 'updateTouchpoint', id: 'n2', patch: { title: 'in batch' } },
          { type: 'deleteRows', ids: { touchpoints: ['t4'] } },
        ],
      },
      { type: 'updateTouchpoint', id: 't5', patch: { title: 'last' } },
    ];
    for (const op of steps) {
      doc = applyOp(doc, op).doc;
      expect(Object.keys(copyRows(doc.touchpoints))).toEqual(keysOf(doc));
    }
    expect(keysOf(doc).sort()).toEqual(['n1', 'n2', 't1', 't2', 't5', 't9']);
    expect(doc.touchpoints.n1?.title).toBe('new');
    expect(doc.touchpoints.n2?.title).toBe('in batch');
  });

  it('undoing a delete brings the row back into later copies', () => {
    const start = sampleDoc();
    const deleted = applyOp(start, { type: 'deleteRows', ids: { touchpoints: ['t2'] } });
    const edited = applyOp(deleted.doc, {
      type: 'updateTouchpoint',
      id: 't1',
      patch: { title: 'x' },
    });
    const undone = applyOp(edited.doc, deleted.inverse);
    const after = applyOp(undone.doc, {
      type: 'updateTouchpoint',
      id: 't1',
      patch: { title: 'y' },
    });
    expect(after.doc.touchpoints.t2).toEqual(start.touchpoints.t2);
    expect(Object.keys(copyRows(after.doc.touchpoints))).toEqual(keysOf(after.doc));
  });

  it('keeps an id named like a property of Object.prototype as an ordinary row', () => {
    const doc = sampleDoc();
    const odd = { ...touchpoint('__proto__', 's1', 'l1', 'a8'), title: 'odd' };
    const inserted = applyOp(doc, { type: 'insertRows', rows: { touchpoints: [odd] } }).doc;
    const edited = applyOp(inserted, {
      type: 'updateTouchpoint',
      id: 't1',
      patch: { title: 'z' },
    }).doc;
    expect(Object.getPrototypeOf(edited.touchpoints)).toBe(Object.prototype);
    expect(Object.keys(edited.touchpoints)).toContain('__proto__');
    expect(Object.getOwnPropertyDescriptor(edited.touchpoints, '__proto__')?.value.title).toBe(
      'odd',
    );
  });
});
