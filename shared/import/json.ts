import type { z } from 'zod';
import { waylineFileSchema, type WaylineFile } from '../export/jsonFormat';
import { laneKindIssues } from './laneKindIssues';
import { newId } from '../model/ids';
import type { EntityTable, ProjectDoc, RowSet } from '../model/types';
import {
  DEFAULT_IMPORT_MAX_BYTES,
  type ImportInput,
  type ImportIssue,
  importText,
  jsonNestingOver,
  MAX_JSON_DEPTH,
} from './guards';
import { migrateToCurrent } from './migrations';
import {
  capIssues,
  type ImportFailure,
  type ImportPlanBase,
  journeyKeysAfter,
  personaKeysAfter,
  preflight,
  summarize,
} from './plan';

export type JsonImportPlan = ImportPlanBase | ImportFailure;

export interface JsonImportOptions {
  /** Largest file accepted, in bytes (default 20 MB). */
  maxBytes?: number;
  /** Id maker, for tests that want predictable ids. */
  makeId?: () => string;
}

/** Keys that would reach an object's prototype if anything ever copied them by assignment. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const fail = (...errors: ImportIssue[]): ImportFailure => ({
  ok: false,
  errors: capIssues(errors),
});

/** `touchpoints[3].emotion`: a zod path as people read it. */
export function issuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  }
  return out || 'file';
}

function zodIssues(error: z.ZodError): ImportIssue[] {
  return error.issues.map((issue) => ({ where: issuePath(issue.path), message: issue.message }));
}

/** Parses JSON text, dropping prototype-reaching keys wherever they are and counting them. */
function parseJson(text: string): { ok: true; value: unknown; dropped: number } | ImportFailure {
  let dropped = 0;
  try {
    const value: unknown = JSON.parse(text, (key, v: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) {
        dropped++;
        return undefined; // a reviver returning undefined deletes the key
      }
      return v;
    });
    return { ok: true, value, dropped };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail({ where: 'file', message: `The file is not valid JSON: ${detail}` });
  }
}

/** Ids unique per table, and every reference pointing at a row of the file in the same journey. */
function checkIntegrity(file: WaylineFile): { errors: ImportIssue[]; warnings: string[] } {
  const errors: ImportIssue[] = [];
  const warnings: string[] = [];
  const byId = {} as Record<EntityTable, Map<string, { journeyId?: string; kind?: string }>>;
  for (const table of [
    'personas',
    'journeys',
    'stages',
    'lanes',
    'touchpoints',
    'connections',
  ] as const) {
    byId[table] = new Map();
    file[table].forEach((row, i) => {
      if (byId[table].has(row.id)) {
        errors.push({ where: `${table}[${i}].id`, message: `The id "${row.id}" appears twice.` });
      }
      const facts: { journeyId?: string; kind?: string } = {};
      if ('journeyId' in row) facts.journeyId = row.journeyId;
      if ('kind' in row) facts.kind = row.kind;
      byId[table].set(row.id, facts);
    });
  }
  const needIn = (
    table: EntityTable,
    id: string,
    where: string,
    journeyId: string | undefined,
  ): void => {
    const row = byId[table].get(id);
    if (!row) errors.push({ where, message: `No row in "${table}" has the id "${id}".` });
    else if (journeyId !== undefined && row.journeyId !== journeyId) {
      errors.push({ where, message: `"${id}" belongs to another journey.` });
    }
  };
  file.journeys.forEach((j, i) => {
    if (j.personaId !== null && !byId.personas.has(j.personaId)) {
      warnings.push(`Journey "${j.name}": its persona is not in the file, so it has none.`);
    }
    if (j.currentJourneyId !== null && !byId.journeys.has(j.currentJourneyId)) {
      warnings.push(
        `Journey "${j.name}": the current-state journey it improves is not in the file, so the link is dropped.`,
      );
    }
    if (j.currentJourneyId === j.id) {
      errors.push({
        where: `journeys[${i}].currentJourneyId`,
        message: 'A journey cannot improve on itself.',
      });
    }
  });
  for (const table of ['stages', 'lanes'] as const) {
    file[table].forEach((row, i) =>
      needIn('journeys', row.journeyId, `${table}[${i}].journeyId`, undefined),
    );
  }
  file.touchpoints.forEach((t, i) => {
    needIn('journeys', t.journeyId, `touchpoints[${i}].journeyId`, undefined);
    needIn('stages', t.stageId, `touchpoints[${i}].stageId`, t.journeyId);
    needIn('lanes', t.laneId, `touchpoints[${i}].laneId`, t.journeyId);
  });
  file.connections.forEach((c, i) => {
    needIn('journeys', c.journeyId, `connections[${i}].journeyId`, undefined);
    needIn('touchpoints', c.fromId, `connections[${i}].fromId`, c.journeyId);
    needIn('touchpoints', c.toId, `connections[${i}].toId`, c.journeyId);
    if (c.fromId === c.toId) {
      errors.push({
        where: `connections[${i}]`,
        message: 'A connection joins two different cards.',
      });
    }
  });
  return { errors: [...errors, ...laneKindIssues(file)], warnings };
}

/** The file's rows under fresh ids, references remapped, journeys and personas after the target's. */
function remint(file: WaylineFile, target: ProjectDoc, makeId: () => string): RowSet {
  const fresh = (ids: Map<string, string>, old: string) => {
    const id = makeId();
    ids.set(old, id);
    return id;
  };
  const personaIds = new Map<string, string>();
  const journeyIds = new Map<string, string>();
  const stageIds = new Map<string, string>();
  const laneIds = new Map<string, string>();
  const cardIds = new Map<string, string>();
  const of = (ids: Map<string, string>, old: string) => ids.get(old) as string;
  const personaKeys = personaKeysAfter(target, file.personas.length);
  const journeyKeys = journeyKeysAfter(target, file.journeys.length);
  // Rows of a file are in order; keys are handed out in that order so the order survives.
  const personas = file.personas.map((p, i) => ({
    ...p,
    id: fresh(personaIds, p.id),
    orderKey: personaKeys[i] as string,
  }));
  for (const j of file.journeys) fresh(journeyIds, j.id);
  const journeys = file.journeys.map((j, i) => ({
    ...j,
    id: of(journeyIds, j.id),
    personaId: j.personaId === null ? null : (personaIds.get(j.personaId) ?? null),
    currentJourneyId:
      j.currentJourneyId === null ? null : (journeyIds.get(j.currentJourneyId) ?? null),
    orderKey: journeyKeys[i] as string,
  }));
  const stages = file.stages.map((s) => ({
    ...s,
    id: fresh(stageIds, s.id),
    journeyId: of(journeyIds, s.journeyId),
  }));
  const lanes = file.lanes.map((l) => ({
    ...l,
    id: fresh(laneIds, l.id),
    journeyId: of(journeyIds, l.journeyId),
  }));
  const touchpoints = file.touchpoints.map((t) => ({
    ...t,
    id: fresh(cardIds, t.id),
    journeyId: of(journeyIds, t.journeyId),
    stageId: of(stageIds, t.stageId),
    laneId: of(laneIds, t.laneId),
    tags: [...t.tags],
  }));
  const connections = file.connections.map((c) => ({
    ...c,
    id: makeId(),
    journeyId: of(journeyIds, c.journeyId),
    fromId: of(cardIds, c.fromId),
    toId: of(cardIds, c.toId),
  }));
  return { personas, journeys, stages, lanes, touchpoints, connections };
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
  { maxBytes = DEFAULT_IMPORT_MAX_BYTES, makeId = newId }: JsonImportOptions = {},
): JsonImportPlan {
  const read = importText(input, maxBytes, 'Wayline JSON');
  if (!read.ok) return fail(read.error);
  const deepAt = jsonNestingOver(read.text, MAX_JSON_DEPTH);
  if (deepAt !== undefined) {
    return fail({
      where: `character ${deepAt}`,
      message: `The file nests deeper than ${MAX_JSON_DEPTH} levels; a Wayline file never does.`,
    });
  }
  const parsed = parseJson(read.text);
  if (!parsed.ok) return parsed;
  const root = parsed.value;
  if (typeof root !== 'object' || root === null || Array.isArray(root)) {
    return fail({
      where: 'file',
      message: 'The file is JSON but not a Wayline file (not an object).',
    });
  }
  const envelope = root as Record<string, unknown>;
  if (envelope.format !== 'wayline') {
    return fail({
      where: 'format',
      message: 'This JSON is not a Wayline file: it has no "format": "wayline".',
    });
  }
  const migrated = migrateToCurrent(envelope);
  if (!migrated.ok) return fail(migrated.error);
  const checked = waylineFileSchema.safeParse(migrated.file);
  if (!checked.success) return fail(...zodIssues(checked.error));
  const file = checked.data;
  const integrity = checkIntegrity(file);
  if (integrity.errors.length > 0) return fail(...integrity.errors);

  const warnings = [...integrity.warnings];
  if (parsed.dropped > 0) {
    warnings.push(
      `${parsed.dropped} key(s) named __proto__, constructor or prototype were ignored.`,
    );
  }
  if (migrated.fromVersion !== file.formatVersion) {
    warnings.push(`The file was in format version ${migrated.fromVersion} and was updated.`);
  }
  const rows = remint(file, target, makeId);
  const refused = preflight(target, rows);
  if (refused) return fail(refused);
  return { ok: true, rows, summary: summarize(rows), warnings, projectName: file.project.name };
}
