import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENTITY_TABLES, referencesOf } from '../../shared/model/entities';
import { makeTouchpoint } from '../../shared/model/factories';
import { migrate } from './migrations';
import { parseRaw, type RawProject } from './projectRows';
import { columnsOf, fromRow, selectAllSql, toRow, upsertSql } from './rows';

const dir = mkdtempSync(join(tmpdir(), 'wayline-rows-'));
const db = new Database(join(dir, 'columns.wayline'));
migrate(db);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

interface TableInfo {
  name: string;
  type: string;
  notnull: number;
  pk: number;
}

describe('the hand-written migrations and the entity descriptors', () => {
  it.each(ENTITY_TABLES)('agree on every column of %s', (table) => {
    const info = db.prepare(`PRAGMA table_info(${table})`).all() as TableInfo[];
    const actual = info.map((c) => ({
      name: c.name,
      type: c.type,
      // A TEXT PRIMARY KEY is reported nullable; ids are required by the row schema anyway.
      notNull: c.notnull === 1 || c.pk === 1,
    }));
    const derived = columnsOf(table).map(({ name, type, notNull }) => ({ name, type, notNull }));
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect(actual.sort(byName)).toEqual(derived.sort(byName));
  });

  it.each(ENTITY_TABLES)('agree on what each reference of %s does on delete', (table) => {
    const keys = db.prepare(`PRAGMA foreign_key_list(${table})`).all() as {
      table: string;
      from: string;
      on_delete: string;
    }[];
    const actual = keys.map((k) => `${k.from} -> ${k.table} ${k.on_delete}`).sort();
    const columns = new Map(columnsOf(table).map((c) => [c.field, c.name]));
    const derived = referencesOf(table)
      .map(([field, ref]) => {
        const action = ref.onDelete === 'cascade' ? 'CASCADE' : 'SET NULL';
        return `${columns.get(field)} -> ${ref.table} ${action}`;
      })
      .sort();
    expect(actual).toEqual(derived);
  });
});

describe('row mapping', () => {
  it('stores flags as 0/1 and tags as JSON, and reads them back', () => {
    const card = {
      ...makeTouchpoint({ id: 't1', journeyId: 'j', stageId: 's', laneId: 'l', title: 'Pay' }),
      orderKey: 'a0',
      momentOfTruth: true,
      tags: ['web', 'checkout'],
    };
    const row = toRow('touchpoints', card);
    expect(row).toMatchObject({ moment_of_truth: 1, tags: '["web","checkout"]', lane_id: 'l' });
    expect(fromRow('touchpoints', row)).toEqual(card);
  });

  it('reads a row SQLite returns in raw mode (values in column order) as the same entity', () => {
    const card = {
      ...makeTouchpoint({ id: 't2', journeyId: 'j', stageId: 's', laneId: 'l', title: 'Raw' }),
      orderKey: 'a1',
      momentOfTruth: true,
      tags: ['raw'],
      emotion: -1,
    };
    db.pragma('foreign_keys = OFF');
    db.prepare(upsertSql('touchpoints')).run(toRow('touchpoints', card));
    const values = db
      .prepare(`${selectAllSql('touchpoints')} WHERE id = ?`)
      .raw(true)
      .get('t2') as unknown[];
    expect(Array.isArray(values)).toBe(true);
    // As opening reads it: decoded and checked value by value (projectRows.ts).
    const tables = {} as RawProject['tables'];
    for (const table of ENTITY_TABLES) tables[table] = [];
    const doc = parseRaw({ meta: [], tables: { ...tables, touchpoints: [values] } });
    expect(doc.touchpoints.t2).toEqual(card);
  });
});
