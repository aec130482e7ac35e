import { describeOp, journeyOfOp } from '../../../../shared/ops/describeOp';
import type { HistoryEntry } from '../../../../shared/ops/history';
import type { DocumentState } from '../documentStore';

/**
 * "Undo: change emotion of 'Reads reviews'", and " in 'Hotel trip'" when the step is in
 * another journey than the one shown (undo shows that journey first). Just "Undo" when there
 * is nothing to undo.
 */
function stepLabel(verb: 'Undo' | 'Redo', state: DocumentState, entry: HistoryEntry | undefined) {
  if (!entry) return verb;
  const { doc, journeyId } = state;
  const what = describeOp(doc, entry.forward, entry.inverse);
  const journey = journeyOfOp(doc, entry.forward, entry.inverse);
  const elsewhere = journey && journey !== journeyId ? doc.journeys[journey]?.name : undefined;
  return `${verb}: ${what}${elsewhere ? ` in '${elsewhere}'` : ''}`;
}

export const undoLabel = (state: DocumentState): string =>
  stepLabel('Undo', state, state.history.undo.at(-1));

export const redoLabel = (state: DocumentState): string =>
  stepLabel('Redo', state, state.history.redo.at(-1));
