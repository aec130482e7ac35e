import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ApiError } from '../../shared/api/errors';
import { enterWal, prepareConnection } from './connection';
import {
  holdFile,
  identify,
  requireFreePath,
  SQLITE_SIDE_SUFFIXES,
  type FileIdentity,
} from './fileIdentity';
import { migrate } from './migrations';
import { WAYLINE_APPLICATION_ID } from './projectHeader';

export interface CreatedProject {
  db: Database.Database;
  identity: FileIdentity;
  /** Ends this process's hold on the file; call it once the connection is closed. */
  release: () => void;
}

const SIDE_SUFFIXES = ['', ...SQLITE_SIDE_SUFFIXES];

/** Filesystems without hard links (FAT, exFAT, some network shares) answer link() with these. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/** Why the file system refused, in words for the person who chose the folder. */
function refusedBecause(err: unknown, dir: string): string {
  switch ((err as { code?: string }).code) {
    case 'EACCES':
    case 'EPERM':
      return `Wayline may not write in the folder ${dir}`;
    case 'EROFS':
      return `the folder ${dir} is on a read-only disk`;
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    default:
      return (err as Error).message;
  }
}

/** Makes the folder's new entry durable; best effort, as not every filesystem allows it. */
function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // The rename itself has happened; only its durability across a power cut is less sure.
  }
}

/**
 * Gives the finished file its real name without ever replacing a file that appeared meanwhile:
 * link() fails with EEXIST where rename() would overwrite. Where hard links are not supported,
 * the name is checked once more and the file renamed.
 */
function moveIntoPlace(temp: string, path: string): void {
  try {
    linkSync(temp, path);
    rmSync(temp);
    return;
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (code === 'EEXIST') requireFreePath(path);
    if (!NO_HARD_LINKS.has(code)) throw err;
  }
  requireFreePath(path);
  renameSync(temp, path);
}

/** Writes the new project under a hidden name in rollback-journal mode: `fill` is its first transaction. */
function writeTemporary(temp: string, fill: (db: Database.Database) => void): void {
  closeSync(openSync(temp, 'wx'));
  const db = new Database(temp, { fileMustExist: true });
  try {
    db.pragma(`application_id = ${WAYLINE_APPLICATION_ID}`);
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.transaction(() => {
      migrate(db);
      fill(db);
    }).immediate();
  } finally {
    db.close();
  }
}

/**
 * Creates a new project file; an existing file (or link, or anything else) at `path` is never
 * overwritten. The file is written beside the target under a hidden temporary name and only
 * given its name once its first transaction has committed, so a crash never leaves a
 * half-made `.wayline`. It is then opened under its real name, so SQLite's -wal sits beside it.
 */
export function createProjectDatabase(
  path: string,
  fill: (db: Database.Database) => void,
): CreatedProject {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.creating`);
  let made: string;
  try {
    requireFreePath(path);
    writeTemporary(temp, fill);
    made = statSync(temp, { bigint: true }).ino.toString();
    moveIntoPlace(temp, path);
    syncFolder(dirname(path));
  } catch (err) {
    for (const suffix of SIDE_SUFFIXES) {
      try {
        rmSync(temp + suffix, { force: true });
      } catch {
        // A folder Wayline may not enter has no temporary file of ours in it.
      }
    }
    if (err instanceof ApiError) throw err;
    const reason = refusedBecause(err, dirname(path));
    throw new ApiError('io', `Could not create ${path}: ${reason}. Nothing was created.`);
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { fileMustExist: true });
    prepareConnection(db);
    enterWal(db);
    const identity = identify(path);
    if (!identity.key.endsWith(`:${made}`)) {
      throw new Error('another file took its name while it was being opened');
    }
    return { db, identity, release: holdFile(identity) };
  } catch (err) {
    db?.close();
    throw new ApiError('io', `Could not open the new project ${path}: ${(err as Error).message}`);
  }
}
