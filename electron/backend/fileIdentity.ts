import { lstatSync, realpathSync, statSync, type BigIntStats } from 'node:fs';
import { ApiError } from '../../shared/api/errors';

/**
 * Which file a path leads to. Two paths name the same project when device and inode match,
 * whatever links, `..` or renamed folders lie between; the real path is kept for messages.
 * Working it out only stats the path: no descriptor is opened on the file.
 */
export interface FileIdentity {
  realPath: string;
  /** `device:inode`, from bigint stats so no large inode number is rounded. */
  key: string;
}

const keyOf = (stat: BigIntStats): string => `${stat.dev}:${stat.ino}`;

export function identify(path: string): FileIdentity {
  return { realPath: realpathSync.native(path), key: keyOf(statSync(path, { bigint: true })) };
}

/** Whether `path` leads to the file `identity` names; false when it leads nowhere. */
export function isSameFile(path: string, identity: FileIdentity): boolean {
  const stat = statSync(path, { bigint: true, throwIfNoEntry: false });
  return stat !== undefined && keyOf(stat) === identity.key;
}

/**
 * The files this process holds open as projects. Closing ANY descriptor on a file drops every
 * POSIX lock the process has on it (SQLite's "How To Corrupt", 2.2), so nothing but the
 * project's own SQLite connection may open one of these: code about to open a file asks first.
 */
const held = new Map<string, number>();

/** Registers a file as held until the returned function is called (once). */
export function holdFile(identity: FileIdentity): () => void {
  held.set(identity.key, (held.get(identity.key) ?? 0) + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const count = (held.get(identity.key) ?? 1) - 1;
    if (count > 0) held.set(identity.key, count);
    else held.delete(identity.key);
  };
}

export function isHeld(path: string): boolean {
  const stat = statSync(path, { bigint: true, throwIfNoEntry: false });
  return stat !== undefined && held.has(keyOf(stat));
}

/** Whether `err` is the file system's (EACCES, ENOSPC, EIO...), not SQLite's or ours. */
export function isFileSystemError(err: unknown): boolean {
  return !(err instanceof ApiError) && /^E[A-Z]+$/.test((err as { code?: string }).code ?? '');
}

/** The files SQLite keeps beside a database while it writes: its journal, WAL and WAL index. */
export const SQLITE_SIDE_SUFFIXES = ['-wal', '-shm', '-journal'] as const;

/** What a path that is not a regular file is, in words for the person who chose it. */
function describeOther(path: string): string | null {
  const link = lstatSync(path, { throwIfNoEntry: false });
  if (!link) return null;
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return `${path} is a link to a file that does not exist`;
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return `${path} is a folder, not a project file`;
  if (stat.isFIFO()) return `${path} is a named pipe, not a project file`;
  if (stat.isSocket()) return `${path} is a socket, not a project file`;
  return `${path} is a device, not a project file`;
}

/**
 * Refuses a path that is not a regular file (missing, a dangling link, a folder, a pipe, a
 * device) from its stat alone: a pipe is never opened, so judging it cannot hang.
 */
export function requireRegularFile(path: string): void {
  if (!lstatSync(path, { throwIfNoEntry: false })) {
    throw new ApiError('not_found', `There is no file at ${path}.`);
  }
  const other = describeOther(path);
  if (other === null) return;
  const code = statSync(path, { throwIfNoEntry: false }) ? 'not_wayline' : 'not_found';
  throw new ApiError(code, `${other}. Nothing was changed.`);
}

/** Refuses a path a new project cannot take, saying what is there now. */
export function requireFreePath(path: string): void {
  if (!lstatSync(path, { throwIfNoEntry: false })) return;
  const other = describeOther(path);
  throw new ApiError(
    'already_exists',
    `${other ?? `A file already exists at ${path}`}. Choose another name.`,
  );
}
