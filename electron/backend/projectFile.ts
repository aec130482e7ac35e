import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { ApiError } from '../../shared/api/errors';
import { migrate, SCHEMA_VERSION } from './migrations';

/** "WAYL": marks a SQLite file as a Wayline project (PRAGMA application_id). */
export const WAYLINE_APPLICATION_ID = 0x5741594c;
export const PROJECT_EXTENSION = '.wayline';

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

/**
 * What SQLite itself sees, checked before anything writes: the header on disk can lag behind a
 * WAL that was never checkpointed, and quick_check finds damaged pages. The check runs on the
 * connection that will be used, because a read-only connection to a WAL file leaves -wal and
 * -shm files behind, while a writable one removes them when it closes.
 */
function checkContents(db: Database.Database): void {
  let ok: boolean;
  try {
    checkHeader({
      applicationId: db.pragma('application_id', { simple: true }) as number,
      userVersion: db.pragma('user_version', { simple: true }) as number,
    });
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    // quick_check does not look at foreign keys; a hand-edited file can still dangle.
    const dangling = db.pragma('foreign_key_check') as unknown[];
    ok = rows.length === 1 && rows[0]?.quick_check === 'ok' && dangling.length === 0;
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw new ApiError(
      'corrupt',
      `This project file is damaged and cannot be read (${(err as Error).message}). It was not changed.`,
    );
  }
  if (!ok) {
    throw new ApiError(
      'corrupt',
      'This project file is damaged (SQLite integrity checks failed). It was not changed.',
    );
  }
}

function configure(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  // FULL: a committed edit survives a power cut, not just an app crash.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

/** Opens an existing project file, refusing foreign, damaged and newer files untouched. */
export function openProjectDatabase(path: string): Database.Database {
  checkHeader(readProjectHeader(path));
  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: true });
  } catch (err) {
    throw new ApiError('io', `Could not open the project: ${(err as Error).message}`);
  }
  try {
    checkContents(db);
    configure(db);
    migrate(db);
    return db;
  } catch (err) {
    db.close();
    if (err instanceof ApiError) throw err;
    throw new ApiError('io', `Could not open the project: ${(err as Error).message}`);
  }
}

/** Creates a new, empty project file; an existing file is never overwritten. */
export function createProjectDatabase(path: string): Database.Database {
  if (existsSync(path)) {
    throw new ApiError('already_exists', `A file already exists at ${path}. Choose another name.`);
  }
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (err) {
    throw new ApiError('io', `Could not create ${path}: ${(err as Error).message}`);
  }
  try {
    db.pragma(`application_id = ${WAYLINE_APPLICATION_ID}`);
    configure(db);
    migrate(db);
    return db;
  } catch (err) {
    // Leave nothing half-made behind: the file did not exist before we started.
    db.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    throw new ApiError('io', `Could not create ${path}: ${(err as Error).message}`);
  }
}
