import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  connection,
  fileState,
  journey,
  lane,
  persona,
  sideFiles,
  stage,
  touchpoint,
} from '../../test/unit/fixtures';
import {
  handEdit,
  headerJournalMode,
  writeV1File,
  type JournalMode,
} from '../../test/unit/projectFiles';
import { ApiError } from '../../shared/api/errors';
import { folderPerTest, refusal } from '../../test/unit/perTest';
import { emptyDoc } from '../../shared/model/doc';
import type { ProjectDoc } from '../../shared/model/types';
import { migrate, SCHEMA_VERSION } from './migrations';
import { openProjectDatabase, readProjectHeader, WAYLINE_APPLICATION_ID } from './projectFile';
import { openProjectStore } from './projectStore';

/** Opening a project file written by version 1: migrated when good, untouched when not. */

const folder = folderPerTest();

function rawDb(path: string): Database.Database {
  const db = new Database(path, { fileMustExist: true });
  folder.opened(db);
  return db;
}

const userVersion = (db: Database.Database) =>
  db.pragma('user_version', { simple: true }) as number;

/** Opening `path` is refused with `code`; the file is byte for byte as it was, with no side files. */
function expectRefusedUntouched(path: string, code: ApiError['code']): ApiError {
  const before = fileState(path);
  const err = refusal(() => openProjectStore(path));
  expect(err.code).toBe(code);
  expect(err.message).toMatch(/not changed/);
  expect(fileState(path)).toEqual(before);
  expect(sideFiles(path)).toEqual([]);
  return err;
}

const MODES: JournalMode[] = ['delete', 'wal'];

describe('a project file written at version 1', () => {
  /** What the file above reads as at version 2: every new field at its neutral default. */
  function expectedDoc(): ProjectDoc {
    const doc = emptyDoc('Old project', '2023-03-01T09:00:00.000Z');
    const put = <T extends { id: string }>(rows: Record<string, T>, row: T) => {
      rows[row.id] = row;
    };
    put(doc.journeys, journey('j1', 'a0', { name: 'Today', description: 'As is' }));
    put(doc.journeys, journey('j2', 'a1', { name: 'Tomorrow', state: 'future' }));
    for (const [id, journeyId, name, color, orderKey] of [
      ['s1', 'j1', 'Search', '#4c6ef5', 'a0'],
      ['s2', 'j1', 'Book', '#7950f2', 'a1'],
      ['s9', 'j2', 'Book', '#7950f2', 'a0'],
    ] as const)
      put(doc.stages, stage(id, journeyId, orderKey, { name, color }));
    for (const [id, journeyId] of [
      ['l1', 'j1'],
      ['l9', 'j2'],
    ] as const)
      put(doc.lanes, lane(id, journeyId, 'a0', { name: 'Touchpoints' }));
    for (const [id, journeyId, stageId, laneId, title, emotion, effort] of [
      ['t1', 'j1', 's1', 'l1', 'Compare prices', -1, 5],
      ['t2', 'j1', 's2', 'l1', 'Pay', 2, 2],
      ['t9', 'j2', 's9', 'l9', 'One click', 1, 1],
    ] as const)
      put(
        doc.touchpoints,
        touchpoint(id, stageId, laneId, 'a0', journeyId, { title, emotion, effort }),
      );
    return doc;
  }

  it('migrates up the chain keeping every row, new columns at their defaults, notes unrated', () => {
    writeV1File(folder.dir);
    const again = rawDb(join(folder.dir, 'old.wayline'));
    expect(userVersion(again)).toBe(1);
    // Version 1 stored every card with a rating: a pain point got 0 and 4.
    again.exec(`
      INSERT INTO lanes (id, journey_id, kind, name, order_key) VALUES ('l2', 'j1', 'painPoints', 'Pain', 'a1');
      INSERT INTO touchpoints (id, journey_id, stage_id, lane_id, order_key, title, emotion, effort)
        VALUES ('t3', 'j1', 's1', 'l2', 'a0', 'Too dear', 0, 4);
    `);
    expect(migrate(again)).toBe(SCHEMA_VERSION);
    expect(
      again.prepare("SELECT title, emotion, effort FROM touchpoints WHERE id = 't3'").get(),
    ).toEqual({ title: 'Too dear', emotion: null, effort: null });
    expect(again.prepare("SELECT * FROM journeys WHERE id = 'j1'").get()).toEqual({
      id: 'j1',
      name: 'Today',
      description: 'As is',
      state: 'current',
      order_key: 'a0',
      persona_id: null,
      current_journey_id: null,
      owner: '',
      reviewed_on: '',
    });
    expect(again.prepare("SELECT * FROM stages WHERE id = 's1'").get()).toMatchObject({
      name: 'Search',
      description: '',
      notes: '',
    });
    expect(again.prepare("SELECT * FROM lanes WHERE id = 'l1'").get()).toMatchObject({
      kind: 'touchpoints',
      collapsed: 0,
      hidden: 0,
    });
    expect(again.prepare("SELECT * FROM touchpoints WHERE id = 't1'").get()).toEqual({
      id: 't1',
      journey_id: 'j1',
      stage_id: 's1',
      lane_id: 'l1',
      order_key: 'a0',
      title: 'Compare prices',
      emotion: -1,
      effort: 5,
      description: '',
      channel: '',
      moment_of_truth: 0,
      owner: '',
      tags: '[]',
      evidence: '',
      link: '',
      severity: null,
      reach: null,
      status: 'idea',
      value: null,
      build_effort: null,
      confidence: null,
      due: '',
      backlog_link: '',
      source_id: null,
      needs_met: null,
      feeling: '',
      from_data: '[]',
    });
    expect(again.prepare('SELECT count(*) FROM personas').pluck().get()).toBe(0);
    expect(again.prepare('SELECT count(*) FROM connections').pluck().get()).toBe(0);
    expect(again.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(again.pragma('foreign_key_check')).toEqual([]);
  });

  it('opens in the store with the new fields defaulted, and stays version 2 with new edits', () => {
    const path = writeV1File(folder.dir);
    const store = openProjectStore(path);
    expect(store.doc).toEqual(expectedDoc());
    expect(store.doc.lanes.l1).toMatchObject({ collapsed: false, hidden: false });
    expect(store.doc.touchpoints.t1).toMatchObject({ tags: [], momentOfTruth: false });
    expect(store.doc.journeys.j2).toMatchObject({ personaId: null, currentJourneyId: null });
    // The new fields take edits right away.
    store.apply([
      {
        type: 'insertRows',
        rows: {
          personas: [persona('p', 'a0', { name: 'Maya' })],
          connections: [connection('c', 't1', 't2', 'j1', { kind: 'failure' })],
        },
      },
      { type: 'updateJourney', id: 'j2', patch: { personaId: 'p', currentJourneyId: 'j1' } },
      { type: 'updateLane', id: 'l1', patch: { collapsed: true } },
      {
        type: 'updateTouchpoint',
        id: 't1',
        patch: { tags: ['price', 'search'], momentOfTruth: true, channel: 'Website' },
      },
      { type: 'updateStage', id: 's1', patch: { description: 'Find a room' } },
    ]);
    const edited = store.doc;
    store.close();
    expect(readProjectHeader(path)).toEqual({
      applicationId: WAYLINE_APPLICATION_ID,
      userVersion: SCHEMA_VERSION,
    });
    const again = openProjectStore(path);
    expect(again.doc).toEqual(edited);
    expect(again.doc.touchpoints.t1?.tags).toEqual(['price', 'search']);
    again.close();
  });

  it.each(MODES)('in %s mode, opens migrated and is only then switched to WAL', (mode) => {
    const path = writeV1File(folder.dir, '', mode);
    const store = openProjectStore(path);
    expect(store.doc).toEqual(expectedDoc());
    store.close();
    expect(readProjectHeader(path).userVersion).toBe(SCHEMA_VERSION);
    expect(headerJournalMode(path)).toEqual([2, 2]);
    expect(sideFiles(path)).toEqual([]);
  });

  it.each(MODES)(
    'in %s mode, is refused as corrupt and left unchanged when a row is invalid',
    (mode) => {
      const path = writeV1File(
        folder.dir,
        "UPDATE stages SET color = 'red' WHERE id = 's1';",
        mode,
      );
      const journal = headerJournalMode(path);
      const err = expectRefusedUntouched(path, 'corrupt');
      expect(err.message).toMatch(/invalid row in stages/);
      expect(headerJournalMode(path)).toEqual(journal);
      expect(readProjectHeader(path).userVersion).toBe(1);
    },
  );

  // Hand-made in another tool, these collide with what migration 2 adds.
  const collisions = [
    ['a table of its own named personas', 'CREATE TABLE personas (id TEXT PRIMARY KEY);'],
    ['a stage column named description', 'ALTER TABLE stages ADD COLUMN description TEXT;'],
  ] as const;
  it.each(MODES.flatMap((mode) => collisions.map(([what, sql]) => [mode, what, sql] as const)))(
    'in %s mode, is refused and left unchanged when it holds %s, not version 1’s schema',
    (mode, _what, sql) => {
      const path = writeV1File(folder.dir, sql, mode);
      const err = expectRefusedUntouched(path, 'corrupt');
      expect(err.message).toMatch(/Wayline did not make|differs from the one Wayline made/);
      expect(readProjectHeader(path).userVersion).toBe(1);
    },
  );

  it('rolls the migration back and keeps its journal mode when a row goes bad between the look and the lock', () => {
    const path = writeV1File(folder.dir);
    let reads = 0;
    let afterEdit = fileState(path);
    const read = (db: Database.Database) => {
      reads += 1;
      if (reads === 1) {
        // The look (at a private copy, migrated) finds the file good; then another program
        // hand-edits a bad row before the writable connection takes its lock.
        expect(db.prepare("SELECT color FROM stages WHERE id = 's1'").pluck().get()).toBe(
          '#4c6ef5',
        );
        handEdit(path, "UPDATE stages SET color = 'red' WHERE id = 's1';");
        afterEdit = fileState(path);
        return;
      }
      // Under the lock, inside the migration's transaction: migrated, and the bad row seen.
      expect(userVersion(db)).toBe(SCHEMA_VERSION);
      const color = db.prepare("SELECT color FROM stages WHERE id = 's1'").pluck().get();
      if (color !== '#4c6ef5') throw new ApiError('corrupt', 'Bad row. It was not changed.');
    };
    expect(refusal(() => openProjectDatabase(path, read)).code).toBe('corrupt');
    expect(reads).toBe(2);
    expect(fileState(path)).toEqual(afterEdit);
    expect(sideFiles(path)).toEqual([]);
    expect(headerJournalMode(path)).toEqual([1, 1]);
    const check = rawDb(path);
    expect(userVersion(check)).toBe(1);
    expect(
      check.prepare('SELECT count(*) FROM sqlite_schema WHERE name = ?').pluck().get('personas'),
    ).toBe(0);
  });
});
