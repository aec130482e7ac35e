import type { EntityByTable, EntityTable } from '../../shared/model/types';

/** How one field is stored: its column, and how its value crosses into SQLite and back. */
interface Column {
  name: string;
  toDb?: (value: unknown) => unknown;
  fromDb?: (value: unknown) => unknown;
}

// STRICT tables have no boolean type: 0/1 integers, read back as booleans (other values stay
// as they are, so the zod check on open refuses them).
const flag = (name: string): Column => ({
  name,
  toDb: (v) => (v ? 1 : 0),
  fromDb: (v) => (v === 0 ? false : v === 1 ? true : v),
});

/** Tag lists are stored as JSON text; unreadable text becomes a value zod refuses on open. */
const jsonList = (name: string): Column => ({
  name,
  toDb: (v) => JSON.stringify(v),
  fromDb: (v) => {
    if (typeof v !== 'string') return v;
    try {
      return JSON.parse(v) as unknown;
    } catch {
      return undefined;
    }
  },
});

const col = (name: string): Column => ({ name });

/** How each in-memory entity maps onto its table: field name -> column. */
const MAPPINGS: Record<EntityTable, Record<string, Column>> = {
  personas: {
    id: col('id'),
    name: col('name'),
    role: col('role'),
    quote: col('quote'),
    goals: col('goals'),
    needs: col('needs'),
    frustrations: col('frustrations'),
    color: col('color'),
    orderKey: col('order_key'),
  },
  journeys: {
    id: col('id'),
    name: col('name'),
    description: col('description'),
    state: col('state'),
    personaId: col('persona_id'),
    currentJourneyId: col('current_journey_id'),
    orderKey: col('order_key'),
  },
  stages: {
    id: col('id'),
    journeyId: col('journey_id'),
    name: col('name'),
    color: col('color'),
    description: col('description'),
    orderKey: col('order_key'),
  },
  lanes: {
    id: col('id'),
    journeyId: col('journey_id'),
    kind: col('kind'),
    name: col('name'),
    collapsed: flag('collapsed'),
    hidden: flag('hidden'),
    orderKey: col('order_key'),
  },
  touchpoints: {
    id: col('id'),
    journeyId: col('journey_id'),
    stageId: col('stage_id'),
    laneId: col('lane_id'),
    orderKey: col('order_key'),
    title: col('title'),
    description: col('description'),
    channel: col('channel'),
    emotion: col('emotion'),
    effort: col('effort'),
    momentOfTruth: flag('moment_of_truth'),
    owner: col('owner'),
    tags: jsonList('tags'),
    evidence: col('evidence'),
  },
  connections: {
    id: col('id'),
    journeyId: col('journey_id'),
    fromId: col('from_id'),
    toId: col('to_id'),
    label: col('label'),
    kind: col('kind'),
  },
};

type Row = Record<string, unknown>;

export function toRow<T extends EntityTable>(table: T, entity: EntityByTable[T]): Row {
  const row: Row = {};
  const source = entity as unknown as Row;
  for (const [field, column] of Object.entries(MAPPINGS[table])) {
    const value = source[field];
    row[column.name] = column.toDb ? column.toDb(value) : value;
  }
  return row;
}

export function fromRow<T extends EntityTable>(table: T, row: Row): EntityByTable[T] {
  const entity: Row = {};
  for (const [field, column] of Object.entries(MAPPINGS[table])) {
    const value = row[column.name];
    entity[field] = column.fromDb ? column.fromDb(value) : value;
  }
  return entity as unknown as EntityByTable[T];
}

const columnNames = (table: EntityTable) => Object.values(MAPPINGS[table]).map((c) => c.name);

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
