import {
  ENTITY_TABLES,
  type EntityByTable,
  type EntityTable,
  type Lane,
  type ProjectDoc,
  type RowSet,
  type Stage,
  type Touchpoint,
} from './types';

/** Own-property lookup: an id such as "constructor" must never reach Object.prototype. */
export function getEntity<T extends EntityTable>(
  doc: ProjectDoc,
  table: T,
  id: string,
): EntityByTable[T] | undefined {
  const rows = doc[table] as Record<string, EntityByTable[T]>;
  return Object.hasOwn(rows, id) ? rows[id] : undefined;
}

export function byOrderKey<T extends { orderKey: string; id: string }>(a: T, b: T): number {
  // Plain code-unit comparison: fractional keys are ASCII and SQLite's BINARY collation agrees.
  if (a.orderKey !== b.orderKey) return a.orderKey < b.orderKey ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function journeyList(doc: ProjectDoc) {
  return Object.values(doc.journeys).sort(byOrderKey);
}

export function stagesOf(doc: ProjectDoc, journeyId: string): Stage[] {
  return Object.values(doc.stages)
    .filter((s) => s.journeyId === journeyId)
    .sort(byOrderKey);
}

export function lanesOf(doc: ProjectDoc, journeyId: string): Lane[] {
  return Object.values(doc.lanes)
    .filter((l) => l.journeyId === journeyId)
    .sort(byOrderKey);
}

export function personaList(doc: ProjectDoc) {
  return Object.values(doc.personas).sort(byOrderKey);
}

export function connectionsOf(doc: ProjectDoc, journeyId: string) {
  return Object.values(doc.connections).filter((c) => c.journeyId === journeyId);
}

export function cellTouchpoints(doc: ProjectDoc, stageId: string, laneId: string): Touchpoint[] {
  return Object.values(doc.touchpoints)
    .filter((t) => t.stageId === stageId && t.laneId === laneId)
    .sort(byOrderKey);
}

/** The names Object.prototype holds ("__proto__" among them): Object.prototype has no prototype. */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * Stores a row under its id as an own property. An id that names something of Object.prototype
 * (such as "__proto__") is defined rather than assigned, so it stays an ordinary row instead of
 * replacing the table's prototype; any other id is assigned, which is several times faster.
 * The names are looked up in a set: `id in Object.prototype` took longer than the assignment.
 */
export function putRow(rows: Record<string, unknown>, id: string, row: unknown): void {
  if (!PROTOTYPE_KEYS.has(id)) {
    rows[id] = row;
    return;
  }
  Object.defineProperty(rows, id, {
    value: row,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/**
 * The ids of each table `copyRows` made, in Object.keys order, shared by the copies made from it.
 * Typing in a card copies its table at every keystroke, and in Chromium at 10,000 rows
 * Object.keys of a table takes 2.5 ms where the copy itself takes 1 ms. Only copies are listed:
 * their one writer (applyOp) says when it adds or deletes an id (`idsChanged`), and a table in a
 * document is never written to.
 */
const copiedIds = new WeakMap<object, readonly string[]>();

/**
 * A table's rows in a new table object, each under its id as `putRow` puts it. A loop over the
 * keys rather than a spread: at 10,000 rows it takes about half the time, and an edit copies
 * the table it writes to.
 */
export function copyRows<R>(rows: Readonly<Record<string, R>>): Record<string, R> {
  const copy: Record<string, R> = {};
  const ids = copiedIds.get(rows) ?? Object.keys(rows);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    putRow(copy, id, rows[id]);
  }
  copiedIds.set(copy, ids);
  return copy;
}

/** A copy from `copyRows`, still being written, gained or lost an id: its listed ids are dropped. */
export function idsChanged(rows: object): void {
  copiedIds.delete(rows);
}

export const cellKey = (stageId: string, laneId: string) => `${stageId}\u0000${laneId}`;

/** Every cell's touchpoints in order, in one pass over the journey's touchpoints. */
export function touchpointsByCell(doc: ProjectDoc, journeyId: string): Map<string, Touchpoint[]> {
  const cells = new Map<string, Touchpoint[]>();
  for (const t of Object.values(doc.touchpoints)) {
    if (t.journeyId !== journeyId) continue;
    const key = cellKey(t.stageId, t.laneId);
    const cell = cells.get(key);
    if (cell) cell.push(t);
    else cells.set(key, [t]);
  }
  for (const cell of cells.values()) cell.sort(byOrderKey);
  return cells;
}

export function emptyDoc(name: string, createdAt: string): ProjectDoc {
  const tables = Object.fromEntries(ENTITY_TABLES.map((table) => [table, {}]));
  return { info: { name, createdAt }, ...tables } as ProjectDoc;
}

/** A row set with every table present and empty, for code that builds one up. */
export function emptyRows(): Required<RowSet> {
  const rows: RowSet = {};
  for (const table of ENTITY_TABLES) rows[table] = [];
  return rows as Required<RowSet>;
}
