import { errorMessage } from '../api/errors';
import { byOrderKey, cellTouchpoints, getEntity, lanesOf, stagesOf } from '../model/doc';
import { ENTITIES, referencesOf } from '../model/entities';
import { LANE_KIND_SPECS } from '../model/laneKinds';
import { cascadeDeletion, type GoneIds, referenceProblems } from '../model/references';
import {
  ENTITY_TABLES,
  type EntityTable,
  type Lane,
  type ProjectDoc,
  type RowSet,
  type Stage,
  type Touchpoint,
} from '../model/types';
import { applyOp, UPDATED_TABLE } from '../ops/applyOp';
import { resolveOrderKey } from '../ops/position';
import type { Op, SingleOp } from '../ops/schema';
import { fieldKey, rowKey } from './footprint';

/**
 * "Keep mine" on a row another window deleted while this window was editing it: the row comes
 * back as this window last showed it, with what the delete took along (its arrows, quotes,
 * links, attachments: every cascade the entity declarations name) and the links the delete
 * cleared in rows that stayed. It is one insert, an edit like any other, which both windows
 * then see and which undo takes back in one step.
 */

type Row = Record<string, unknown> & { id: string };

/** A row this window was editing when another window deleted it, as this window showed it. */
export interface ShownBeforeDelete {
  table: EntityTable;
  id: string;
  /** The row and every row its delete takes along, as shown here, that the other window deleted. */
  rows: RowSet;
  /** Links in rows that stayed which pointed at those rows (the delete cleared them). */
  links: { table: EntityTable; id: string; field: string; value: string }[];
  /** The rows they belong to (stage, lane, journey, card), as shown: named if gone too. */
  homes: RowSet;
}

/** What a row is called in a sentence: its title or name, else its id. */
export function labelOf(row: Record<string, unknown> | undefined, id: string): string {
  for (const field of ['title', 'name', 'label']) {
    const value = row?.[field];
    if (typeof value === 'string' && value.trim()) return value;
  }
  return id;
}

const rowIn = (doc: ProjectDoc, table: EntityTable, id: string) =>
  getEntity(doc, table, id) as Row | undefined;

function noneGone(): GoneIds {
  return Object.fromEntries(ENTITY_TABLES.map((t) => [t, new Set<string>()])) as GoneIds;
}

/**
 * What `shown` (this window) held of row `table:id` and of everything deleting it takes along,
 * limited to the rows `saved` (the project after the other window's delete) no longer has.
 */
export function shownBeforeDelete(
  shown: ProjectDoc,
  saved: ProjectDoc,
  table: EntityTable,
  id: string,
): ShownBeforeDelete {
  const gone = noneGone();
  gone[table].add(id);
  const unlinks = cascadeDeletion(shown, gone);
  const rows: Record<string, Row[]> = {};
  const homes: Record<string, Row[]> = {};
  const homeKeys = new Set<string>();
  for (const t of ENTITY_TABLES) {
    const list = [...gone[t]].flatMap((rid) => {
      const row = rowIn(shown, t, rid);
      return row && !rowIn(saved, t, rid) ? [row] : [];
    });
    if (list.length > 0) rows[t] = list;
    for (const row of list) {
      for (const [field, ref] of referencesOf(t)) {
        const target = row[field];
        if (typeof target !== 'string' || gone[ref.table].has(target)) continue;
        const home = rowIn(shown, ref.table, target);
        const key = rowKey(ref.table, target);
        if (!home || homeKeys.has(key)) continue;
        homeKeys.add(key);
        (homes[ref.table] ??= []).push(home);
      }
    }
  }
  const links = unlinks.flatMap((u) =>
    Object.keys(u.patch).flatMap((field) => {
      const value = rowIn(shown, u.table, u.id)?.[field];
      return typeof value === 'string' ? [{ table: u.table, id: u.id, field, value }] : [];
    }),
  );
  return { table, id, rows: rows as RowSet, links, homes: homes as RowSet };
}

export interface RestorePlan {
  /** The edit that puts the rows back; null when nothing can come back. */
  op: Op | null;
  /** What the person is told: rows put somewhere else, rows that cannot come back, and why. */
  said: string[];
}

const UPDATE_OF = Object.fromEntries(
  Object.entries(UPDATED_TABLE).map(([type, table]) => [table, type]),
) as Partial<Record<EntityTable, SingleOp['type']>>;

/** The row of `list` nearest to where `was` stood in the same order: the next, else the last. */
function nearest<T extends { orderKey: string; id: string }>(
  list: T[],
  was?: { orderKey: string },
) {
  const sorted = [...list].sort(byOrderKey);
  if (!was) return sorted[0];
  return sorted.find((row) => row.orderKey > was.orderKey) ?? sorted.at(-1);
}

const noun = (table: EntityTable) =>
  table === 'touchpoints' ? 'card' : ENTITIES[table].noun.toLowerCase();

/**
 * The edit that puts `kept` back into `doc`. A card whose stage or lane is gone too (and does
 * not come back with it) goes to the nearest stage and the nearest lane holding the same kind of
 * card of its journey, at the end of that cell, and the person is told where. A row whose
 * journey (or whose card, for a quote) is gone too cannot come back: that is said, naming it.
 */
export function planRestore(doc: ProjectDoc, kept: readonly ShownBeforeDelete[]): RestorePlan {
  const said: string[] = [];
  const back = new Map<string, { table: EntityTable; row: Row }>();
  const homes = new Map<string, Row>();
  for (const k of kept) {
    for (const table of ENTITY_TABLES) {
      for (const row of (k.rows[table] ?? []) as Row[]) {
        const key = rowKey(table, row.id);
        if (!rowIn(doc, table, row.id) && !back.has(key)) back.set(key, { table, row: { ...row } });
      }
      for (const row of (k.homes[table] ?? []) as Row[]) homes.set(rowKey(table, row.id), row);
    }
  }
  const find = (table: EntityTable, id: string) =>
    back.get(rowKey(table, id))?.row ?? rowIn(doc, table, id);
  const named = (table: EntityTable, id: string) =>
    `its ${noun(table)} “${labelOf(homes.get(rowKey(table, id)), id)}”`;
  const edited = new Set(kept.map((k) => rowKey(k.table, k.id)));
  const titleOf = (row: Row) => `“${labelOf(row, row.id)}”`;

  // Cards whose cell is gone find the nearest one that holds their kind of card.
  const placed: Row[] = [];
  for (const { table, row } of back.values()) {
    if (table !== 'touchpoints') continue;
    const card = row as unknown as Touchpoint;
    const stageGone = !find('stages', card.stageId);
    const laneGone = !find('lanes', card.laneId);
    if ((!stageGone && !laneGone) || !find('journeys', card.journeyId)) continue;
    const wasStage = homes.get(rowKey('stages', card.stageId)) as Stage | undefined;
    const wasLane = homes.get(rowKey('lanes', card.laneId)) as Lane | undefined;
    const stage = stageGone ? nearest(stagesOf(doc, card.journeyId), wasStage) : undefined;
    const holds = wasLane
      ? LANE_KIND_SPECS[wasLane.kind].holds
      : card.emotion !== null || card.effort !== null
        ? 'touchpoint'
        : 'note';
    const lanes = lanesOf(doc, card.journeyId).filter(
      (l) => LANE_KIND_SPECS[l.kind].holds === holds,
    );
    const sameKind = lanes.filter((l) => l.kind === wasLane?.kind);
    const lane = laneGone ? nearest(sameKind.length ? sameKind : lanes, wasLane) : undefined;
    const goneNames = [
      ...(stageGone ? [named('stages', card.stageId)] : []),
      ...(laneGone ? [named('lanes', card.laneId)] : []),
    ].join(' and ');
    if ((stageGone && !stage) || (laneGone && !lane)) continue; // said below, as a missing home
    const stageId = stage?.id ?? card.stageId;
    const laneId = lane?.id ?? card.laneId;
    const siblings = [
      ...cellTouchpoints(doc, stageId, laneId),
      ...placed.filter((p) => p.stageId === stageId && p.laneId === laneId),
    ] as { orderKey: string }[];
    Object.assign(row, {
      stageId,
      laneId,
      orderKey: resolveOrderKey(siblings, { index: siblings.length }),
    });
    placed.push(row);
    const where = [stage && `stage “${stage.name}”`, lane && `lane “${lane.name}”`]
      .filter(Boolean)
      .join(', ');
    said.push(
      `${goneNames.charAt(0).toUpperCase()}${goneNames.slice(1)} ${stageGone && laneGone ? 'were' : 'was'} deleted: ${titleOf(row)} goes to ${where}.`,
    );
  }

  // Rows whose home is gone stay deleted; links to rows gone for good are cleared.
  let left = 0;
  for (let changed = true; changed;) {
    changed = false;
    for (const [key, { table, row }] of back) {
      for (const problem of referenceProblems(table, row, find)) {
        if (problem.missing?.onDelete === 'setNull') {
          row[problem.field] = null;
          continue;
        }
        back.delete(key);
        changed = true;
        const target = row[problem.field];
        if (!edited.has(key)) left += 1;
        else if (problem.kind === 'missing' && typeof target === 'string' && problem.missing) {
          said.push(
            `${titleOf(row)} cannot be put back: ${named(problem.missing.table, target)} was deleted${problem.missing.table === 'stages' || problem.missing.table === 'lanes' ? ' and no other can hold it' : ''}.`,
          );
        } else said.push(`${titleOf(row)} cannot be put back: ${problem.message}.`);
        break;
      }
    }
  }
  if (left > 0 && back.size > 0) {
    said.push(
      `${left === 1 ? 'One item' : `${left} items`} deleted with it ${left === 1 ? 'stays' : 'stay'} deleted: what ${left === 1 ? 'it was' : 'they were'} linked to is gone too.`,
    );
  }
  if (back.size === 0) return { op: null, said };

  const rows: Record<string, Row[]> = {};
  for (const { table, row } of back.values()) (rows[table] ??= []).push(row);
  const relinks = new Map<string, SingleOp>();
  for (const k of kept) {
    for (const link of k.links) {
      const type = UPDATE_OF[link.table];
      const ref = referencesOf(link.table).find(([field]) => field === link.field)?.[1];
      const row = rowIn(doc, link.table, link.id);
      if (!type || !ref || !row || row[link.field] !== null || !find(ref.table, link.value))
        continue;
      const patch = { [link.field]: link.value };
      relinks.set(fieldKey(link.table, link.id, link.field), {
        type,
        id: link.id,
        patch,
      } as SingleOp);
    }
  }
  const insert: SingleOp = { type: 'insertRows', rows: rows as RowSet };
  const op: Op = relinks.size > 0 ? { type: 'batch', ops: [insert, ...relinks.values()] } : insert;
  try {
    applyOp(doc, op);
  } catch (err) {
    return {
      op: null,
      said: [...said, `Your version cannot be put back: ${errorMessage(err)}.`],
    };
  }
  return { op, said };
}

/** Each deleted row once, however many of its fields were in conflict. */
export function distinctRows(
  list: readonly (ShownBeforeDelete | undefined)[],
): ShownBeforeDelete[] {
  const byRow = new Map<string, ShownBeforeDelete>();
  for (const item of list) if (item) byRow.set(rowKey(item.table, item.id), item);
  return [...byRow.values()];
}
