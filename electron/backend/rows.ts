import type { EntityByTable, EntityTable } from '../../shared/model/types';

/** How each in-memory entity maps onto its table: field name -> column name. */
interface TableMapping {
  columns: Record<string, string>;
}

const MAPPINGS: Record<EntityTable, TableMapping> = {
  journeys: {
    columns: {
      id: 'id',
      name: 'name',
      description: 'description',
      state: 'state',
      orderKey: 'order_key',
    },
  },
  stages: {
    columns: {
      id: 'id',
      journeyId: 'journey_id',
      name: 'name',
      color: 'color',
      orderKey: 'order_key',
    },
  },
  lanes: {
    columns: {
      id: 'id',
      journeyId: 'journey_id',
      kind: 'kind',
      name: 'name',
      orderKey: 'order_key',
    },
  },
  touchpoints: {
    columns: {
      id: 'id',
      journeyId: 'journey_id',
      stageId: 'stage_id',
      laneId: 'lane_id',
      orderKey: 'order_key',
      title: 'title',
      emotion: 'emotion',
      effort: 'effort',
    },
  },
};

type Row = Record<string, unknown>;

export function toRow<T extends EntityTable>(table: T, entity: EntityByTable[T]): Row {
  const row: Row = {};
  const source = entity as unknown as Row;
  for (const [field, column] of Object.entries(MAPPINGS[table].columns))
    row[column] = source[field];
  return row;
}

export function fromRow<T extends EntityTable>(table: T, row: Row): EntityByTable[T] {
  const entity: Row = {};
  for (const [field, column] of Object.entries(MAPPINGS[table].columns))
    entity[field] = row[column];
  return entity as unknown as EntityByTable[T];
}

export function upsertSql(table: EntityTable): string {
  const cols = Object.values(MAPPINGS[table].columns);
  const updates = cols.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`);
  return `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => '@' + c).join(', ')})
    ON CONFLICT(id) DO UPDATE SET ${updates.join(', ')}`;
}

export function deleteSql(table: EntityTable): string {
  return `DELETE FROM ${table} WHERE id = ?`;
}

export function selectAllSql(table: EntityTable): string {
  return `SELECT ${Object.values(MAPPINGS[table].columns).join(', ')} FROM ${table}`;
}
