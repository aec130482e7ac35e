import type Database from 'better-sqlite3';

/** How long to wait for a lock another connection holds before saying the file is in use. */
export const LOCK_WAIT_MS = 250;

/** Settings every writable connection to a project file needs before its first read. */
export function prepareConnection(db: Database.Database): void {
  // Exclusive: one Wayline at a time per file, or two in-memory copies would interleave their
  // rows. Set before the first WAL access, so SQLite keeps the WAL index in memory (no -shm).
  db.pragma('locking_mode = EXCLUSIVE');
  // FULL: a committed edit survives a power cut, not just an app crash.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

/** Switches a file known to be good to WAL and takes the lock now rather than at the first edit. */
export function enterWal(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.exec('BEGIN IMMEDIATE; COMMIT;');
}
