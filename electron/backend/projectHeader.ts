import { closeSync, openSync, readSync } from 'node:fs';
import { ApiError } from '../../shared/api/errors';
import { isFileSystemError, isHeld, requireRegularFile } from './fileIdentity';
import { SCHEMA_VERSION } from './migrations';

import { WAYLINE_APPLICATION_ID } from '../../shared/import/guards';

export { WAYLINE_APPLICATION_ID };

const SQLITE_MAGIC = 'SQLite format 3\u0000';
const HEADER_SIZE = 100;

export interface ProjectHeader {
  applicationId: number;
  userVersion: number;
}

export const IN_USE_MESSAGE =
  'This project is open in another Wayline window or program. Close it there, then try again.';

/**
 * Reads the 100-byte SQLite header with plain file I/O: a foreign or newer file is judged
 * without SQLite ever opening it, so not a byte of it can change. A file this process holds
 * open as a project is not opened at all (closing the descriptor would drop its locks), and
 * neither is anything but a regular file (a pipe would block the read for ever).
 */
export function readProjectHeader(path: string): ProjectHeader {
  const header = Buffer.alloc(HEADER_SIZE);
  let read: number;
  try {
    requireRegularFile(path);
    if (isHeld(path)) throw new ApiError('in_use', IN_USE_MESSAGE);
    const fd = openSync(path, 'r');
    try {
      read = readSync(fd, header, 0, HEADER_SIZE, 0);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    throw isFileSystemError(err) ? cannotRead(path, err) : err;
  }
  if (read === 0) {
    throw new ApiError(
      'not_wayline',
      'This file is empty (0 bytes), so there is no project in it: an older Wayline may have been interrupted while creating it. It was not changed.',
    );
  }
  if (read < HEADER_SIZE || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    throw new ApiError(
      'not_wayline',
      'This file is not a Wayline project (it is not a SQLite database). It was not changed.',
    );
  }
  return { userVersion: header.readUInt32BE(60), applicationId: header.readUInt32BE(68) };
}

/** A file (or a folder on its way) this process may not read, or a read that failed, in words. */
function cannotRead(path: string, err: unknown): ApiError {
  const code = (err as { code?: string }).code;
  if (code === 'EACCES' || code === 'EPERM') {
    return new ApiError(
      'io',
      `Wayline may not read ${path} (no permission for the file or a folder on its way). It was not changed.`,
    );
  }
  return new ApiError(
    'io',
    `Could not read ${path}: ${(err as Error).message}. It was not changed.`,
  );
}

/** Refuses a SQLite file that does not carry Wayline's mark. */
export function checkApplicationId(applicationId: number): void {
  if (applicationId !== WAYLINE_APPLICATION_ID) {
    throw new ApiError(
      'not_wayline',
      'This is a SQLite database from another program, not a Wayline project. It was not changed.',
    );
  }
}

/**
 * Refuses a foreign file, one marked as Wayline's but never given its tables, and a newer one.
 * Judge the version SQLite sees: the plain header can lag behind a WAL never checkpointed.
 */
export function checkHeader({ applicationId, userVersion }: ProjectHeader): void {
  checkApplicationId(applicationId);
  if (userVersion < 1) {
    // Wayline's mark but format version 0: another program's file, or one whose creation never
    // finished. Migrating it would add Wayline's tables to someone else's data.
    throw new ApiError(
      'not_wayline',
      'This SQLite file carries the Wayline mark but has no Wayline project in it (format version 0). It was not changed.',
    );
  }
  if (userVersion > SCHEMA_VERSION) {
    throw new ApiError(
      'newer_version',
      `This project was made by a newer version of Wayline (file format ${userVersion}; this version reads up to ${SCHEMA_VERSION}). Update Wayline to open it. The file was not changed.`,
    );
  }
}

export function isBusy(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? '';
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}

/** Turns a SQLite failure while reading a file we are judging into an error the UI can show. */
export function refusal(err: unknown): ApiError {
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
