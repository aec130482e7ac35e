import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS } from '../../electron/backend/migrations';
import { WAYLINE_APPLICATION_ID } from '../../electron/backend/projectFile';

/** Project files in the states other programs, older versions and crashes leave behind. */

export type JournalMode = 'delete' | 'wal';

/**
 * A closed version-1 project made with version 1's own SQL, holding two journeys: j1 (stages
 * s1 s2, lane l1, cards t1 t2) and j2 (stage s9, lane l9, card t9). Version 1 of Wayline left
 * its files in WAL mode; files another SQLite tool touched may use a rollback journal.
 */
export function writeV1File(dir: string, extraSql = '', mode: JournalMode = 'delete'): string {
  const path = join(dir, 'old.wayline');
  const db = new Database(path);
  db.pragma(`application_id = ${WAYLINE_APPLICATION_ID}`);
  db.pragma(`journal_mode = ${mode}`);
  db.exec(MIGRATIONS[0]!.up);
  db.exec(`
    INSERT INTO meta VALUES ('name', 'Old project'), ('createdAt', '2023-03-01T09:00:00.000Z');
    INSERT INTO journeys VALUES ('j1', 'Today', 'As is', 'current', 'a0');
    INSERT INTO journeys VALUES ('j2', 'Tomorrow', '', 'future', 'a1');
    INSERT INTO stages VALUES ('s1', 'j1', 'Search', '#4c6ef5', 'a0');
    INSERT INTO stages VALUES ('s2', 'j1', 'Book', '#7950f2', 'a1');
    INSERT INTO stages VALUES ('s9', 'j2', 'Book', '#7950f2', 'a0');
    INSERT INTO lanes VALUES ('l1', 'j1', 'touchpoints', 'Touchpoints', 'a0');
    INSERT INTO lanes VALUES ('l9', 'j2', 'touchpoints', 'Touchpoints', 'a0');
    INSERT INTO touchpoints VALUES ('t1', 'j1', 's1', 'l1', 'a0', 'Compare prices', -1, 5);
    INSERT INTO touchpoints VALUES ('t2', 'j1', 's2', 'l1', 'a0', 'Pay', 2, 2);
    INSERT INTO touchpoints VALUES ('t9', 'j2', 's9', 'l9', 'a0', 'One click', 1, 1);
    ${extraSql}
  `);
  db.pragma('user_version = 1');
  db.close();
  return path;
}

/** Runs SQL on a closed file as a hand-editing SQLite tool would: no CHECKs, no foreign keys. */
export function handEdit(path: string, sql: string): void {
  const db = new Database(path, { fileMustExist: true });
  try {
    db.pragma('ignore_check_constraints = ON');
    db.pragma('foreign_keys = OFF');
    db.exec(sql);
  } finally {
    db.close();
  }
}

/** Bytes 18 and 19 of the file header: [1, 1] for a rollback journal, [2, 2] for WAL. */
export function headerJournalMode(path: string): number[] {
  const header = readFileSync(path).subarray(0, 100);
  return [header[18]!, header[19]!];
}

/**
 * Copies `live` (and its -wal or -journal) to `name` while `during` keeps a write open on it:
 * what a crash at that moment leaves behind.
 */
export function crashCopy(
  live: string,
  name: string,
  during: (db: Database.Database) => void,
): string {
  const crashed = join(live, '..', name);
  const db = new Database(live, { fileMustExist: true });
  try {
    during(db);
    copyFileSync(live, crashed);
    for (const side of ['-wal', '-journal']) {
      if (existsSync(live + side)) copyFileSync(live + side, crashed + side);
    }
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
    db.close();
  }
  return crashed;
}
