import { generateNKeysBetween } from 'fractional-indexing';
import { errorMessage } from '../api/errors';
import { journeyList, personaList } from '../model/doc';
import { ENTITY_TABLES, type EntityTable, type ProjectDoc, type RowSet } from '../model/types';
import { applyOp } from '../ops/applyOp';
import { opSchema, type Op } from '../ops/schema';
import type { Result } from '../result';
import { problem, type Problem } from './problems';

/** How many rows of each kind an import adds: what the import dialog shows before writing. */
export type ImportSummary = Record<EntityTable, number>;

/** An import that cannot go ahead: every problem found, capped at MAX_REPORTED_ISSUES. */
export type ImportFailure = { ok: false; error: Problem[] };

/** What an import adds, or every reason it cannot. */
export type PlanResult<T extends ImportPlanBase> = Result<T, Problem[]>;

export interface ImportPlanBase {
  /** Every new row, ids fresh, ready for one insertRows op (one transaction, one undo step). */
  rows: RowSet;
  summary: ImportSummary;
  warnings: string[];
  /** The name of the project the file was exported from (Wayline JSON only). */
  projectName?: string;
}

/** More problems than this are summed up in one line: nobody reads the 20,000th. */
export const MAX_REPORTED_ISSUES = 100;

export function summarize(rows: RowSet): ImportSummary {
  const summary = {} as ImportSummary;
  for (const table of ENTITY_TABLES) summary[table] = rows[table]?.length ?? 0;
  return summary;
}

export function capIssues(issues: Problem[]): Problem[] {
  if (issues.length <= MAX_REPORTED_ISSUES) return issues;
  return [
    ...issues.slice(0, MAX_REPORTED_ISSUES),
    problem('more_problems', { count: issues.length - MAX_REPORTED_ISSUES }),
  ];
}

/** A failed plan. */
export const refuseImport = (...problems: Problem[]): ImportFailure => ({
  ok: false,
  error: capIssues(problems),
});

/** Order keys for `count` new journeys, after the target's last one. */
export function journeyKeysAfter(doc: ProjectDoc, count: number): string[] {
  const last = journeyList(doc).at(-1)?.orderKey ?? null;
  return generateNKeysBetween(last, null, count);
}

export function personaKeysAfter(doc: ProjectDoc, count: number): string[] {
  const last = personaList(doc).at(-1)?.orderKey ?? null;
  return generateNKeysBetween(last, null, count);
}

/**
 * Applies the rows to the target in memory, as the backend will: the last word on whether they
 * land, so a plan that passes here cannot fail half-way once it is written.
 */
export function preflight(doc: ProjectDoc, rows: RowSet): Problem | undefined {
  const op: Op = { type: 'insertRows', rows };
  const checked = opSchema.safeParse(op);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return problem(
      'invalid_value',
      { detail: issue?.message ?? 'invalid rows' },
      { where: issue?.path.join('.') },
    );
  }
  try {
    applyOp(doc, op);
    return undefined;
  } catch (error) {
    return problem('rejected_by_model', { detail: errorMessage(error) });
  }
}
