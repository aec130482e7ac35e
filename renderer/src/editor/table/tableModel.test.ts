import { describe, expect, it } from 'vitest';
import { hotelDoc } from '../../../../test/unit/dataFixtures';
import { fieldOfHeader } from '../../../../shared/import/csvColumns';
import { journeyList, stagesOf } from '../../../../shared/model/doc';
import { EMPTY_FILTER } from '../../../../shared/model/filter';
import { matchOption, pickOptions, readTypedCell } from './cellEdits';
import { clampCursor, moveCursor, moveOfKey } from './gridCursor';
import { TABLE_COLUMNS, type ColumnId } from './tableColumns';
import {
  cellText,
  filterRows,
  journeyRows,
  nextSort,
  NO_TABLE_FILTER,
  sortRows,
  type TableRow,
} from './tableRows';

const doc = hotelDoc();
const journeyId = journeyList(doc)[0]!.id;
const rows = journeyRows(doc, journeyId);
const column = (id: ColumnId) => TABLE_COLUMNS.find((c) => c.id === id)!;
const texts = (list: readonly TableRow[], id: ColumnId) => list.map((r) => cellText(r, column(id)));

describe('table columns', () => {
  it('are stage, lane and the touchpoint fields, named as the CSV names them', () => {
    expect(TABLE_COLUMNS.map((c) => c.header)).toEqual([
      'Stage',
      'Lane',
      'Title',
      'Channel',
      'Emotion',
      'Effort',
      'Need met',
      'Feeling in words',
      'Moment of truth',
      'Owner',
      'Tags',
    ]);
    // A pasted header row of these names is read by the CSV import as the same fields.
    for (const c of TABLE_COLUMNS) expect(fieldOfHeader(c.header)).toBe(c.id);
    expect(column('title').maxLength).toBe(500);
    expect(TABLE_COLUMNS.filter((c) => c.onNotes).map((c) => c.id)).toEqual([
      'stage',
      'lane',
      'title',
    ]);
  });
});

describe('table rows', () => {
  it('lists every card in journey order: stage by stage, lane by lane, then within the cell', () => {
    expect(rows).toHaveLength(31);
    expect(texts(rows.slice(0, 3), 'title')).toEqual([
      'Gets the meeting invite',
      'Reads the travel policy',
      '“What am I allowed to spend here?”',
    ]);
    expect(texts(rows.slice(0, 2), 'lane')).toEqual(['Customer actions', 'Touchpoints']);
    const policy = rows[1]!;
    expect(texts([policy], 'emotion')).toEqual(['Negative']);
    expect(texts([policy], 'effort')).toEqual(['5 · Fairly high']);
    // A note has no emotion: its cell is empty, not "Not rated".
    expect(texts([rows[0]!], 'emotion')).toEqual(['']);
  });

  it('sorts by a column, blanks last either way, ties in journey order', () => {
    const up = sortRows(rows, { column: 'emotion', direction: 'ascending' });
    expect(texts(up.slice(0, 2), 'title')).toEqual([
      'Surprise resort fee at checkout',
      'Queue at reception',
    ]);
    // The 20 notes have no emotion: they come last, in journey order.
    expect(up.slice(11).every((r) => r.isNote)).toBe(true);
    const down = sortRows(rows, { column: 'emotion', direction: 'descending' });
    expect(texts(down.slice(0, 1), 'title')).toEqual(['Mobile check-in and digital key']);
    expect(down.slice(11).every((r) => r.isNote)).toBe(true);
    // Stages sort in the map's order, not alphabetically.
    const byStage = sortRows(rows, { column: 'stage', direction: 'descending' });
    expect(texts([byStage[0]!], 'stage')).toEqual(['Expense']);
    expect(sortRows(up, null)).toEqual(rows);
  });

  it('cycles a header through ascending, descending and journey order', () => {
    const once = nextSort(null, 'title');
    expect(once).toEqual({ column: 'title', direction: 'ascending' });
    const twice = nextSort(once, 'title');
    expect(twice).toEqual({ column: 'title', direction: 'descending' });
    expect(nextSort(twice, 'title')).toBeNull();
    expect(nextSort(twice, 'owner')).toEqual({ column: 'owner', direction: 'ascending' });
  });

  it('filters by words in any shown cell, by stage, lane and emotion, and by the map search', () => {
    const by = (f: Partial<typeof NO_TABLE_FILTER>, search = null as typeof EMPTY_FILTER | null) =>
      filterRows(rows, { ...NO_TABLE_FILTER, ...f }, TABLE_COLUMNS, search);
    expect(by({ text: 'invoice' })).toHaveLength(4);
    expect(by({ text: 'front office' })).toHaveLength(2);
    const book = stagesOf(doc, journeyId).find((s) => s.name === 'Book')!;
    expect(by({ stageId: book.id })).toHaveLength(7);
    expect(texts(by({ stageId: book.id, emotion: '-2' }), 'title')).toEqual([
      'Surprise resort fee at checkout',
    ]);
    // Notes are never "not rated"; the hotel's touchpoints are all rated.
    expect(by({ emotion: 'none' })).toHaveLength(0);
    expect(by({}, { ...EMPTY_FILTER, momentOfTruthOnly: true })).toHaveLength(3);
  });
});

describe('the cursor', () => {
  const size = { rows: 31, cols: 9, page: 10 };
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'shiftKey', boolean>> = {}) =>
    moveOfKey({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

  it('moves with arrows, Home/End and pages, and stays inside the grid', () => {
    const at = { row: 1, col: 2 };
    expect(moveCursor(at, key('ArrowDown')!, size)).toEqual({ row: 2, col: 2 });
    expect(moveCursor(at, key('ArrowUp')!, size)).toEqual({ row: 0, col: 2 });
    expect(moveCursor({ row: 0, col: 0 }, key('ArrowUp')!, size)).toEqual({ row: 0, col: 0 });
    expect(moveCursor(at, key('End')!, size)).toEqual({ row: 1, col: 8 });
    expect(moveCursor(at, key('End', { ctrlKey: true })!, size)).toEqual({ row: 31, col: 8 });
    expect(moveCursor(at, key('Home', { ctrlKey: true })!, size)).toEqual({ row: 0, col: 0 });
    expect(moveCursor(at, key('PageDown')!, size)).toEqual({ row: 11, col: 2 });
    expect(moveCursor({ row: 30, col: 2 }, key('PageDown')!, size)).toEqual({ row: 31, col: 2 });
    // Page Up stops at the first card, not on the header.
    expect(moveCursor({ row: 5, col: 2 }, key('PageUp')!, size)).toEqual({ row: 1, col: 2 });
    expect(key('a')).toBeUndefined();
  });

  it('Tab runs along the row and on to the next; past the ends the focus leaves the grid', () => {
    expect(moveCursor({ row: 1, col: 8 }, key('Tab')!, size)).toEqual({ row: 2, col: 0 });
    expect(moveCursor({ row: 2, col: 0 }, key('Tab', { shiftKey: true })!, size)).toEqual({
      row: 1,
      col: 8,
    });
    expect(moveCursor({ row: 31, col: 8 }, key('Tab')!, size)).toBeUndefined();
    expect(moveCursor({ row: 0, col: 0 }, key('Tab', { shiftKey: true })!, size)).toBeUndefined();
  });

  it('is kept inside a grid that shrank', () => {
    expect(clampCursor({ row: 20, col: 3 }, { rows: 4, cols: 9, page: 1 })).toEqual({
      row: 4,
      col: 3,
    });
  });
});

describe('cell input', () => {
  it('reads typed cells as the CSV import does, and refuses what it would refuse', () => {
    expect(readTypedCell(column('tags'), 'price; search ;price')).toEqual({
      ok: true,
      value: ['price', 'search'],
    });
    expect(readTypedCell(column('title'), "'=1+1")).toEqual({ ok: true, value: "'=1+1" });
    const tooMany = readTypedCell(
      column('tags'),
      Array.from({ length: 31 }, (_, i) => `t${i}`).join(';'),
    );
    expect(tooMany.ok).toBe(false);
  });

  it('picks by number or word, and lists the journey’s stages and card lanes', () => {
    const emotions = pickOptions(column('emotion'), doc, journeyId);
    expect(emotions[matchOption(emotions, '-2')]!.value).toBe(-2);
    expect(emotions[matchOption(emotions, '2')]!.value).toBe(2);
    expect(emotions[matchOption(emotions, 'pos')]!.value).toBe(1);
    expect(emotions[matchOption(emotions, 'not')]!.value).toBeNull();
    const efforts = pickOptions(column('effort'), doc, journeyId);
    expect(efforts[matchOption(efforts, '7')]!.label).toBe('7 · Very high');
    expect(pickOptions(column('stage'), doc, journeyId).map((o) => o.label)).toEqual([
      'Plan',
      'Search',
      'Book',
      'Stay',
      'Expense',
    ]);
    // The emotion curve lane holds no cards, so no card can be moved into it.
    const lanes = pickOptions(column('lane'), doc, journeyId).map((o) => o.label);
    expect(lanes).toHaveLength(5);
    expect(lanes).not.toContain('Emotion curve');
  });
});

describe('the need-met column', () => {
  const needs = column('needsMet');
  const options = pickOptions(needs, doc, journeyId);

  it('lists not rated, then worst to best, picked by yes / partly / no or a 1–5 answer', () => {
    expect(options.map((o) => o.label)).toEqual(['Not rated', 'Not met', 'Partly met', 'Met']);
    const picked = (typed: string) => options[matchOption(options, typed)]?.value;
    expect(['5', 'yes', 'm'].map(picked)).toEqual(['met', 'met', 'met']);
    expect(['3', 'p'].map(picked)).toEqual(['partly', 'partly']);
    expect(['1', 'no'].map(picked)).toEqual(['notMet', 'notMet']);
  });

  it('reads a typed value as the CSV import does, and sorts worst first, not rated last', () => {
    expect(readTypedCell(needs, 'Partly met')).toEqual({ ok: true, value: 'partly' });
    expect(readTypedCell(needs, '')).toEqual({ ok: true, value: null });
    expect(readTypedCell(needs, 'perhaps').ok).toBe(false);
    const rated = rows
      .filter((r) => !r.isNote)
      .slice(0, 3)
      .map((r, i) => ({
        ...r,
        card: { ...r.card, needsMet: (['met', 'notMet', null] as const)[i]! },
      }));
    const sorted = sortRows(rated, { column: 'needsMet', direction: 'ascending' });
    expect(texts(sorted, 'needsMet')).toEqual(['Not met', 'Met', 'Not rated']);
  });
});
