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
  {
    version: 2,
    description: 'personas, connections, lanes of every kind, rich cards, stage goals',
    up: `
      CREATE TABLE personas (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        quote TEXT NOT NULL DEFAULT '',
        goals TEXT NOT NULL DEFAULT '',
        needs TEXT NOT NULL DEFAULT '',
        frustrations TEXT NOT NULL DEFAULT '',
        color TEXT NOT NULL,
        order_key TEXT NOT NULL
      ) STRICT;
      ALTER TABLE journeys ADD COLUMN
        persona_id TEXT REFERENCES personas(id) ON DELETE SET NULL;
      -- Deferred: the one reference within a table, so rows inserted together (a restored
      -- delete, journeys that refer to each other) are checked at commit, not row by row.
      ALTER TABLE journeys ADD COLUMN
        current_journey_id TEXT REFERENCES journeys(id) ON DELETE SET NULL
        DEFERRABLE INITIALLY DEFERRED;
      ALTER TABLE stages ADD COLUMN description TEXT NOT NULL DEFAULT '';
      ALTER TABLE lanes ADD COLUMN collapsed INTEGER NOT NULL DEFAULT 0 CHECK (collapsed IN (0, 1));
      ALTER TABLE lanes ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1));
      ALTER TABLE touchpoints ADD COLUMN description TEXT NOT NULL DEFAULT '';
      ALTER TABLE touchpoints ADD COLUMN channel TEXT NOT NULL DEFAULT '';
      ALTER TABLE touchpoints ADD COLUMN
        moment_of_truth INTEGER NOT NULL DEFAULT 0 CHECK (moment_of_truth IN (0, 1));
      ALTER TABLE touchpoints ADD COLUMN owner TEXT NOT NULL DEFAULT '';
      ALTER TABLE touchpoints ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE touchpoints ADD COLUMN evidence TEXT NOT NULL DEFAULT '';
      CREATE TABLE connections (
        id TEXT PRIMARY KEY,
        journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        from_id TEXT NOT NULL REFERENCES touchpoints(id) ON DELETE CASCADE,
        to_id TEXT NOT NULL REFERENCES touchpoints(id) ON DELETE CASCADE,
        label TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('path', 'alternative', 'failure'))
      ) STRICT;
      CREATE INDEX connections_by_journey ON connections(journey_id);
      CREATE INDEX connections_by_from ON connections(from_id);
      CREATE INDEX connections_by_to ON connections(to_id);
      CREATE INDEX journeys_by_persona ON journeys(persona_id);
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
