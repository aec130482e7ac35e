import {
  descriptorOf,
  ENTITIES,
  ENTITY_TABLES,
  type EntityTable,
  type FindRow,
  type Reference,
  referencesOf,
} from './entities';
import type { RowSet } from './types';

/**
 * The reference rules of every entity, read from the descriptors: what a row must point at,
 * what a delete takes along or unlinks, and how a copy of rows gets new ids. `applyOp`, the
 * JSON import, duplicating a journey and pasting cards all use these.
 */

type Row = Record<string, unknown>;

export interface RowProblem {
  kind: 'missing' | 'otherJourney' | 'rule';
  field: string;
  message: string;
  /** Set when the row points at a row that is not there (rather than one that is wrong). */
  missing?: Reference;
}

/**
 * Everything wrong with one row's references, in declaration order: a missing row, a row of
 * another journey, then the entity's own rules. Empty when the row fits.
 */
export function referenceProblems(table: EntityTable, row: Row, find: FindRow): RowProblem[] {
  const problems: RowProblem[] = [];
  for (const [field, ref] of referencesOf(table)) {
    const id = row[field];
    if (id === null || typeof id !== 'string') continue;
    const target = find(ref.table, id);
    if (!target) {
      const noun = ENTITIES[ref.table].noun;
      problems.push({ kind: 'missing', field, message: `No ${noun} with id ${id}`, missing: ref });
    } else if (ref.sameJourney && target.journeyId !== row.journeyId) {
      problems.push({ kind: 'otherJourney', field, message: ref.sameJourney });
    }
  }
  for (const rule of descriptorOf(table).rules) {
    if (rule.broken(row, find))
      problems.push({ kind: 'rule', field: rule.field, message: rule.message });
  }
  return problems;
}

export type GoneIds = Record<EntityTable, Set<string>>;

/** A cleared link: the row that stays, and the fields that pointed at a deleted row. */
export interface Unlink {
  table: EntityTable;
  id: string;
  patch: Record<string, null>;
}

/** Adds to `gone` every row a cascading reference takes along, until nothing more goes. */
function cascade(tables: { [T in EntityTable]: Record<string, unknown> }, gone: GoneIds): void {
  // Parents come first, so one pass usually does; another runs when a table refers to one
  // later in the order or to itself (a card's source card, a link between cards).
  let grew = true;
  while (grew) {
    grew = false;
    for (const table of ENTITY_TABLES) {
      const refs = referencesOf(table).filter(
        ([, ref]) => ref.onDelete === 'cascade' && gone[ref.table].size > 0,
      );
      if (refs.length === 0) continue;
      for (const row of Object.values(tables[table]) as Row[]) {
        const id = row.id as string;
        if (gone[table].has(id)) continue;
        const takes = refs.some(([field, ref]) => {
          const target = row[field];
          return typeof target === 'string' && gone[ref.table].has(target);
        });
        if (takes) {
          gone[table].add(id);
          grew = true;
        }
      }
    }
  }
}

/**
 * Everything deleting `gone` takes with it (references that cascade, to grandchildren and
 * beyond) and the links it clears in rows that stay. Adds the cascaded ids to `gone`.
 */
export function cascadeDeletion(
  tables: { [T in EntityTable]: Record<string, unknown> },
  gone: GoneIds,
): Unlink[] {
  cascade(tables, gone);
  const unlinks: Unlink[] = [];
  for (const table of ENTITY_TABLES) {
    const refs = referencesOf(table).filter(
      ([, ref]) => ref.onDelete === 'setNull' && gone[ref.table].size > 0,
    );
    if (refs.length === 0) continue;
    for (const row of Object.values(tables[table]) as Row[]) {
      const id = row.id as string;
      if (gone[table].has(id)) continue;
      const patch: Record<string, null> = {};
      for (const [field, ref] of refs) {
        const target = row[field];
        if (typeof target === 'string' && gone[ref.table].has(target)) patch[field] = null;
      }
      if (Object.keys(patch).length > 0) unlinks.push({ table, id, patch });
    }
  }
  return unlinks;
}

export interface RemapOptions {
  /**
   * Links that may be cleared (set-null references) and point outside the rows: cleared when
   * true (an import that left the persona out), kept when false (a duplicate keeps its persona).
   */
  clearOutsideLinks?: boolean;
}

/**
 * A copy of `rows` with every row under a new id (handed out table by table, in row order) and
 * every reference between them rewritten. References to rows outside the set stay as they are
 * (the caller places pasted cards in cells of its own), or, with `clearOutsideLinks`, set-null
 * links outside the set are cleared. Array fields are copied, so the copy shares nothing.
 */
export function remapIds(
  rows: RowSet,
  makeId: () => string,
  { clearOutsideLinks = false }: RemapOptions = {},
): RowSet {
  const ids = {} as Record<EntityTable, Map<string, string>>;
  for (const table of ENTITY_TABLES) {
    ids[table] = new Map((rows[table] ?? []).map((row) => [row.id, makeId()]));
  }
  const out: Record<string, Row[]> = {};
  for (const table of ENTITY_TABLES) {
    const list = rows[table] as Row[] | undefined;
    if (!list) continue;
    const refs = referencesOf(table);
    out[table] = list.map((row) => {
      const copy: Row = {};
      for (const [key, value] of Object.entries(row)) {
        copy[key] = Array.isArray(value) ? [...(value as unknown[])] : value;
      }
      copy.id = ids[table].get(row.id as string);
      for (const [field, ref] of refs) {
        const target = row[field];
        if (typeof target !== 'string') continue;
        const fresh = ids[ref.table].get(target);
        if (fresh !== undefined) copy[field] = fresh;
        else if (clearOutsideLinks && ref.onDelete === 'setNull') copy[field] = null;
      }
      for (const [field, spec] of Object.entries(descriptorOf(table).fields)) {
        const list = row[field];
        if (!spec.idsOf || !Array.isArray(list)) continue;
        const fresh = ids[spec.idsOf];
        // Ids outside the rows copied are kept for a copy beside its original, dropped otherwise.
        copy[field] = list.flatMap(
          (id: string) => fresh.get(id) ?? (clearOutsideLinks ? [] : [id]),
        );
      }
      return copy;
    });
  }
  return out as RowSet;
}
