import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors';
import { docFromTables, WireTableWriter, type WireTable } from '../../shared/api/wireDoc';
import { emptyDoc } from '../../shared/model/doc';
import { fastFieldChecksOf, type FastCheck } from '../../shared/model/rowCheck';
import { ENTITY_SCHEMAS } from '../../shared/model/schema';
import { ENTITY_TABLES, type EntityTable, type ProjectDoc } from '../../shared/model/types';
import { columnsOf, selectAllSql, type Column } from './rows';

/** One row as SQLite returns it in raw mode: its columns' values in selectAllSql's order. */
type Values = readonly unknown[];

/** The rows as SQLite returns them, before any check: what the look and the lock compare. */
export interface RawProject {
  meta: { key: string; value: string }[];
  tables: Record<EntityTable, Values[]>;
}

/** A project as read: its raw rows and the document checked from them. */
export interface ReadProject {
  raw: RawProject;
  doc: ProjectDoc;
  /** The database's pages as SQLite reads them (null for a large file): what the lock compares. */
  image: Buffer | null;
}

/**
 * Every row of every table, as arrays rather than objects: no property names to create per row,
 * and comparing two reads is a walk over plain values.
 */
export function readRaw(db: Database.Database): RawProject {
  const meta = db.prepare('SELECT key, value FROM meta').all() as RawProject['meta'];
  const tables = {} as Record<EntityTable, Values[]>;
  for (const table of ENTITY_TABLES) {
    tables[table] = db.prepare(selectAllSql(table)).raw(true).all() as Values[];
  }
  return { meta, tables };
}

/** How a table's rows are read: each column's field and decoding, and each field's fast check. */
interface TableReading {
  columns: readonly Column[];
  /** The columns' fields: the table's field names as its rows are sent (wireDoc.ts). */
  fields: readonly string[];
  /** In column order; null when only zod can judge this table's rows. */
  checks: readonly FastCheck[] | null;
}

const READINGS = new Map<EntityTable, TableReading>();

function readingOf(table: EntityTable): TableReading {
  let reading = READINGS.get(table);
  if (!reading) {
    const columns = columnsOf(table);
    const fields = columns.map((c) => c.field);
    reading = { columns, fields, checks: fastFieldChecksOf(ENTITY_SCHEMAS[table], fields) };
    READINGS.set(table, reading);
  }
  return reading;
}

/** What no value equals: the first row has nothing above it (not even `undefined`). */
const NOTHING_ABOVE = Symbol('nothing above');

/**
 * A table's rows, each checked against its entity's schema once: the fast check derived from
 * the schema says yes to a row zod accepts as it is, and zod judges every other row, so a bad
 * row refuses the whole file with the same message as before. Each row is decoded and checked
 * value by value in one pass over its columns, into an array of its values in field order: the
 * form a window is sent (wireDoc.ts), so an opened project is sent without being encoded.
 */
function checkedTable(table: EntityTable, rawRows: readonly Values[]): WireTable {
  const { columns, fields, checks } = readingOf(table);
  const count = columns.length;
  const writer = new WireTableWriter(table, fields);
  // The values of the row accepted last: a field's check is a function of its value alone, and
  // rows in a row share many (a card's journey, stage and lane, an empty owner), so a value equal
  // to the one above it is not checked again (the id pattern alone was a fifth of the checking).
  let above: unknown[] = new Array<unknown>(count).fill(NOTHING_ABOVE);
  for (const values of rawRows) {
    // A new array: the raw rows stay as SQLite gave them, for the comparison under the lock.
    const row = new Array<unknown>(count);
    let accepted = checks !== null;
    for (let i = 0; i < count; i++) {
      const column = columns[i] as Column;
      const value = column.fromDb ? column.fromDb(values[i]) : values[i];
      row[i] = value;
      if (accepted && value !== above[i] && !(checks![i] as FastCheck)(value)) accepted = false;
    }
    // A copy: the writer puts each reference's place in the row it is given.
    if (accepted) above = row.slice();
    writer.add(accepted ? row : judgedByZod(table, fields, row));
  }
  return writer.table();
}

/** The row as zod makes it, or the refusal of the whole file. */
function judgedByZod(table: EntityTable, fields: readonly string[], values: unknown[]) {
  const row: Record<string, unknown> = {};
  for (let i = 0; i < fields.length; i++) row[fields[i] as string] = values[i];
  // A hand-edited file must not smuggle malformed rows (or prototype keys) into the app.
  const parsed = ENTITY_SCHEMAS[table].safeParse(row);
  if (!parsed.success) {
    throw new ApiError(
      'corrupt',
      `This project file has an invalid row in ${table}; it was not changed.`,
    );
  }
  return parsed.data as Record<string, unknown>;
}

/** The document of checked rows (checkedTable), made from the tables it is sent as. */
export function parseRaw(raw: RawProject): ProjectDoc {
  const meta = new Map(raw.meta.map((r) => [r.key, r.value]));
  const info = emptyDoc(meta.get('name') ?? 'Untitled project', meta.get('createdAt') ?? '').info;
  const tables = {} as Record<EntityTable, WireTable>;
  for (const table of ENTITY_TABLES) tables[table] = checkedTable(table, raw.tables[table]);
  return docFromTables({ info, tables });
}

/** The same plain value (SQLite gives text, numbers, null; anything else never matches). */
const samePlain = (a: unknown, b: unknown) =>
  (a === null || typeof a !== 'object') && Object.is(a, b);

function sameValues(a: readonly Values[], b: readonly Values[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const row = a[i] as Values;
    const other = b[i] as Values;
    if (row.length !== other.length) return false;
    for (let c = 0; c < row.length; c++) if (!samePlain(row[c], other[c])) return false;
  }
  return true;
}

const sameMeta = (a: RawProject['meta'], b: RawProject['meta']) =>
  a.length === b.length &&
  a.every((r, i) => samePlain(r.key, b[i]?.key) && samePlain(r.value, b[i]?.value));

const sameRaw = (a: RawProject, b: RawProject) =>
  sameMeta(a.meta, b.meta) && ENTITY_TABLES.every((t) => sameValues(a.tables[t], b.tables[t]));

/** The largest database whose pages are held in memory to compare the look with the lock. */
const MAX_IMAGE_BYTES = 64 * 1024 * 1024;

/**
 * Every page of the database as this connection sees it (its journal or WAL included), read by
 * SQLite's pager (`sqlite3_serialize`): the same bytes mean the same rows, and comparing them
 * costs a fraction of reading the rows. Null for a file too large to hold twice.
 */
function imageOf(db: Database.Database): Buffer | null {
  const pages = db.pragma('page_count', { simple: true }) as number;
  const size = db.pragma('page_size', { simple: true }) as number;
  return pages * size <= MAX_IMAGE_BYTES ? db.serialize() : null;
}

/**
 * Reads and checks the project. Under the lock, the rows the look at the private copy already
 * checked are not read or checked again when SQLite holds exactly the same pages (the common
 * case), nor checked again when it returns exactly the same rows; anything that differs is read
 * and checked afresh.
 */
export function readProject(
  db: Database.Database,
  looked?: ReadProject,
  bytes?: Buffer | null,
): ReadProject {
  // The bytes the look's copy was written from are its pages, without SQLite reading them again.
  const image = bytes ?? imageOf(db);
  if (looked?.image && image?.equals(looked.image)) return looked;
  const raw = readRaw(db);
  if (looked && sameRaw(looked.raw, raw)) return looked;
  return { raw, doc: parseRaw(raw), image };
}
