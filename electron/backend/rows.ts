import { z } from 'zod';
import { descriptorOf, type FieldSpec } from '../../shared/model/entities';
import type { EntityByTable, EntityTable } from '../../shared/model/types';

/** How one field is stored: its column, and how its value crosses into SQLite and back. */
export interface Column {
  field: string;
  name: string;
  /** The STRICT column type the migrations must have given it. */
  type: 'TEXT' | 'INTEGER';
  notNull: boolean;
  toDb?: (value: unknown) => unknown;
  fromDb?: (value: unknown) => unknown;
}

/** `momentOfTruth` -> `moment_of_truth`: every column is its field in snake case. */
export const columnName = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

// STRICT tables have no boolean type: 0/1 integers, read back as booleans (other values stay
// as they are, so the zod check on open refuses them).
const flag = {
  toDb: (v: unknown) => (v ? 1 : 0),
  fromDb: (v: unknown) => (v === 0 ? false : v === 1 ? true : v),
};

/** Lists are stored as JSON text; unreadable text becomes a value zod refuses on open. */
const json = {
  toDb: (v: unknown) => JSON.stringify(v),
  fromDb: (v: unknown) => {
    if (typeof v !== 'string') return v;
    try {
      return JSON.parse(v) as unknown;
    } catch {
      return undefined;
    }
  },
};

function columnOf(field: string, spec: FieldSpec): Column {
  const encoding = spec.sql === 'flag' ? flag : spec.sql === 'json' ? json : {};
  const nullable = spec.schema.safeParse(null).success;
  const base = spec.schema instanceof z.ZodNullable ? spec.schema.unwrap() : spec.schema;
  const integer = spec.sql === 'flag' || base instanceof z.ZodNumber;
  return {
    field,
    name: columnName(field),
    type: integer ? 'INTEGER' : 'TEXT',
    notNull: !nullable,
    ...encoding,
  };
}

/** Each table's columns, derived from its entity descriptor. */
const COLUMNS = new Map<EntityTable, Column[]>();

export function columnsOf(table: EntityTable): Column[] {
  let columns = COLUMNS.get(table);
  if (!columns) {
    columns = Object.entries(descriptorOf(table).fields).map(([f, spec]) => columnOf(f, spec));
    COLUMNS.set(table, columns);
  }
  return columns;
}

type Row = Record<string, unknown>;

export function toRow<T extends EntityTable>(table: T, entity: EntityByTable[T]): Row {
  const row: Row = {};
  const source = entity as unknown as Row;
  for (const column of columnsOf(table)) {
    const value = source[column.field];
    row[column.name] = column.toDb ? column.toDb(value) : value;
  }
  return row;
}

export function fromRow<T extends EntityTable>(table: T, row: Row): EntityByTable[T] {
  const entity: Row = {};
  for (const column of columnsOf(table)) {
    const value = row[column.name];
    entity[column.field] = column.fromDb ? column.fromDb(value) : value;
  }
  return entity as unknown as EntityByTable[T];
}

const columnNames = (table: EntityTable) => columnsOf(table).map((c) => c.name);

export function upsertSql(table: EntityTable): string {
  const cols = columnNames(table);
  const updates = cols.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`);
  return `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})
    ON CONFLICT(id) DO UPDATE SET ${updates.join(', ')}`;
}

export function deleteSql(table: EntityTable): string {
  return `DELETE FROM ${table} WHERE id = ?`;
}

export function selectAllSql(table: EntityTable): string {
  return `SELECT ${columnNames(table).join(', ')} FROM ${table}`;
}
