import type Database from 'better-sqlite3';
import { ApiError, errorMessage } from '../../shared/api/errors';
import { emptyDoc, getEntity } from '../../shared/model/doc';
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
import { parseRaw, readProject, readRaw } from './projectRows';
import { deleteSql, toRow, upsertSql } from './rows';
import { MediaStore } from './media/mediaStore';

export { readProject } from './projectRows';

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
  /** The stored bytes of attached files; null when the file is open for reading only. */
  readonly media: MediaStore | null;
  /** Applies ops in order, all in one transaction: either every op is on disk or none is. */
  apply(ops: readonly Op[]): void;
  close(): void;
}

/**
 * The store's write statements, each prepared when first used: an open prepares none, and a
 * session of edits to cards prepares only the card table's.
 */
class Statements {
  private readonly prepared = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  private get(key: string, sql: () => string): Database.Statement {
    let statement = this.prepared.get(key);
    if (!statement) {
      statement = this.db.prepare(sql());
      this.prepared.set(key, statement);
    }
    return statement;
  }

  upsert(table: EntityTable): Database.Statement {
    return this.get(`upsert ${table}`, () => upsertSql(table));
  }

  remove(table: EntityTable): Database.Statement {
    return this.get(`remove ${table}`, () => deleteSql(table));
  }

  setMeta(key: string, value: string): void {
    const sql = () =>
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value';
    this.get('meta', sql).run(key, value);
  }
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
  readonly media: MediaStore;

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
    this.statements = new Statements(db);
    this.media = new MediaStore(db);
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
    this.requireStoredMedia(next, touched);
    this.write(next, touched);
    this.current = next;
    this.applied += 1;
  }

  /**
   * An attachment row may only name bytes the file holds: an undo that brings one back after
   * its bytes were reclaimed (a reopened project) is refused in words, not by a foreign key.
   */
  private requireStoredMedia(doc: ProjectDoc, touched: Touched[]): void {
    for (const t of touched) {
      if (t.table !== 'attachments') continue;
      const row = getEntity(doc, 'attachments', t.id);
      if (row && !getEntity(this.current, 'attachments', t.id) && !this.media.has(row.blobHash)) {
        throw new ApiError(
          'not_found',
          `“${row.fileName}” is no longer stored in this project (files taken off cards are let go when the project closes), so it cannot be attached again. Add the file anew.`,
        );
      }
    }
  }

  /** Writes only the touched rows: parents first on insert, children first on delete. */
  private write(doc: ProjectDoc, touched: Touched[]): void {
    const ordered = [...touched].sort((a, b) => rank(a) - rank(b));
    const tx = this.db.transaction(() => {
      for (const t of ordered) {
        if (t.table === 'info') {
          this.statements.setMeta('name', doc.info.name);
          continue;
        }
        const entity = getEntity(doc, t.table, t.id);
        if (entity) this.statements.upsert(t.table).run(toRow(t.table, entity));
      }
      for (const t of ordered.reverse()) {
        if (t.table !== 'info' && !getEntity(doc, t.table, t.id)) {
          this.statements.remove(t.table).run(t.id);
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
      // No window's undo history outlives the open project: bytes no card names can go now.
      this.media.collectUnreferenced();
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      this.db.close();
      this.held.release();
    }
  }
}

/** A file Wayline may not write: the document as it was read, shown, presented and exported. */
class ReadOnlyProjectStore implements ProjectStore {
  readonly media = null;
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
    // The file must not stay open (or keep its -wal next to it) if anything here fails.
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
    const statements = new Statements(fresh);
    statements.setMeta('name', doc.info.name);
    statements.setMeta('createdAt', doc.info.createdAt);
    for (const table of ENTITY_TABLES) {
      for (const entity of Object.values(doc[table]))
        statements.upsert(table).run(toRow(table, entity));
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
