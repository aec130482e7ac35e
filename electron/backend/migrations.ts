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
  {
    version: 3,
    description: 'emotion and effort may be not rated (NULL); note cards have neither',
    // SQLite cannot drop a NOT NULL, so the table is rebuilt (the documented way: make the new
    // table, copy, drop the old, rename, remake its index). Dropping touchpoints would cascade
    // to connections, and migrate runs inside the caller's transaction, where foreign keys
    // cannot be switched off: so connections are set aside first and put back after.
    // Touchpoints keep their values (they may have been rated on purpose); cards of note lanes
    // (the kinds as they were at version 3) get NULL.
    up: `
      CREATE TABLE touchpoints_v3 (
        id TEXT PRIMARY KEY,
        journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        stage_id TEXT NOT NULL REFERENCES stages(id) ON DELETE CASCADE,
        lane_id TEXT NOT NULL REFERENCES lanes(id) ON DELETE CASCADE,
        order_key TEXT NOT NULL,
        title TEXT NOT NULL,
        emotion INTEGER CHECK (emotion BETWEEN -2 AND 2),
        effort INTEGER CHECK (effort BETWEEN 1 AND 7),
        description TEXT NOT NULL DEFAULT '',
        channel TEXT NOT NULL DEFAULT '',
        moment_of_truth INTEGER NOT NULL DEFAULT 0 CHECK (moment_of_truth IN (0, 1)),
        owner TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',
        evidence TEXT NOT NULL DEFAULT ''
      ) STRICT;
      INSERT INTO touchpoints_v3 (id, journey_id, stage_id, lane_id, order_key, title, emotion,
        effort, description, channel, moment_of_truth, owner, tags, evidence)
      SELECT t.id, t.journey_id, t.stage_id, t.lane_id, t.order_key, t.title,
        CASE WHEN l.kind = 'touchpoints' THEN t.emotion END,
        CASE WHEN l.kind = 'touchpoints' THEN t.effort END,
        t.description, t.channel, t.moment_of_truth, t.owner, t.tags, t.evidence
      FROM touchpoints AS t JOIN lanes AS l ON l.id = t.lane_id;
      CREATE TABLE connections_v3 AS SELECT * FROM connections;
      DELETE FROM connections;
      DROP TABLE touchpoints;
      ALTER TABLE touchpoints_v3 RENAME TO touchpoints;
      CREATE INDEX touchpoints_by_cell ON touchpoints(stage_id, lane_id, order_key);
      INSERT INTO connections SELECT * FROM connections_v3;
      DROP TABLE connections_v3;
    `,
  },
  {
    version: 4,
    description: 'a touchpoint links to the real page or screen it is',
    up: `ALTER TABLE touchpoints ADD COLUMN link TEXT NOT NULL DEFAULT '';`,
  },
  {
    version: 5,
    description:
      'pain points and opportunities: severity, reach, status, value, effort, confidence, due, backlog; card links; future-state sources and implemented opportunities',
    // Ranges are checked by the app's schemas on open; SQL keeps the references and cascades.
    up: `
      ALTER TABLE touchpoints ADD COLUMN severity INTEGER;
      ALTER TABLE touchpoints ADD COLUMN reach INTEGER;
      ALTER TABLE touchpoints ADD COLUMN status TEXT NOT NULL DEFAULT 'idea';
      ALTER TABLE touchpoints ADD COLUMN value INTEGER;
      ALTER TABLE touchpoints ADD COLUMN build_effort INTEGER;
      ALTER TABLE touchpoints ADD COLUMN confidence INTEGER;
      ALTER TABLE touchpoints ADD COLUMN due TEXT NOT NULL DEFAULT '';
      ALTER TABLE touchpoints ADD COLUMN backlog_link TEXT NOT NULL DEFAULT '';
      ALTER TABLE touchpoints ADD COLUMN
        source_id TEXT REFERENCES touchpoints(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED;
      CREATE INDEX touchpoints_by_source ON touchpoints(source_id);
      CREATE TABLE cardLinks (
        id TEXT PRIMARY KEY,
        journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        from_id TEXT NOT NULL REFERENCES touchpoints(id) ON DELETE CASCADE,
        to_id TEXT NOT NULL REFERENCES touchpoints(id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX card_links_by_from ON cardLinks(from_id);
      CREATE INDEX card_links_by_to ON cardLinks(to_id);
      CREATE INDEX card_links_by_journey ON cardLinks(journey_id);
      CREATE TABLE implementations (
        id TEXT PRIMARY KEY,
        journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        opportunity_id TEXT NOT NULL REFERENCES touchpoints(id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX implementations_by_journey ON implementations(journey_id);
      CREATE INDEX implementations_by_opportunity ON implementations(opportunity_id);
    `,
  },
  {
    version: 6,
    description: 'a journey has an owner and the day it was last reviewed',
    up: `
      ALTER TABLE journeys ADD COLUMN owner TEXT NOT NULL DEFAULT '';
      ALTER TABLE journeys ADD COLUMN reviewed_on TEXT NOT NULL DEFAULT '';
    `,
  },
  {
    version: 7,
    description:
      'evidence: research sources, quotes and citations; whether a touchpoint meets the need, its feeling in words, and which ratings came from data',
    up: `
      ALTER TABLE touchpoints ADD COLUMN needs_met TEXT;
      ALTER TABLE touchpoints ADD COLUMN feeling TEXT NOT NULL DEFAULT '';
      ALTER TABLE touchpoints ADD COLUMN from_data TEXT NOT NULL DEFAULT '[]';
      CREATE TABLE sources (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        date TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        order_key TEXT NOT NULL
      ) STRICT;
      CREATE TABLE quotes (
        id TEXT PRIMARY KEY,
        journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        card_id TEXT NOT NULL REFERENCES touchpoints(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        who TEXT NOT NULL DEFAULT '',
        source_id TEXT REFERENCES sources(id) ON DELETE SET NULL,
        date TEXT NOT NULL DEFAULT '',
        order_key TEXT NOT NULL
      ) STRICT;
      CREATE INDEX quotes_by_card ON quotes(card_id, order_key);
      CREATE INDEX quotes_by_journey ON quotes(journey_id);
      CREATE INDEX quotes_by_source ON quotes(source_id);
      CREATE TABLE citations (
        id TEXT PRIMARY KEY,
        journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        card_id TEXT NOT NULL REFERENCES touchpoints(id) ON DELETE CASCADE,
        source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX citations_by_card ON citations(card_id);
      CREATE INDEX citations_by_journey ON citations(journey_id);
      CREATE INDEX citations_by_source ON citations(source_id);
    `,
  },
  {
    version: 8,
    description: 'a stage has speaker notes for the presenter view',
    up: `ALTER TABLE stages ADD COLUMN notes TEXT NOT NULL DEFAULT '';`,
  },
  {
    version: 9,
    description: 'saved views: a filter, the part of the map in view and the lanes hidden',
    up: `
      CREATE TABLE savedViews (
        id TEXT PRIMARY KEY,
        journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        filter TEXT NOT NULL,
        frame TEXT NOT NULL,
        hidden_lane_ids TEXT NOT NULL,
        order_key TEXT NOT NULL
      ) STRICT;
      CREATE INDEX saved_views_by_journey ON savedViews(journey_id);
    `,
  },
  {
    version: 10,
    description:
      'files attached to cards: attachment rows, and their bytes stored once per SHA-256 in chunks read only when shown',
    // mediaBlobs and mediaChunks are not entity tables: never read when a project opens. Chunks
    // keep each read and write small (4 MiB) whatever the file's size; `data` comes last so a
    // scan of the keys never reads the bytes. A blob goes when no attachment row needs it
    // (electron/backend/media/mediaStore.ts collects them when the project closes). blob_hash has
    // no foreign key: the store checks it before writing a row, and says so in words.
    up: `
      CREATE TABLE mediaBlobs (
        hash TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        media_type TEXT NOT NULL,
        width INTEGER,
        height INTEGER,
        thumb_type TEXT,
        thumb BLOB,
        preview_type TEXT,
        preview BLOB
      ) STRICT;
      CREATE TABLE mediaChunks (
        hash TEXT NOT NULL REFERENCES mediaBlobs(hash) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (hash, seq)
      ) STRICT;
      CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        card_id TEXT NOT NULL REFERENCES touchpoints(id) ON DELETE CASCADE,
        order_key TEXT NOT NULL,
        blob_hash TEXT NOT NULL,
        file_name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL,
        width INTEGER,
        height INTEGER
      ) STRICT;
      CREATE INDEX attachments_by_card ON attachments(card_id, order_key);
      CREATE INDEX attachments_by_journey ON attachments(journey_id);
      CREATE INDEX attachments_by_blob ON attachments(blob_hash);
    `,
  },
  {
    version: 11,
    description:
      'survey answers as evidence: imports, their answers (one row per card and metric) and the quotes made from comments',
    up: `
      CREATE TABLE surveyImports (
        id TEXT PRIMARY KEY,
        journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        row_count INTEGER NOT NULL,
        answer_count INTEGER NOT NULL,
        source_id TEXT REFERENCES sources(id) ON DELETE SET NULL
      ) STRICT;
      CREATE INDEX survey_imports_by_journey ON surveyImports(journey_id);
      CREATE INDEX survey_imports_by_source ON surveyImports(source_id);
      CREATE TABLE surveyAnswers (
        id TEXT PRIMARY KEY,
        journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        import_id TEXT NOT NULL REFERENCES surveyImports(id) ON DELETE CASCADE,
        card_id TEXT NOT NULL REFERENCES touchpoints(id) ON DELETE CASCADE,
        metric TEXT NOT NULL,
        scores TEXT NOT NULL,
        respondents TEXT NOT NULL DEFAULT '',
        dates TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX survey_answers_by_journey ON surveyAnswers(journey_id);
      CREATE INDEX survey_answers_by_import ON surveyAnswers(import_id);
      CREATE INDEX survey_answers_by_card ON surveyAnswers(card_id);
      CREATE TABLE surveyQuotes (
        id TEXT PRIMARY KEY,
        journey_id TEXT NOT NULL REFERENCES journeys(id) ON DELETE CASCADE,
        import_id TEXT NOT NULL REFERENCES surveyImports(id) ON DELETE CASCADE,
        quote_id TEXT NOT NULL REFERENCES quotes(id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX survey_quotes_by_journey ON surveyQuotes(journey_id);
      CREATE INDEX survey_quotes_by_import ON surveyQuotes(import_id);
      CREATE INDEX survey_quotes_by_quote ON surveyQuotes(quote_id);
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
