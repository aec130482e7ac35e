import {
  cellTouchpoints,
  copyRows,
  getEntity,
  idsChanged,
  journeyList,
  lanesOf,
  putRow,
  stagesOf,
} from '../model/doc';
import {
  ENTITY_TABLES,
  type EntityByTable,
  type EntityTable,
  type ProjectDoc,
  type RowSet,
} from '../model/types';
import { ENTITIES, type FindRow } from '../model/entities';
import { cascadeDeletion, type GoneIds, referenceProblems } from '../model/references';
import { OpError } from './errors';
import { refuseSecondSingleton } from './laneRules';
import { isNoteLane } from '../model/laneKinds';
import { quotesOf } from '../model/evidence';
import { resolveOrderKey } from './position';
import { dropHandEditedFromData } from '../model/surveys';
import type { Op, Position, RowIds, SingleOp } from './schema';

export type Touched = { table: EntityTable; id: string } | { table: 'info' };

export interface OpResult {
  doc: ProjectDoc;
  /** Applying this to `doc` gives back the document the op was applied to. */
  inverse: Op;
  /** Every row the op wrote or deleted: the store persists exactly these. */
  touched: Touched[];
}

/**
 * Tables this op has already copied. A batch (or a large insert) copies each table it writes
 * once and then writes into its own copy, so restoring a stage of 2,000 cards is linear, not
 * quadratic. The input document is never written to either way.
 */
type Owned = Set<EntityTable>;

function ownTable(doc: ProjectDoc, table: EntityTable, owned: Owned | undefined) {
  if (owned?.has(table)) return { doc, rows: doc[table] as Record<string, unknown> };
  const rows = copyRows(doc[table] as Record<string, unknown>);
  owned?.add(table);
  return { doc: { ...doc, [table]: rows }, rows };
}

function setRow<T extends EntityTable>(
  doc: ProjectDoc,
  table: T,
  row: EntityByTable[T],
  owned?: Owned,
): ProjectDoc {
  const target = ownTable(doc, table, owned);
  if (!Object.hasOwn(target.rows, row.id)) idsChanged(target.rows);
  putRow(target.rows, row.id, row);
  return target.doc;
}

function removeRows(
  doc: ProjectDoc,
  table: EntityTable,
  ids: Iterable<string>,
  owned?: Owned,
): ProjectDoc {
  const target = ownTable(doc, table, owned);
  idsChanged(target.rows);
  for (const id of ids) delete target.rows[id];
  return target.doc;
}

const singular = (table: EntityTable) => ENTITIES[table].noun;

function need<T extends EntityTable>(doc: ProjectDoc, table: T, id: string): EntityByTable[T] {
  const row = getEntity(doc, table, id);
  if (!row) throw new OpError(`No ${singular(table)} with id ${id}`);
  return row;
}

function mustBeNew(doc: ProjectDoc, table: EntityTable, id: string): void {
  if (getEntity(doc, table, id)) throw new OpError(`A ${singular(table)} with id ${id} exists`);
}

/** Only the fields a patch changes, so an inverse patch restores exactly what was there. */
function previousValues<T extends object>(row: T, patch: Partial<T>): Partial<T> {
  const before: Partial<T> = {};
  for (const key of Object.keys(patch) as (keyof T)[]) before[key] = row[key];
  return before;
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => v === b[i]);
  }
  return a === b;
}

/** Throws unless every id a row refers to exists, in its journey, and the row keeps its rules. */
function checkReferences<T extends EntityTable>(
  doc: ProjectDoc,
  table: T,
  row: EntityByTable[T],
): void {
  const find: FindRow = (t, id) => getEntity(doc, t, id);
  const [problem] = referenceProblems(table, row, find);
  if (problem) throw new OpError(problem.message);
  if (table === 'lanes') refuseSecondSingleton(doc, row as EntityByTable['lanes']);
}

type UpdateOp = Extract<
  SingleOp,
  {
    type:
      | 'updateJourney'
      | 'updatePersona'
      | 'updateStage'
      | 'updateLane'
      | 'updateTouchpoint'
      | 'updateConnection'
      | 'updateSource'
      | 'updateQuote';
  }
>;

/** The table each update op edits (the project itself is `updateProject`, kept in `meta`). */
export const UPDATED_TABLE = {
  updateJourney: 'journeys',
  updatePersona: 'personas',
  updateStage: 'stages',
  updateLane: 'lanes',
  updateTouchpoint: 'touchpoints',
  updateConnection: 'connections',
  updateSource: 'sources',
  updateQuote: 'quotes',
} as const satisfies Record<UpdateOp['type'], EntityTable>;

/** Field patches: one shape for every entity, the inverse patch holding only what changed. */
function applyUpdate(doc: ProjectDoc, op: UpdateOp, owned?: Owned): OpResult {
  const table = UPDATED_TABLE[op.type];
  const row = need(doc, table, op.id);
  const given = definedOnly(op.patch) as Partial<typeof row>;
  const patch = table === 'touchpoints' ? dropHandEditedFromData(row, given) : given;
  // The inverse patches the same fields of the same entity kind as the op itself.
  const inverse = { type: op.type, id: op.id, patch: previousValues(row, patch) } as UpdateOp;
  const keys = Object.keys(patch) as (keyof typeof row)[];
  // Setting what is already there writes nothing, so it is not an edit to save or undo.
  if (!keys.some((k) => !sameValue(patch[k], row[k]))) return { doc, inverse, touched: [] };
  // Spreading a union widens optional fields; the patch schema only holds fields of this table.
  const next = { ...row, ...patch } as typeof row;
  checkReferences(doc, table, next);
  return { doc: setRow(doc, table, next, owned), inverse, touched: [{ table, id: op.id }] };
}

type MoveOp = Extract<SingleOp, { type: 'moveJourney' | 'moveStage' | 'moveLane' | 'moveQuote' }>;

function siblingsOf(doc: ProjectDoc, op: MoveOp) {
  switch (op.type) {
    case 'moveJourney':
      return { table: 'journeys' as const, list: journeyList(doc) };
    case 'moveStage':
      return {
        table: 'stages' as const,
        list: stagesOf(doc, need(doc, 'stages', op.id).journeyId),
      };
    case 'moveLane':
      return { table: 'lanes' as const, list: lanesOf(doc, need(doc, 'lanes', op.id).journeyId) };
    case 'moveQuote':
      return { table: 'quotes' as const, list: quotesOf(doc, need(doc, 'quotes', op.id).cardId) };
  }
}

function applyMove(doc: ProjectDoc, op: MoveOp, owned?: Owned): OpResult {
  const { table, list } = siblingsOf(doc, op);
  const row = need(doc, table, op.id);
  const orderKey = resolveOrderKey(
    list.filter((s) => s.id !== op.id),
    op.at,
  );
  return {
    doc: setRow(doc, table, { ...row, orderKey }, owned),
    inverse: { type: op.type, id: op.id, at: { orderKey: row.orderKey } },
    touched: [{ table, id: op.id }],
  };
}

/** Adds one ordered row at a position among its siblings. */
function addAt<T extends 'stages' | 'lanes' | 'touchpoints'>(
  doc: ProjectDoc,
  table: T,
  row: Omit<EntityByTable[T], 'orderKey'>,
  siblings: () => readonly { orderKey: string }[],
  at: Position,
  owned?: Owned,
): OpResult {
  mustBeNew(doc, table, row.id);
  const full = { ...row, orderKey: resolveOrderKey('index' in at ? siblings() : [], at) };
  checkReferences(doc, table, full as EntityByTable[T]);
  return {
    doc: setRow(doc, table, full as EntityByTable[T], owned),
    inverse: { type: 'deleteRows', ids: { [table]: [row.id] } },
    touched: [{ table, id: row.id }],
  };
}

function insertRows(doc: ProjectDoc, rows: RowSet, owned: Owned = new Set()): OpResult {
  let next = doc;
  const touched: Touched[] = [];
  const ids: RowIds = {};
  for (const table of ENTITY_TABLES) {
    const list = (rows[table] ?? []) as EntityByTable[typeof table][];
    if (list.length === 0) continue;
    for (const row of list) {
      mustBeNew(next, table, row.id);
      next = setRow(next, table, row, owned);
      touched.push({ table, id: row.id });
    }
    // References are checked once the whole table is in, so rows may refer to each other.
    for (const row of list) checkReferences(next, table, row);
    ids[table] = list.map((r) => r.id);
  }
  return { doc: next, inverse: { type: 'deleteRows', ids }, touched };
}

const UPDATE_OF = Object.fromEntries(
  Object.entries(UPDATED_TABLE).map(([type, table]) => [table, type]),
) as Record<EntityTable, UpdateOp['type']>;

/** Everything a delete takes with it, and the links it clears in rows that stay. */
function collectDeletion(doc: ProjectDoc, ids: RowIds) {
  const gone = {} as GoneIds;
  for (const table of ENTITY_TABLES) {
    gone[table] = new Set(ids[table] ?? []);
    for (const id of gone[table]) need(doc, table, id);
  }
  const unlinks = cascadeDeletion(doc, gone);
  return { gone, unlinks };
}

function deleteRowsOp(doc: ProjectDoc, ids: RowIds, owned?: Owned): OpResult {
  const { gone, unlinks } = collectDeletion(doc, ids);
  let next = doc;
  const touched: Touched[] = [];
  const restoreLinks: SingleOp[] = [];
  for (const { table, id, patch } of unlinks) {
    // Only set-null links are cleared, and each is an editable field of its table.
    const result = applyUpdate(next, { type: UPDATE_OF[table], id, patch } as UpdateOp, owned);
    next = result.doc;
    touched.push(...result.touched);
    restoreLinks.push(result.inverse as SingleOp);
  }
  const restored: RowSet = {};
  for (const table of ENTITY_TABLES) {
    if (gone[table].size === 0) continue;
    const rows = doc[table] as Record<string, EntityByTable[typeof table]>;
    (restored as Record<string, unknown[]>)[table] = [...gone[table]].map((id) => rows[id]);
    for (const id of gone[table]) touched.push({ table, id });
    next = removeRows(next, table, gone[table], owned);
  }
  const reinsert: SingleOp = { type: 'insertRows', rows: restored };
  return {
    doc: next,
    inverse:
      restoreLinks.length === 0 ? reinsert : { type: 'batch', ops: [reinsert, ...restoreLinks] },
    touched,
  };
}

/**
 * Moves a card to another cell. Into a note lane it becomes a note and loses its emotion and
 * effort; the inverse moves it back and then gives them back, so undo is exact.
 */
function moveTouchpoint(
  doc: ProjectDoc,
  op: Extract<SingleOp, { type: 'moveTouchpoint' }>,
  owned?: Owned,
): OpResult {
  const row = need(doc, 'touchpoints', op.id);
  const lane = getEntity(doc, 'lanes', op.laneId);
  const rated = row.emotion !== null || row.effort !== null;
  const clears = rated && lane !== undefined && isNoteLane(lane.kind);
  const moved = {
    ...row,
    stageId: op.stageId,
    laneId: op.laneId,
    ...(clears ? { emotion: null, effort: null } : {}),
  };
  checkReferences(doc, 'touchpoints', moved);
  const siblings = cellTouchpoints(doc, op.stageId, op.laneId).filter((t) => t.id !== op.id);
  const back: SingleOp = {
    type: 'moveTouchpoint',
    id: op.id,
    stageId: row.stageId,
    laneId: row.laneId,
    at: { orderKey: row.orderKey },
  };
  const rerate: SingleOp = {
    type: 'updateTouchpoint',
    id: op.id,
    patch: { emotion: row.emotion, effort: row.effort },
  };
  return {
    doc: setRow(
      doc,
      'touchpoints',
      { ...moved, orderKey: resolveOrderKey(siblings, op.at) },
      owned,
    ),
    inverse: clears ? { type: 'batch', ops: [back, rerate] } : back,
    touched: [{ table: 'touchpoints', id: op.id }],
  };
}

function applySingle(doc: ProjectDoc, op: SingleOp, owned?: Owned): OpResult {
  switch (op.type) {
    case 'updateProject': {
      const inverse: Op = { type: 'updateProject', patch: { name: doc.info.name } };
      return {
        doc: { ...doc, info: { ...doc.info, ...op.patch } },
        inverse,
        touched: [{ table: 'info' }],
      };
    }
    case 'updateJourney':
    case 'updatePersona':
    case 'updateStage':
    case 'updateLane':
    case 'updateTouchpoint':
    case 'updateConnection':
    case 'updateSource':
    case 'updateQuote':
      return applyUpdate(doc, op, owned);
    case 'moveJourney':
    case 'moveStage':
    case 'moveLane':
    case 'moveQuote':
      return applyMove(doc, op, owned);
    case 'addStage':
      return addAt(doc, 'stages', op.stage, () => stagesOf(doc, op.stage.journeyId), op.at, owned);
    case 'addLane':
      return addAt(doc, 'lanes', op.lane, () => lanesOf(doc, op.lane.journeyId), op.at, owned);
    case 'addTouchpoint': {
      const { stageId, laneId } = op.touchpoint;
      const siblings = () => cellTouchpoints(doc, stageId, laneId);
      return addAt(doc, 'touchpoints', op.touchpoint, siblings, op.at, owned);
    }
    case 'moveTouchpoint':
      return moveTouchpoint(doc, op, owned);
    case 'insertRows':
      return insertRows(doc, op.rows, owned);
    case 'deleteRows':
      return deleteRowsOp(doc, op.ids, owned);
  }
}

function touchedKey(t: Touched): string {
  return 'id' in t ? `${t.table}:${t.id}` : t.table;
}

/**
 * Applies an edit to a document without mutating it. The same function runs in the renderer
 * (for an instant canvas) and in the backend (to decide which rows to write), so an edit has
 * exactly one implementation. Throws OpError when the op does not fit the document.
 */
export function applyOp(doc: ProjectDoc, op: Op): OpResult {
  if (op.type !== 'batch') return applySingle(doc, op);
  let current = doc;
  const owned: Owned = new Set();
  const inverses: SingleOp[] = [];
  const touched = new Map<string, Touched>();
  for (const step of op.ops) {
    const result = applySingle(current, step, owned);
    current = result.doc;
    // A step's inverse may itself be a batch (a delete that clears links): keep it flat.
    const undo = result.inverse;
    inverses.unshift(...(undo.type === 'batch' ? undo.ops : [undo]));
    for (const t of result.touched) touched.set(touchedKey(t), t);
  }
  return {
    doc: current,
    inverse: { type: 'batch', ops: inverses },
    touched: [...touched.values()],
  };
}
