import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors';
import { migrate, MIGRATIONS } from './migrations';

/** One row of sqlite_schema, its SQL with whitespace collapsed (null for automatic indexes). */
interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

const SCHEMA_SQL = 'SELECT type, name, tbl_name, sql FROM sqlite_schema';

const normalise = (sql: string) => sql.replace(/\s+/g, ' ').trim();

/**
 * The SQL of Wayline's own schemas, as SQLite keeps it, already normalised: a file's schema
 * is Wayline's almost always, and its long CREATE statements need no second pass then.
 */
const OWN_SQL = new Map<string, string>();

function schemaOf(db: Database.Database): SchemaObject[] {
  const rows = db.prepare(SCHEMA_SQL).all() as SchemaObject[];
  return rows.map((r) => ({
    ...r,
    sql: typeof r.sql === 'string' ? (OWN_SQL.get(r.sql) ?? normalise(r.sql)) : null,
  }));
}

const expected = new Map<number, Map<string, SchemaObject>>();

/**
 * The schema Wayline's own migrations make at `version`, built the same way on an empty
 * in-memory database (so SQLite's automatic indexes come with it) and kept per version.
 */
export function expectedSchema(version: number): Map<string, SchemaObject> {
  let schema = expected.get(version);
  if (!schema) {
    const db = new Database(':memory:');
    try {
      migrate(
        db,
        MIGRATIONS.filter((m) => m.version <= version),
      );
      const own = db.prepare(SCHEMA_SQL).all() as SchemaObject[];
      for (const { sql } of own) if (sql !== null) OWN_SQL.set(sql, normalise(sql));
      schema = new Map(schemaOf(db).map((object) => [object.name, object]));
    } finally {
      db.close();
    }
    expected.set(version, schema);
  }
  return schema;
}

/** A name from the file, safe to show: quoted, without control characters, not too long. */
function shown(name: string): string {
  // Control characters are exactly what must not reach the message.
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '?');
  return JSON.stringify(clean.length > 60 ? `${clean.slice(0, 60)}…` : clean);
}

/** "a table", "an index": the type of a schema object with its article. */
const aType = (type: string): string => `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;

/** How a file's schema differs from Wayline's: the first object that does, and how. */
export type SchemaFinding =
  /** An object Wayline did not make (a view, a trigger, a table). */
  | { kind: 'extra'; type: string; name: string }
  /** An object of another type under the name of one of Wayline's. */
  | { kind: 'wrong_type'; type: string; name: string; ours: string }
  | { kind: 'duplicate'; type: string; name: string }
  /** One of Wayline's objects with other SQL or on another table. */
  | { kind: 'changed'; type: string; name: string }
  | { kind: 'missing'; type: string; name: string };

/** A finding in words, after "it ". */
function findingText(f: SchemaFinding): string {
  switch (f.kind) {
    case 'extra':
      return `has ${aType(f.type)} ${shown(f.name)} that Wayline did not make`;
    case 'wrong_type':
      return `has ${aType(f.type)} ${shown(f.name)} where Wayline made ${aType(f.ours)}`;
    case 'duplicate':
      return `has two objects named ${shown(f.name)}`;
    case 'changed':
      return `has ${aType(f.type)} ${shown(f.name)} that differs from the one Wayline made`;
    case 'missing':
      return `lacks the ${f.type} ${shown(f.name)} that Wayline made`;
  }
}

/**
 * The first difference between the file's schema and Wayline's at `version`; null when there is
 * none. Every row of the file is compared, not one per name: a trigger may share a table's name,
 * and must not hide behind it.
 */
export function schemaFinding(db: Database.Database, version: number): SchemaFinding | null {
  const wanted = expectedSchema(version);
  const seen = new Set<string>();
  for (const object of schemaOf(db)) {
    const { name, type } = object;
    const ours = wanted.get(name);
    if (!ours) return { kind: 'extra', type, name };
    if (ours.type !== type) return { kind: 'wrong_type', type, name, ours: ours.type };
    if (seen.has(name)) return { kind: 'duplicate', type, name };
    seen.add(name);
    if (ours.tbl_name !== object.tbl_name || ours.sql !== object.sql) {
      return { kind: 'changed', type, name };
    }
  }
  for (const [name, ours] of wanted) {
    if (!seen.has(name)) return { kind: 'missing', type: ours.type, name };
  }
  return null;
}

/**
 * Refuses a file whose schema is not exactly the one Wayline made at `version`. Runs before
 * any row is read: an extra view can make a read loop for ever, and an extra trigger can turn
 * one edit into a deletion.
 */
export function checkSchema(db: Database.Database, version: number): void {
  const finding = schemaFinding(db, version);
  if (finding === null) return;
  throw new ApiError(
    'corrupt',
    `This project file was changed by another program: it ${findingText(finding)}. Wayline does not open it, so nothing in it can run. It was not changed.`,
  );
}
