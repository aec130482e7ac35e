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
  /**
   * Per field, for a reference (the id of another row, which many rows name: a card's journey,
   * stage and lane): each id once, a row of values holding its place in the list; null for
   * other fields. A third less text at 2,000 cards. Absent when no field is sent this way.
   */
  ids?: (string[] | null)[];
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
 * A table's rows as they are sent, added one by one: a row of values has each reference it holds
 * replaced by the id's place in that field's list (WireTable.ids); a row sent as its object
 * (see encodeDoc) is kept as it is.
 */
export class WireTableWriter {
  private readonly rows: WireRow[] = [];
  /** Per field, for a reference: its ids in order, and where each id is in that list. */
  private readonly refs: ({ ids: string[]; at: Map<string, number> } | null)[];
  private readonly refColumns: number[] = [];

  constructor(
    table: EntityTable,
    readonly fields: readonly string[],
  ) {
    const specs = descriptorOf(table).fields as Record<string, { ref?: unknown }>;
    this.refs = fields.map((field, i) => {
      if (!specs[field]?.ref) return null;
      this.refColumns.push(i);
      return { ids: [], at: new Map() };
    });
  }

  /** Adds a row; an array is this writer's to change from now on. */
  add(row: WireRow): void {
    if (Array.isArray(row)) {
      for (const i of this.refColumns) {
        const id = row[i];
        if (typeof id !== 'string') continue;
        const ref = this.refs[i]!;
        let place = ref.at.get(id);
        if (place === undefined) {
          place = ref.ids.length;
          ref.ids.push(id);
          ref.at.set(id, place);
        }
        row[i] = place;
      }
    }
    this.rows.push(row);
  }

  table(): WireTable {
    const { fields, rows } = this;
    if (this.refColumns.length === 0) return { fields, rows };
    return { fields, rows, ids: this.refs.map((ref) => ref?.ids ?? null) };
  }
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
    const writer = new WireTableWriter(table, fields);
    for (const entity of Object.values(doc[table]) as Record<string, unknown>[]) {
      const values = new Array<unknown>(fields.length);
      let whole = true;
      for (let i = 0; i < fields.length; i++) {
        const value = entity[fields[i] as string];
        if (value === undefined) whole = false;
        values[i] = value;
      }
      writer.add(whole ? values : entity);
    }
    tables[table] = writer.table();
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
    const { fields, rows, ids } = wireTable;
    // Every entity starts as a copy of one object with all the fields: a quarter faster than
    // adding them one by one, which walks the object's shape from empty each time.
    const blank: Record<string, unknown> = {};
    for (const field of fields) blank[field] = undefined;
    const refColumns = ids ? fields.flatMap((_f, i) => (ids[i] ? [i] : [])) : [];
    for (const row of rows) {
      let entity: Record<string, unknown>;
      if (Array.isArray(row)) {
        entity = { ...blank };
        for (let i = 0; i < fields.length; i++) entity[fields[i] as string] = row[i];
        for (const i of refColumns) {
          const place = row[i];
          if (typeof place === 'number') entity[fields[i] as string] = ids![i]![place];
        }
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
