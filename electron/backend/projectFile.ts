import Database from 'better-sqlite3';
import { accessSync, constants, lstatSync } from 'node:fs';
import { dirname } from 'node:path';
import { ApiError } from '../../shared/api/errors';
import { enterWal, LOCK_WAIT_MS, prepareConnection } from './connection';
import { holdFile, identify, SQLITE_SIDE_SUFFIXES, type FileIdentity } from './fileIdentity';
import { migrate, SCHEMA_VERSION } from './migrations';
import {
  checkApplicationId,
  checkHeader,
  IN_USE_MESSAGE,
  isBusy,
  readProjectHeader,
} from './projectHeader';
import { lookAtCopy } from './projectLook';
import { checkSchema } from './schemaCheck';

export { readProjectHeader, WAYLINE_APPLICATION_ID, type ProjectHeader } from './projectHeader';
export { createProjectDatabase } from './newProjectFile';

interface Opened<T> {
  /** What `read` returned: under the lock, or on the look at a read-only file. */
  value: T;
  identity: FileIdentity;
  /** Ends this process's hold on the file; call it once the connection is closed. */
  release: () => void;
}

/** Locked and writable, or read-only with the reason (then nothing holds the file open). */
export type OpenedProject<T> = Opened<T> &
  ({ db: Database.Database; readOnly: null } | { db: null; readOnly: { reason: string } });

/**
 * Reads what the caller keeps of a project. Under the lock it is also given what the look at
 * the private copy read, so it may reuse the checks made there when the file holds the same.
 * At the look it may be given the exact bytes of the database it reads (see lookAtCopy).
 */
export type ReadProject<T> = (db: Database.Database, looked?: T, bytes?: Buffer | null) => T;

const VIEW_ONLY = 'You can view, present and export it; editing is off.';

/** Why this process cannot write the file or keep SQLite's journal beside it, if it cannot. */
function writeBlocker(identity: FileIdentity): string | null {
  try {
    accessSync(identity.realPath, constants.W_OK);
  } catch {
    return `The project file is read-only. ${VIEW_ONLY}`;
  }
  try {
    accessSync(dirname(identity.realPath), constants.W_OK);
  } catch {
    return `The folder the project is in is read-only, and SQLite needs to write its journal beside the file. ${VIEW_ONLY}`;
  }
  return null;
}

/** SQLite failures that mean "may not write here" rather than a damaged or busy file. */
function isWriteRefused(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? '';
  return /^SQLITE_(READONLY|CANTOPEN|PERM|AUTH)/.test(code);
}

/** Refuses a -wal, -shm or -journal that is not a plain file: SQLite would open it blindly. */
function requirePlainSideFiles(path: string): void {
  for (const suffix of SQLITE_SIDE_SUFFIXES) {
    const stat = lstatSync(path + suffix, { throwIfNoEntry: false });
    if (stat && !stat.isFile()) {
      throw new ApiError(
        'not_wayline',
        `Beside this project there is a "${suffix}" that is not a plain file, so SQLite cannot use it safely. Nothing was changed.`,
      );
    }
  }
}

/**
 * The writable connection: under its exclusive lock the version and schema are checked again
 * and `read` runs inside the migration's transaction, so a file another program changed since
 * the look is refused, and rolls the migration back. Only then is it switched to WAL.
 */
function openWritable<T>(path: string, read: ReadProject<T>, looked: T): OpenedProject<T> {
  const db = new Database(path, { fileMustExist: true, timeout: LOCK_WAIT_MS });
  try {
    prepareConnection(db);
    const value = db
      .transaction(() => {
        const userVersion = db.pragma('user_version', { simple: true }) as number;
        const applicationId = db.pragma('application_id', { simple: true }) as number;
        checkHeader({ applicationId, userVersion });
        checkSchema(db, userVersion);
        migrate(db);
        return read(db, looked);
      })
      .immediate();
    enterWal(db);
    const identity = identify(path);
    return { db, value, identity, readOnly: null, release: holdFile(identity) };
  } catch (err) {
    db.close();
    if (isBusy(err)) throw new ApiError('in_use', IN_USE_MESSAGE);
    throw err;
  }
}

/**
 * Opens an existing project file, refusing foreign, damaged, newer, altered and in-use files
 * without changing a byte of them or leaving a side file. The look at a private copy judges
 * the file first (`read` runs there, on a migrated copy for an older file); a file this
 * process may not write is then kept as that look read it, read-only, and nothing holds it.
 */
export function openProjectDatabase<T>(path: string, read: ReadProject<T>): OpenedProject<T> {
  const header = readProjectHeader(path);
  checkApplicationId(header.applicationId);
  if (header.userVersion > SCHEMA_VERSION) checkHeader(header);
  // SQLite follows a link to the file and keeps its -wal beside the target: so do we.
  const identity = identify(path);
  const real = identity.realPath;
  requirePlainSideFiles(real);
  const looked = lookAtCopy(real, (db, bytes) => read(db, undefined, bytes));
  const readOnly = (reason: string): OpenedProject<T> => ({
    db: null,
    value: looked,
    identity,
    readOnly: { reason },
    release: () => {},
  });
  const blocker = writeBlocker(identity);
  if (blocker !== null) return readOnly(blocker);
  try {
    return openWritable(real, read, looked);
  } catch (err) {
    if (err instanceof ApiError) throw err;
    if (isWriteRefused(err)) {
      return readOnly(
        `Wayline may not write to this file (${(err as Error).message}). ${VIEW_ONLY}`,
      );
    }
    throw new ApiError('io', `Could not open the project: ${(err as Error).message}`);
  }
}
