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
export type WireRow = unknown[] | Record<string, unknown>;

export interface WireTable {
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
 * Documents made from tables by `docFromTables`, with those tables. Documents are never changed
 * in place (an edit makes a new one), so a document sent as it was made goes as those tables.
 */
const MADE_FROM = new WeakMap<ProjectDoc, WireDoc>();

/**
 * The document as tables of values. A row lacking one of its fields (no entity field is
 * optional, so only a bug makes one) goes as its object, so nothing turns into `null`.
 */
export function encodeDoc(doc: ProjectDoc): WireDoc {
  return MADE_FROM.get(doc) ?? tablesOf(doc);
}

function tablesOf(doc: ProjectDoc): WireDoc {
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
    // Every entity starts as a copy of one object with all the fields: a quarter faster than
    // adding them one by one, which walks the object's shape from empty each time.
    const blank: Record<string, unknown> = {};
    for (const field of fields) blank[field] = undefined;
    for (const row of rows) {
      let entity: Record<string, unknown>;
      if (Array.isArray(row)) {
        entity = { ...blank };
        for (let i = 0; i < fields.length; i++) entity[fields[i] as string] = row[i];
      } else {
        entity = row;
      }
      putRow(target, entity.id as string, entity);
    }
  }
  return doc;
}

/**
 * The document of tables its maker will not change again (the backend's rows as it read and
 * checked them). Its entities are made from the tables only when one of its tables is first
 * read (an edit, an export): an opened project is sent as these tables, without making them or
 * encoding them again, so the window has it sooner. Each table is an accessor; setting one (no
 * code does) makes it a plain property and the document is then encoded when sent.
 */
export function docFromTables(wire: WireDoc): ProjectDoc {
  let made: ProjectDoc | null = null;
  const doc = { info: wire.info } as ProjectDoc;
  for (const table of ENTITY_TABLES) {
    Object.defineProperty(doc, table, {
      enumerable: true,
      configurable: true,
      get: () => (made ??= decodeDoc(wire))[table],
      set: (value: unknown) => {
        MADE_FROM.delete(doc);
        Object.defineProperty(doc, table, { value, enumerable: true, writable: true });
      },
    });
  }
  MADE_FROM.set(doc, wire);
  return doc;
}
