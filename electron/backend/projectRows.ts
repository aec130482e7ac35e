import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors';
import { emptyDoc, putRow } from '../../shared/model/doc';
import { ENTITY_SCHEMAS } from '../../shared/model/schema';
import { ENTITY_TABLES, type EntityTable, type ProjectDoc } from '../../shared/model/types';
import { fromValues, selectAllSql } from './rows';

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

/** Each row checked against its entity's schema, once; any bad row refuses the whole file. */
export function parseRaw(raw: RawProject): ProjectDoc {
  const meta = new Map(raw.meta.map((r) => [r.key, r.value]));
  const doc = emptyDoc(meta.get('name') ?? 'Untitled project', meta.get('createdAt') ?? '');
  for (const table of ENTITY_TABLES) {
    const target = doc[table] as Record<string, unknown>;
    const schema = ENTITY_SCHEMAS[table];
    for (const values of raw.tables[table]) {
      // A hand-edited file must not smuggle malformed rows (or prototype keys) into the app.
      const parsed = schema.safeParse(fromValues(table, values));
      if (!parsed.success) {
        throw new ApiError(
          'corrupt',
          `This project file has an invalid row in ${table}; it was not changed.`,
        );
      }
      putRow(target, parsed.data.id, parsed.data);
    }
  }
  return doc;
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

/**
 * Reads and checks the project. Under the lock, the rows the look at the private copy already
 * checked are not checked again when SQLite returns exactly the same ones (the common case);
 * anything that differs is read and checked afresh.
 */
export function readProject(db: Database.Database, looked?: ReadProject): ReadProject {
  const raw = readRaw(db);
  return looked && sameRaw(looked.raw, raw) ? looked : { raw, doc: parseRaw(raw) };
}
