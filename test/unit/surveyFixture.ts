import type { ProjectDoc, RowSet } from '../../shared/model/types';
import { sampleDoc } from './fixtures';

/**
 * The sample project with names a survey can name: journey "Trip" (j1), stages "Book" (s1) and
 * "Stay" (s2), touchpoints "Search rooms" (t1), "Pay" (t2, in Book), "Read reviews" (t3), "Pay"
 * again (t4, in Stay) and "Check in" (t5); its cards start not rated.
 */
export function surveyDoc(): ProjectDoc {
  const doc = sampleDoc();
  doc.journeys.j1 = { ...doc.journeys.j1!, name: 'Trip' };
  doc.stages.s1 = { ...doc.stages.s1!, name: 'Book' };
  doc.stages.s2 = { ...doc.stages.s2!, name: 'Stay' };
  const titles: Record<string, string> = {
    t1: 'Search rooms',
    t2: 'Pay',
    t3: 'Read reviews',
    t4: 'Pay',
    t5: 'Check in',
  };
  for (const [id, title] of Object.entries(titles)) {
    doc.touchpoints[id] = { ...doc.touchpoints[id]!, title, emotion: null, effort: null };
  }
  return doc;
}

/** The document's rows, parents first: what a new project file starts from. */
export function rowsOf(doc: ProjectDoc): RowSet {
  const { info: _info, ...tables } = doc;
  return Object.fromEntries(
    Object.entries(tables).map(([table, rows]) => [table, Object.values(rows)]),
  ) as RowSet;
}
