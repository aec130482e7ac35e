import { byOrderKey, cellTouchpoints, getEntity, putRow, stagesOf } from '../model/doc';
import type { EntityByTable, EntityTable, ProjectDoc, Stage, Touchpoint } from '../model/types';
import { OpError } from './errors';
import { resolveOrderKey } from './position';
import type { Op, SingleOp } from './schema';

export type Touched = { table: EntityTable; id: string } | { table: 'info' };

export interface OpResult {
  doc: ProjectDoc;
  /** Applying this to `doc` gives back the document the op was applied to. */
  inverse: Op;
  /** Every row the op wrote or deleted: the store persists exactly these. */
  touched: Touched[];
}

/**
 * Tables this batch has already copied. A batch copies each table it writes once and then
 * writes into its own copy, so restoring a stage of 2,000 cards is linear, not quadratic; a
 * single op copies as usual. The input document is never written to either way.
 */
type Owned = Set<EntityTable>;

function ownTable(doc: ProjectDoc, table: EntityTable, owned: Owned | undefined) {
  if (owned?.has(table)) return { doc, rows: doc[table] as Record<string, unknown> };
  const rows = { ...doc[table] } as Record<string, unknown>;
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
  putRow(target.rows, row.id, row);
  return target.doc;
}

function deleteRows(
  doc: ProjectDoc,
  table: EntityTable,
  ids: readonly string[],
  owned?: Owned,
): ProjectDoc {
  const target = ownTable(doc, table, owned);
  for (const id of ids) delete target.rows[id];
  return target.doc;
}

function need<T extends EntityTable>(doc: ProjectDoc, table: T, id: string): EntityByTable[T] {
  const row = getEntity(doc, table, id);
  if (!row) throw new OpError(`No ${table.slice(0, -1)} with id ${id}`);
  return row;
}

function mustBeNew(doc: ProjectDoc, table: EntityTable, id: string): void {
  if (getEntity(doc, table, id)) throw new OpError(`A ${table.slice(0, -1)} with id ${id} exists`);
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

function checkCell(doc: ProjectDoc, journeyId: string, stageId: string, laneId: string): void {
  const stage = need(doc, 'stages', stageId);
  const lane = need(doc, 'lanes', laneId);
  if (stage.journeyId !== journeyId || lane.journeyId !== journeyId) {
    throw new OpError('Stage and lane must belong to the touchpoint’s journey');
  }
}

type UpdateOp = Extract<SingleOp, { type: 'updateJourney' | 'updateStage' | 'updateTouchpoint' }>;

const UPDATED_TABLE = {
  updateJourney: 'journeys',
  updateStage: 'stages',
  updateTouchpoint: 'touchpoints',
} as const satisfies Record<UpdateOp['type'], EntityTable>;

/** Field patches: one shape for every entity, the inverse patch holding only what changed. */
function applyUpdate(doc: ProjectDoc, op: UpdateOp, owned?: Owned): OpResult {
  const table = UPDATED_TABLE[op.type];
  const row = need(doc, table, op.id);
  const patch = definedOnly(op.patch) as Partial<typeof row>;
  // The inverse patches the same fields of the same entity kind as the op itself.
  const inverse = { type: op.type, id: op.id, patch: previousValues(row, patch) } as UpdateOp;
  const changes = (Object.keys(patch) as (keyof typeof row)[]).some((k) => patch[k] !== row[k]);
  // Setting what is already there writes nothing, so it is not an edit to save or undo.
  if (!changes) return { doc, inverse, touched: [] };
  return {
    doc: setRow(doc, table, { ...row, ...patch }, owned),
    inverse,
    touched: [{ table, id: op.id }],
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
    case 'updateStage':
    case 'updateTouchpoint':
      return applyUpdate(doc, op, owned);
    case 'addStage': {
      need(doc, 'journeys', op.stage.journeyId);
      mustBeNew(doc, 'stages', op.stage.id);
      const orderKey = resolveOrderKey(stagesOf(doc, op.stage.journeyId), op.at);
      const stage: Stage = { ...op.stage, orderKey };
      let next = setRow(doc, 'stages', stage, owned);
      const touched: Touched[] = [{ table: 'stages', id: stage.id }];
      for (const tp of op.touchpoints ?? []) {
        if (tp.stageId !== stage.id) throw new OpError('Restored touchpoints must be in the stage');
        mustBeNew(next, 'touchpoints', tp.id);
        checkCell(next, tp.journeyId, tp.stageId, tp.laneId);
        next = setRow(next, 'touchpoints', tp, owned);
        touched.push({ table: 'touchpoints', id: tp.id });
      }
      return { doc: next, inverse: { type: 'deleteStage', id: stage.id }, touched };
    }
    case 'moveStage': {
      const row = need(doc, 'stages', op.id);
      const siblings = stagesOf(doc, row.journeyId).filter((s) => s.id !== op.id);
      const orderKey = resolveOrderKey(siblings, op.at);
      return {
        doc: setRow(doc, 'stages', { ...row, orderKey }, owned),
        inverse: { type: 'moveStage', id: op.id, at: { orderKey: row.orderKey } },
        touched: [{ table: 'stages', id: op.id }],
      };
    }
    case 'deleteStage': {
      const row = need(doc, 'stages', op.id);
      const contents = Object.values(doc.touchpoints)
        .filter((t) => t.stageId === op.id)
        .sort(byOrderKey);
      const { orderKey, ...stage } = row;
      let next = deleteRows(
        doc,
        'touchpoints',
        contents.map((t) => t.id),
        owned,
      );
      next = deleteRows(next, 'stages', [op.id], owned);
      return {
        doc: next,
        inverse: { type: 'addStage', stage, at: { orderKey }, touchpoints: contents },
        touched: [
          ...contents.map((t) => ({ table: 'touchpoints' as const, id: t.id })),
          { table: 'stages', id: op.id },
        ],
      };
    }
    case 'addTouchpoint': {
      const { journeyId, stageId, laneId, id } = op.touchpoint;
      mustBeNew(doc, 'touchpoints', id);
      checkCell(doc, journeyId, stageId, laneId);
      const orderKey = resolveOrderKey(cellTouchpoints(doc, stageId, laneId), op.at);
      const touchpoint: Touchpoint = { ...op.touchpoint, orderKey };
      return {
        doc: setRow(doc, 'touchpoints', touchpoint, owned),
        inverse: { type: 'deleteTouchpoint', id },
        touched: [{ table: 'touchpoints', id }],
      };
    }
    case 'moveTouchpoint': {
      const row = need(doc, 'touchpoints', op.id);
      checkCell(doc, row.journeyId, op.stageId, op.laneId);
      const siblings = cellTouchpoints(doc, op.stageId, op.laneId).filter((t) => t.id !== op.id);
      const orderKey = resolveOrderKey(siblings, op.at);
      return {
        doc: setRow(
          doc,
          'touchpoints',
          {
            ...row,
            stageId: op.stageId,
            laneId: op.laneId,
            orderKey,
          },
          owned,
        ),
        inverse: {
          type: 'moveTouchpoint',
          id: op.id,
          stageId: row.stageId,
          laneId: row.laneId,
          at: { orderKey: row.orderKey },
        },
        touched: [{ table: 'touchpoints', id: op.id }],
      };
    }
    case 'deleteTouchpoint': {
      const row = need(doc, 'touchpoints', op.id);
      const { orderKey, ...touchpoint } = row;
      return {
        doc: deleteRows(doc, 'touchpoints', [op.id], owned),
        inverse: { type: 'addTouchpoint', touchpoint, at: { orderKey } },
        touched: [{ table: 'touchpoints', id: op.id }],
      };
    }
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
    // A single op's inverse is always a single op.
    inverses.unshift(result.inverse as SingleOp);
    for (const t of result.touched) touched.set(touchedKey(t), t);
  }
  return {
    doc: current,
    inverse: { type: 'batch', ops: inverses },
    touched: [...touched.values()],
  };
}
