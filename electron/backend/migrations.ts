import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  description: string;
  up: string;
}

/**
 * Numbered and additive: a released migration is never edited, a new one is appended.
 * `user_version` records the last one applied.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'projects, journeys, stages, lanes and touchpoints',
    up: `
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
      CREATE TABLE journeys (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL CHECK (state IN ('current', 'future')),
        order_key TEXT NOT NULL
      ) STRICT;
      CREATE TABLE stages (
        id TEXT PRIMARY KEY,
        journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        color TEXT NOT NULL,
        order_key TEXT NOT NULL
      ) STRICT;
      CREATE INDEX stages_by_journey ON stages(journey_id, order_key);
      CREATE TABLE lanes (
        id TEXT PRIMARY KEY,
        journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        order_key TEXT NOT NULL
      ) STRICT;
      CREATE INDEX lanes_by_journey ON lanes(journey_id, order_key);
      CREATE TABLE touchpoints (
        id TEXT PRIMARY KEY,
        journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        stage_id TEXT NOT NULL REFERENCES stages(id) ON DELETE CASCADE,
        lane_id TEXT NOT NULL REFERENCES lanes(id) ON DELETE CASCADE,
        order_key TEXT NOT NULL,
        title TEXT NOT NULL,
        emotion INTEGER NOT NULL CHECK (emotion BETWEEN -2 AND 2),
        effort INTEGER NOT NULL CHECK (effort BETWEEN 1 AND 7)
      ) STRICT;
      CREATE INDEX touchpoints_by_cell ON touchpoints(stage_id, lane_id, order_key);
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

/**
 * Brings a database from its `user_version` up to the last migration, all in one transaction:
 * a failure leaves the file at the version it had.
 */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
): number {
  const from = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return from;
  const run = db.transaction(() => {
    for (const m of pending) {
      db.exec(m.up);
      // PRAGMA takes no bound parameters; the version is an integer from our own list.
      db.pragma(`user_version = ${Math.trunc(m.version)}`);
    }
  });
  run.immediate();
  return pending.at(-1)!.version;
}
