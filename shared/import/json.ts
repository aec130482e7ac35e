import type { z } from 'zod';
import { waylineFileSchema, type WaylineFile } from '../export/jsonFormat';
import { laneKindIssues } from './laneKindIssues';
import { newId } from '../model/ids';
import { ENTITIES, ENTITY_TABLES, type FindRow } from '../model/entities';
import { referenceProblems, remapIds } from '../model/references';
import type { EntityTable, ProjectDoc, RowSet } from '../model/types';
import {
  DEFAULT_IMPORT_MAX_BYTES,
  type ImportInput,
  importText,
  jsonNestingOver,
  MAX_JSON_DEPTH,
} from './guards';
import { migrateToCurrent } from './migrations';
import {
  type ImportFailure,
  type ImportPlanBase,
  journeyKeysAfter,
  personaKeysAfter,
  type PlanResult,
  preflight,
  refuseImport,
  summarize,
} from './plan';
import { problem, type Problem } from './problems';
import { reuseKnownSources } from './reuseSources';
import { ok } from '../result';

export type JsonImportPlan = PlanResult<ImportPlanBase>;

export interface JsonImportOptions {
  /** Largest file accepted, in bytes (default 20 MB). */
  maxBytes?: number;
  /** Id maker, for tests that want predictable ids. */
  makeId?: () => string;
  /** Hashes of the files a bundle brought (already checked and stored); others are left out. */
  storedBlobs?: ReadonlySet<string>;
}

/** Keys that would reach an object's prototype if anything ever copied them by assignment. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const fail = refuseImport;

/** `touchpoints[3].emotion`: a zod path as people read it. */
export function issuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  }
  return out || 'file';
}

function zodIssues(error: z.ZodError): Problem[] {
  return error.issues.map((issue) =>
    problem('invalid_value', { detail: issue.message }, { where: issuePath(issue.path) }),
  );
}

/** Parses JSON text, dropping prototype-reaching keys wherever they are and counting them. */
function parseJson(
  text: string,
): { ok: true; value: { json: unknown; dropped: number } } | ImportFailure {
  let dropped = 0;
  try {
    const value: unknown = JSON.parse(text, (key, v: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) {
        dropped++;
        return undefined; // a reviver returning undefined deletes the key
      }
      return v;
    });
    return ok({ json: value, dropped });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(problem('not_json', { detail }));
  }
}

/**
 * Ids unique per table, and every reference pointing at a row of the file (in the same journey
 * where the descriptor asks for it). A missing link that would be cleared on delete is dropped
 * with a warning; any other missing row is an error.
 */
function checkIntegrity(file: WaylineFile): { errors: Problem[]; warnings: string[] } {
  const errors: Problem[] = [];
  const warnings: string[] = [];
  const byId = {} as Record<EntityTable, Map<string, Record<string, unknown>>>;
  for (const table of ENTITY_TABLES) {
    byId[table] = new Map();
    file[table].forEach((row, i) => {
      if (byId[table].has(row.id)) {
        errors.push(problem('duplicate_id', { id: row.id }, { where: `${table}[${i}].id` }));
      }
      byId[table].set(row.id, row);
    });
  }
  const find: FindRow = (table, id) => byId[table].get(id);
  for (const table of ENTITY_TABLES) {
    const noun = ENTITIES[table].noun;
    file[table].forEach((row: Record<string, unknown>, i) => {
      for (const found of referenceProblems(table, row, find)) {
        const id = String(row[found.field]);
        if (found.missing?.onDelete === 'setNull') {
          // A quote has no name: its words (cut) say which one.
          const named = String(row.name ?? row.text ?? '').slice(0, 40);
          const title = `${noun[0]?.toUpperCase()}${noun.slice(1)} "${named}"`;
          warnings.push(
            `${title}: its ${found.missing.noun} is not in the file, so the link is dropped.`,
          );
          continue;
        }
        const where = { where: `${table}[${i}].${found.field}` };
        errors.push(
          found.kind === 'missing'
            ? problem('missing_row', { table: found.missing?.table ?? '', id }, where)
            : found.kind === 'otherJourney'
              ? problem('other_journey', { id }, where)
              : problem('bad_reference', { detail: found.message }, where),
        );
      }
    });
  }
  return { errors: [...errors, ...laneKindIssues(file)], warnings };
}

/** The file's rows under fresh ids, references remapped, journeys and personas after the target's. */
function remint(file: WaylineFile, target: ProjectDoc, makeId: () => string): RowSet {
  const rows = reuseKnownSources(remapIds(file, makeId, { clearOutsideLinks: true }), target);
  // Rows of a file are in order; keys are handed out in that order so the order survives.
  const personaKeys = personaKeysAfter(target, file.personas.length);
  const journeyKeys = journeyKeysAfter(target, file.journeys.length);
  return {
    ...rows,
    personas: rows.personas?.map((p, i) => ({ ...p, orderKey: personaKeys[i] as string })),
    journeys: rows.journeys?.map((j, i) => ({ ...j, orderKey: journeyKeys[i] as string })),
  };
}

/** Attachments whose files are stored (a bundle's, sent first); the others are left out. */
function withStoredFiles(rows: RowSet, stored: ReadonlySet<string> = new Set()) {
  const all = rows.attachments ?? [];
  const kept = all.filter((a) => stored.has(a.blobHash));
  return { rows: { ...rows, attachments: kept }, dropped: all.length - kept.length };
}

/**
 * What importing a Wayline JSON file into `target` would add, or every reason it cannot: the
 * size is checked before parsing, then binary data, nesting depth, JSON syntax, the format
 * version (earlier ones migrated forward), every row against the model's schemas, and every
 * reference. Nothing is written here; the caller dispatches `insertRows` with `rows`.
 */
export function planJsonImport(
  input: ImportInput,
  target: ProjectDoc,
  { maxBytes = DEFAULT_IMPORT_MAX_BYTES, makeId = newId, storedBlobs }: JsonImportOptions = {},
): JsonImportPlan {
  const read = importText(input, maxBytes, 'Wayline JSON');
  if (!read.ok) return fail(read.error);
  const deepAt = jsonNestingOver(read.value.text, MAX_JSON_DEPTH);
  if (deepAt !== undefined) {
    return fail(problem('too_deep', { max: MAX_JSON_DEPTH }, { where: `character ${deepAt}` }));
  }
  const parsed = parseJson(read.value.text);
  if (!parsed.ok) return parsed;
  const root = parsed.value.json;
  if (typeof root !== 'object' || root === null || Array.isArray(root)) {
    return fail(problem('not_object'));
  }
  const envelope = root as Record<string, unknown>;
  if (envelope.format !== 'wayline') {
    return fail(problem('not_wayline', undefined, { where: 'format' }));
  }
  const migrated = migrateToCurrent(envelope);
  if (!migrated.ok) return fail(migrated.error);
  const checked = waylineFileSchema.safeParse(migrated.value.file);
  if (!checked.success) return fail(...zodIssues(checked.error));
  const file = checked.data;
  const integrity = checkIntegrity(file);
  if (integrity.errors.length > 0) return fail(...integrity.errors);

  const warnings = [...integrity.warnings];
  if (parsed.value.dropped > 0) {
    warnings.push(
      `${parsed.value.dropped} key(s) named __proto__, constructor or prototype were ignored.`,
    );
  }
  if (migrated.value.fromVersion !== file.formatVersion) {
    warnings.push(`The file was in format version ${migrated.value.fromVersion} and was updated.`);
  }
  const { rows, dropped } = withStoredFiles(remint(file, target, makeId), storedBlobs);
  if (dropped > 0) {
    warnings.push(
      `${dropped} attached file(s) were left out: a JSON file holds their names only. A Wayline bundle (.zip) carries the files themselves.`,
    );
  }
  const refused = preflight(target, rows);
  if (refused) return fail(refused);
  return ok({ rows, summary: summarize(rows), warnings, projectName: file.project.name });
}
