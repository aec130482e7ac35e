import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { ApiError } from '../../shared/api/errors';
import { withMigratedCopy } from './migratedCopy';
import { migrate, SCHEMA_VERSION } from './migrations';

/** "WAYL": marks a SQLite file as a Wayline project (PRAGMA application_id). */
export const WAYLINE_APPLICATION_ID = 0x5741594c;

const SQLITE_MAGIC = 'SQLite format 3\u0000';
const HEADER_SIZE = 100;

export interface ProjectHeader {
  applicationId: number;
  userVersion: number;
}

/**
 * Reads the 100-byte SQLite header with plain file I/O: a foreign or newer file is judged
 * without SQLite ever opening it, so not a byte of it can change.
 */
export function readProjectHeader(path: string): ProjectHeader {
  if (!existsSync(path)) throw new ApiError('not_found', `There is no file at ${path}.`);
  if (!statSync(path).isFile()) throw new ApiError('not_wayline', `${path} is not a file.`);
  const header = Buffer.alloc(HEADER_SIZE);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, HEADER_SIZE, 0);
  } finally {
    closeSync(fd);
  }
  if (read < HEADER_SIZE || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    throw new ApiError(
      'not_wayline',
      'This file is not a Wayline project (it is not a SQLite database). It was not changed.',
    );
  }
  return { userVersion: header.readUInt32BE(60), applicationId: header.readUInt32BE(68) };
}

function checkHeader({ applicationId, userVersion }: ProjectHeader): void {
  if (applicationId !== WAYLINE_APPLICATION_ID) {
    throw new ApiError(
      'not_wayline',
      'This is a SQLite database from another program, not a Wayline project. It was not changed.',
    );
  }
  if (userVersion > SCHEMA_VERSION) {
    throw new ApiError(
      'newer_version',
      `This project was made by a newer version of Wayline (file format ${userVersion}; this version reads up to ${SCHEMA_VERSION}). Update Wayline to open it. The file was not changed.`,
    );
  }
}

/** How long to wait for a lock another connection holds before saying the file is in use. */
const LOCK_WAIT_MS = 250;

function isBusy(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? '';
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}

const IN_USE_MESSAGE =
  'This project is open in another Wayline window or program. Close it there, then try again.';

/** Turns a SQLite failure while reading a file we are judging into an error the UI can show. */
function refusal(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (isBusy(err)) return new ApiError('in_use', IN_USE_MESSAGE);
  if ((err as { code?: string }).code === 'SQLITE_READONLY_ROLLBACK') {
    // A hot rollback journal: another program was interrupted while writing this file.
    return new ApiError(
      'corrupt',
      'Another program was interrupted while writing this file, and it needs recovering first (open it once in that program or the sqlite3 tool). It was not changed.',
    );
  }
  return new ApiError(
    'corrupt',
    `This project file is damaged and cannot be read (${(err as Error).message}). It was not changed.`,
  );
}

/**
 * Removes the -wal and -shm files our read-only look created, but only with the file to
 * ourselves: another program that opened it meanwhile may be using them, and unlinking a WAL
 * someone writes to loses their data. An exclusive lock, taken and released without writing,
 * proves nobody else has the file open; failing that, the empty files stay. Nothing is opened
 * when the look created nothing (a rollback-journal file), and never beside a rollback journal:
 * a writable connection would play a hot journal back into the file we just refused.
 */
function removeCreatedSideFiles(path: string, created: readonly string[]): void {
  const ours = created.filter((f) => existsSync(f));
  if (ours.length === 0 || existsSync(`${path}-journal`)) return;
  const wal = `${path}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) return;
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { fileMustExist: true, timeout: 0 });
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN IMMEDIATE; ROLLBACK;');
    for (const file of ours) rmSync(file, { force: true });
  } catch {
    // In use, or unreadable: leaving two empty helper files is the safe choice.
  } finally {
    db?.close();
  }
}

/**
 * What SQLite itself sees, on a read-only connection, before anything may write: the header on
 * disk can lag behind a WAL that was never checkpointed, quick_check finds damaged pages, and
 * foreign_key_check finds dangling rows. `inspect` then reads the rows (the store validates
 * them), of an older file through a migrated in-memory copy. A read-only connection never
 * folds a WAL into the file; the -wal and -shm files it may create are removed again, and ones
 * that were already there are left as they were.
 */
function checkReadOnly(path: string, inspect: (db: Database.Database) => unknown): void {
  const sideFiles = [`${path}-wal`, `${path}-shm`].filter((f) => !existsSync(f));
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, timeout: LOCK_WAIT_MS });
    // The version as SQLite sees it, WAL included: the plain header may still show an older one.
    const userVersion = db.pragma('user_version', { simple: true }) as number;
    checkHeader({
      applicationId: db.pragma('application_id', { simple: true }) as number,
      userVersion,
    });
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    const dangling = db.pragma('foreign_key_check') as unknown[];
    if (rows.length !== 1 || rows[0]?.quick_check !== 'ok' || dangling.length > 0) {
      throw new ApiError(
        'corrupt',
        'This project file is damaged (SQLite integrity checks failed). It was not changed.',
      );
    }
    if (userVersion === SCHEMA_VERSION) inspect(db);
    else withMigratedCopy(db, inspect);
  } catch (err) {
    throw refusal(err);
  } finally {
    db?.close();
    removeCreatedSideFiles(path, sideFiles);
  }
}

/** Settings every connection to a project file needs before its first read. */
function prepareConnection(db: Database.Database): void {
  // Exclusive: one Wayline at a time per file, or two in-memory copies would interleave their
  // rows. Set before the first WAL access, so SQLite keeps the WAL index in memory (no -shm).
  db.pragma('locking_mode = EXCLUSIVE');
  // FULL: a committed edit survives a power cut, not just an app crash.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

/** Switches a file known to be good to WAL and takes the lock now rather than at the first edit. */
function enterWal(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.exec('BEGIN IMMEDIATE; COMMIT;');
}

export interface OpenedProject<T> {
  db: Database.Database;
  /** What `read` returned on the writable connection, under its lock. */
  value: T;
}

/**
 * Opens an existing project file, refusing foreign, damaged, newer and in-use files without
 * changing them. `read` reads the rows and throws on any it refuses. It runs twice: first on a
 * read-only look (through a migrated in-memory copy for an older file), so a bad file is refused
 * before anything writes to it; then on the writable connection inside the migration's
 * transaction, under the lock, so rows another program changed in between roll the migration
 * back. Only a file that passed both is switched to WAL.
 */
export function openProjectDatabase<T>(
  path: string,
  read: (db: Database.Database) => T,
): OpenedProject<T> {
  const header = readProjectHeader(path);
  checkHeader(header);
  checkReadOnly(path, read);
  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: true, timeout: LOCK_WAIT_MS });
  } catch (err) {
    throw new ApiError('io', `Could not open the project: ${(err as Error).message}`);
  }
  try {
    prepareConnection(db);
    const value = db
      .transaction(() => {
        migrate(db);
        return read(db);
      })
      .immediate();
    enterWal(db);
    return { db, value };
  } catch (err) {
    db.close();
    if (isBusy(err)) throw new ApiError('in_use', IN_USE_MESSAGE);
    if (err instanceof ApiError) throw err;
    throw new ApiError('io', `Could not open the project: ${(err as Error).message}`);
  }
}

/**
 * Creates a new, empty project file; an existing file is never overwritten. The empty file is
 * made with O_EXCL, so a file (or a link) that appears after the friendly check is refused too.
 */
export function createProjectDatabase(path: string): Database.Database {
  const taken = () =>
    new ApiError('already_exists', `A file already exists at ${path}. Choose another name.`);
  if (existsSync(path)) throw taken();
  try {
    closeSync(openSync(path, 'wx'));
  } catch (err) {
    if ((err as { code?: string }).code === 'EEXIST') throw taken();
    throw new ApiError('io', `Could not create ${path}: ${(err as Error).message}`);
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { fileMustExist: true });
    db.pragma(`application_id = ${WAYLINE_APPLICATION_ID}`);
    prepareConnection(db);
    migrate(db);
    enterWal(db);
    return db;
  } catch (err) {
    // Leave nothing half-made behind: the file is ours, made above.
    db?.close();
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
    throw new ApiError('io', `Could not create ${path}: ${(err as Error).message}`);
  }
}
