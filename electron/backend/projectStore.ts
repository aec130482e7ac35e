import type Database from 'better-sqlite3';
import { ApiError, errorMessage } from '../../shared/api/errors';
import { emptyDoc, getEntity, putRow } from '../../shared/model/doc';
import { ENTITY_SCHEMAS } from '../../shared/model/schema';
import { createLifecycleProject } from '../../shared/model/templates';
import {
  ENTITY_TABLES,
  type EntityTable,
  type ProjectDoc,
  type RowSet,
} from '../../shared/model/types';
import { applyOp, type Touched } from '../../shared/ops/applyOp';
import { OpError } from '../../shared/ops/errors';
import type { Op } from '../../shared/ops/schema';
import type { FileIdentity } from './fileIdentity';
import { createProjectDatabase, openProjectDatabase } from './projectFile';
import { deleteSql, fromRow, selectAllSql, toRow, upsertSql } from './rows';

/** What the rest of the backend needs of a project; a seam for moving it to a utility process. */
export interface ProjectStore {
  /** The path it was opened by; re-pointed by handlers when that one no longer leads to it. */
  path: string;
  /** Which file this is (device and inode): another path to it is the same project. */
  readonly identity: FileIdentity;
  /** Set when the file could only be opened for reading: why, in words for the user. */
  readonly readOnly: { reason: string } | null;
  readonly doc: ProjectDoc;
  /**
   * Counts the edits applied since the file was opened (from `firstRevision`). A client sends
   * the revision its edits were made on, so edits made on a stale copy are refused rather than
   * interleaved.
   */
  readonly revision: number;
  /** Applies ops in order, all in one transaction: either every op is on disk or none is. */
  apply(ops: readonly Op[]): void;
  close(): void;
}

interface Statements {
  upsert: Record<EntityTable, Database.Statement>;
  remove: Record<EntityTable, Database.Statement>;
  setMeta: Database.Statement;
}

function prepare(db: Database.Database): Statements {
  const upsert = {} as Record<EntityTable, Database.Statement>;
  const remove = {} as Record<EntityTable, Database.Statement>;
  for (const table of ENTITY_TABLES) {
    upsert[table] = db.prepare(upsertSql(table));
    remove[table] = db.prepare(deleteSql(table));
  }
  const setMeta = db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  return { upsert, remove, setMeta };
}

type Row = Record<string, unknown>;

/** The rows as SQLite returns them, before any check: what the look and the lock compare. */
interface RawProject {
  meta: { key: string; value: string }[];
  tables: Record<EntityTable, Row[]>;
}

/** A project as read: its raw rows and the document checked from them. */
interface ReadProject {
  raw: RawProject;
  doc: ProjectDoc;
}

function readRaw(db: Database.Database): RawProject {
  const meta = db.prepare('SELECT key, value FROM meta').all() as RawProject['meta'];
  const tables = {} as Record<EntityTable, Row[]>;
  for (const table of ENTITY_TABLES) tables[table] = db.prepare(selectAllSql(table)).all() as Row[];
  return { meta, tables };
}

function parseRaw(raw: RawProject): ProjectDoc {
  const meta = new Map(raw.meta.map((r) => [r.key, r.value]));
  const doc = emptyDoc(meta.get('name') ?? 'Untitled project', meta.get('createdAt') ?? '');
  for (const table of ENTITY_TABLES) {
    const target = doc[table] as Record<string, unknown>;
    for (const row of raw.tables[table]) {
      // A hand-edited file must not smuggle malformed rows (or prototype keys) into the app.
      const parsed = ENTITY_SCHEMAS[table].safeParse(fromRow(table, row));
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

/** Row for row, column for column, the same plain values (SQLite gives text, numbers, null). */
function sameRows(a: readonly Row[], b: readonly Row[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((row, i) => {
    const other = b[i] as Row;
    const keys = Object.keys(row);
    if (keys.length !== Object.keys(other).length) return false;
    return keys.every((k) => {
      const v = row[k];
      return (v === null || typeof v !== 'object') && Object.is(v, other[k]);
    });
  });
}

const sameRaw = (a: RawProject, b: RawProject) =>
  sameRows(a.meta, b.meta) && ENTITY_TABLES.every((t) => sameRows(a.tables[t], b.tables[t]));

/**
 * Reads and checks the project. Under the lock, the rows the look at the private copy already
 * checked are not checked again when SQLite returns exactly the same ones (the common case);
 * anything that differs is read and checked afresh.
 */
export function readProject(db: Database.Database, looked?: ReadProject): ReadProject {
  const raw = readRaw(db);
  return looked && sameRaw(looked.raw, raw) ? looked : { raw, doc: parseRaw(raw) };
}

/**
 * A write SQLite could not make (a full disk, an I/O error), in words: the transaction was
 * rolled back, so the file and the open document are both still as they were before the edit.
 */
function writeFailure(err: unknown): unknown {
  const code = (err as { code?: string }).code ?? '';
  if (code === 'SQLITE_FULL') {
    return new ApiError(
      'io',
      'The disk is full, so this edit was not saved; the project is as it was before it. Free some space, then try again.',
    );
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new ApiError(
      'io',
      `This edit could not be written to the project file (${(err as Error).message}), so it was not saved; the project is as it was before it.`,
    );
  }
  return err;
}

const rank = (t: Touched) => (t.table === 'info' ? -1 : ENTITY_TABLES.indexOf(t.table));

/** Where a store's file is and how to let go of it. */
interface Held {
  path: string;
  identity: FileIdentity;
  /** Ends the process's hold on the file, once its connection is closed. */
  release: () => void;
}

class SqliteProjectStore implements ProjectStore {
  path: string;
  readonly identity: FileIdentity;
  readonly readOnly = null;
  private current: ProjectDoc;
  private applied: number;
  private readonly statements: Statements;

  constructor(
    private readonly held: Held,
    private readonly db: Database.Database,
    doc: ProjectDoc,
    firstRevision: number,
  ) {
    this.path = held.path;
    this.identity = held.identity;
    this.applied = firstRevision;
    this.current = doc;
    this.statements = prepare(db);
  }

  get doc(): ProjectDoc {
    return this.current;
  }

  get revision(): number {
    return this.applied;
  }

  apply(ops: readonly Op[]): void {
    let next = this.current;
    const touched: Touched[] = [];
    for (const op of ops) {
      try {
        const result = applyOp(next, op);
        next = result.doc;
        touched.push(...result.touched);
      } catch (err) {
        if (err instanceof OpError)
          throw new ApiError('op_rejected', `The edit was refused: ${err.message}`);
        throw err;
      }
    }
    this.write(next, touched);
    this.current = next;
    this.applied += 1;
  }

  /** Writes only the touched rows: parents first on insert, children first on delete. */
  private write(doc: ProjectDoc, touched: Touched[]): void {
    const ordered = [...touched].sort((a, b) => rank(a) - rank(b));
    const tx = this.db.transaction(() => {
      for (const t of ordered) {
        if (t.table === 'info') {
          this.statements.setMeta.run('name', doc.info.name);
          continue;
        }
        const entity = getEntity(doc, t.table, t.id);
        if (entity) this.statements.upsert[t.table].run(toRow(t.table, entity));
      }
      for (const t of ordered.reverse()) {
        if (t.table !== 'info' && !getEntity(doc, t.table, t.id)) {
          this.statements.remove[t.table].run(t.id);
        }
      }
    });
    try {
      tx.immediate();
    } catch (err) {
      throw writeFailure(err);
    }
  }

  close(): void {
    if (!this.db.open) return;
    // Fold the WAL back into the file so it is one self-contained file when the app is closed.
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      this.db.close();
      this.held.release();
    }
  }
}

/** A file Wayline may not write: the document as it was read, shown, presented and exported. */
class ReadOnlyProjectStore implements ProjectStore {
  constructor(
    public path: string,
    readonly identity: FileIdentity,
    readonly doc: ProjectDoc,
    readonly revision: number,
    readonly readOnly: { reason: string },
  ) {}

  apply(): void {
    throw new ApiError('read_only', `This project cannot be changed. ${this.readOnly.reason}`);
  }

  close(): void {}
}

export interface StoreOptions {
  /**
   * Where the revision count starts. A backend that opens several projects in turn starts each
   * above every revision it has handed out, so a tab still holding an old project's revision
   * can never pass for up to date in the new one.
   */
  firstRevision?: number;
  /**
   * Sees the writable connection once the file is open, before the first edit. Tests put TEMP
   * triggers there to watch the writes, since a file's own triggers are refused.
   */
  onConnection?: (db: Database.Database) => void;
}

export function openProjectStore(path: string, options: StoreOptions = {}): ProjectStore {
  // readProject refuses bad rows: openProjectDatabase runs it before anything writes to the
  // file, and again under the lock, where it reads the document the store starts from.
  const opened = openProjectDatabase(path, readProject);
  const { identity, release } = opened;
  const doc = opened.value.doc;
  const revision = options.firstRevision ?? 0;
  if (opened.db === null) {
    return new ReadOnlyProjectStore(path, identity, doc, revision, opened.readOnly);
  }
  const db = opened.db;
  try {
    options.onConnection?.(db);
    return new SqliteProjectStore({ path, identity, release }, db, doc, revision);
  } catch (err) {
    // The file must not stay open (or keep its -wal next to it) if preparing statements fails.
    db.close();
    release();
    throw err;
  }
}

export interface CreateOptions extends StoreOptions {
  /** What the project starts with instead of the starter journey: an imported file's rows. */
  rows?: RowSet;
}

/** The first document of a new project: the starter journey, or the rows it is created from. */
function firstDoc(name: string, createdAt: string, rows: RowSet | undefined): ProjectDoc {
  if (!rows) return createLifecycleProject(name, createdAt);
  try {
    return applyOp(emptyDoc(name, createdAt), { type: 'insertRows', rows }).doc;
  } catch (err) {
    throw new ApiError(
      'op_rejected',
      `The project could not be made from those rows: ${errorMessage(err)}`,
    );
  }
}

/**
 * Creates a project file with the starter journey (or the given rows), written in one
 * transaction. The rows are checked before the file is made, so a refusal leaves nothing behind.
 */
export function createProjectStore(
  path: string,
  name: string,
  now = new Date(),
  options: CreateOptions = {},
): ProjectStore {
  const doc = firstDoc(name, now.toISOString(), options.rows);
  const { db, identity, release } = createProjectDatabase(path, (fresh) => {
    const statements = prepare(fresh);
    statements.setMeta.run('name', doc.info.name);
    statements.setMeta.run('createdAt', doc.info.createdAt);
    for (const table of ENTITY_TABLES) {
      for (const entity of Object.values(doc[table]))
        statements.upsert[table].run(toRow(table, entity));
    }
  });
  try {
    // Read back rather than trusted: the store starts from what the file really holds.
    const held = { path, identity, release };
    return new SqliteProjectStore(held, db, parseRaw(readRaw(db)), options.firstRevision ?? 0);
  } catch (err) {
    db.close();
    release();
    throw err;
  }
}
