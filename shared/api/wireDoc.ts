import { emptyDoc, putRow } from '../model/doc';
import { descriptorOf } from '../model/entities';
import { ENTITY_TABLES, type EntityTable, type ProjectDoc } from '../model/types';

/**
 * A project document as it crosses from the backend to a window: each table as its field names
 * once and a row of values per entity, instead of an object per entity whose every key is
 * repeated. About half the JSON text of the document itself, so serialising, sending and
 * parsing an opened project all take less; the window makes the objects back in one pass.
 */
export interface WireDoc {
  info: ProjectDoc['info'];
  tables: Record<EntityTable, WireTable>;
}

/** An entity's values in its table's field order, or (see encodeDoc) the entity itself. */
type WireRow = unknown[] | Record<string, unknown>;

interface WireTable {
  fields: readonly string[];
  rows: WireRow[];
}

/** Each table's fields in their declared order, made once from the entity descriptors. */
const FIELDS = new Map<EntityTable, readonly string[]>();

function fieldsOf(table: EntityTable): readonly string[] {
  let fields = FIELDS.get(table);
  if (!fields) {
    fields = Object.keys(descriptorOf(table).fields);
    FIELDS.set(table, fields);
  }
  return fields;
}

/**
 * The document as tables of values. A row lacking one of its fields (no entity field is
 * optional, so only a bug makes one) goes as its object, so nothing turns into `null`.
 */
export function encodeDoc(doc: ProjectDoc): WireDoc {
  const tables = {} as Record<EntityTable, WireTable>;
  for (const table of ENTITY_TABLES) {
    const fields = fieldsOf(table);
    const rows: WireRow[] = [];
    for (const entity of Object.values(doc[table]) as Record<string, unknown>[]) {
      const values = new Array<unknown>(fields.length);
      let whole = true;
      for (let i = 0; i < fields.length; i++) {
        const value = entity[fields[i] as string];
        if (value === undefined) whole = false;
        values[i] = value;
      }
      rows.push(whole ? values : entity);
    }
    tables[table] = { fields, rows };
  }
  return { info: doc.info, tables };
}

/** The document back from its tables, each row under its id as the store keeps it. */
export function decodeDoc(wire: WireDoc): ProjectDoc {
  const doc = emptyDoc(wire.info.name, wire.info.createdAt);
  doc.info = wire.info;
  for (const table of ENTITY_TABLES) {
    const target = doc[table] as Record<string, unknown>;
    const wireTable = wire.tables[table];
    if (!wireTable) continue;
    const { fields, rows } = wireTable;
    for (const row of rows) {
      let entity: Record<string, unknown>;
      if (Array.isArray(row)) {
        entity = {};
        for (let i = 0; i < fields.length; i++) entity[fields[i] as string] = row[i];
      } else {
        entity = row;
      }
      putRow(target, entity.id as string, entity);
    }
  }
  return doc;
}
