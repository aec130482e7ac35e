import type { Op } from '../ops/schema';
import { DATA_RATINGS } from './cxLayerFields';
import type { ProjectDoc, SurveyAnswers, SurveyImport, SurveyQuote } from './types';

/** A journey's survey imports, oldest first (the order the list of imports shows). */
export function surveyImportsOf(doc: ProjectDoc, journeyId: string): SurveyImport[] {
  return Object.values(doc.surveyImports)
    .filter((i) => i.journeyId === journeyId)
    .sort((a, b) =>
      a.importedAt !== b.importedAt ? (a.importedAt < b.importedAt ? -1 : 1) : a.id < b.id ? -1 : 1,
    );
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);

/** The survey rows of the given journeys, parents first: what a Wayline JSON file carries. */
export function surveyRowsOf(
  doc: ProjectDoc,
  journeyIds: ReadonlySet<string>,
): { surveyImports: SurveyImport[]; surveyAnswers: SurveyAnswers[]; surveyQuotes: SurveyQuote[] } {
  const mine = <T extends { journeyId: string; id: string }>(rows: Record<string, T>) =>
    Object.values(rows)
      .filter((r) => journeyIds.has(r.journeyId))
      .sort(byId);
  return {
    surveyImports: mine(doc.surveyImports),
    surveyAnswers: mine(doc.surveyAnswers),
    surveyQuotes: mine(doc.surveyQuotes),
  };
}

/**
 * Removes an import as a unit, one undo step: its answers (they cascade), the quotes made from
 * its comments, and the research source it made when nothing else refers to that source.
 */
export function removeSurveyImportOp(doc: ProjectDoc, importId: string): Op {
  const quotes = Object.values(doc.surveyQuotes)
    .filter((q) => q.importId === importId)
    .map((q) => q.quoteId);
  const sourceId = doc.surveyImports[importId]?.sourceId ?? null;
  const gone = new Set(quotes);
  const sourceUsed =
    sourceId === null ||
    Object.values(doc.quotes).some((q) => q.sourceId === sourceId && !gone.has(q.id)) ||
    Object.values(doc.citations).some((c) => c.sourceId === sourceId) ||
    Object.values(doc.surveyImports).some((i) => i.sourceId === sourceId && i.id !== importId);
  return {
    type: 'deleteRows',
    ids: {
      surveyImports: [importId],
      ...(quotes.length > 0 && { quotes }),
      ...(!sourceUsed && sourceId !== null && { sources: [sourceId] }),
    },
  };
}

/**
 * A rating edited by hand is no longer from data: a touchpoint patch that changes a rating its
 * `fromData` lists (and does not set `fromData` itself) also takes the rating off that list, so
 * every way of editing (inspector, table, card, CSV) keeps the rule, and undo puts it back.
 */
export function dropHandEditedFromData<P extends Record<string, unknown>>(
  row: Record<string, unknown>,
  patch: P,
): P {
  const listed = row.fromData;
  if (!Array.isArray(listed) || listed.length === 0 || 'fromData' in patch) return patch;
  const edited = DATA_RATINGS.filter(
    (r) => listed.includes(r) && r in patch && patch[r] !== row[r],
  );
  if (edited.length === 0) return patch;
  return { ...patch, fromData: listed.filter((r) => !edited.includes(r as never)) };
}
