import { useMemo } from 'react';
import { opportunitiesOf } from '../../../../shared/model/backlog';
import { newId } from '../../../../shared/model/ids';
import { useDocument, useDocumentStore } from '../documentContext';

/**
 * For a future state: which opportunities of the current state it implements, one checkbox
 * each. Ticking one adds a row, unticking removes it: each is one undo step.
 */
export function ImplementsField({
  journeyId,
  currentJourneyId,
}: {
  journeyId: string;
  currentJourneyId: string;
}) {
  const store = useDocumentStore();
  // The sidebar shows one journey; working the list out again after an edit is cheap.
  const doc = useDocument((s) => s.doc);
  const opportunities = useMemo(
    () => opportunitiesOf(doc, currentJourneyId),
    [doc, currentJourneyId],
  );
  const rows = useMemo(
    () => Object.values(doc.implementations).filter((i) => i.journeyId === journeyId),
    [doc, journeyId],
  );
  const dispatch = store.getState().dispatch;
  const toggle = (opportunityId: string, on: boolean) => {
    const row = rows.find((r) => r.opportunityId === opportunityId);
    if (on && !row) {
      dispatch({
        type: 'insertRows',
        rows: { implementations: [{ id: newId(), journeyId, opportunityId }] },
      });
    } else if (!on && row) {
      dispatch({ type: 'deleteRows', ids: { implementations: [row.id] } });
    }
  };
  return (
    <fieldset className="field implements-field">
      <legend className="field-label">Implements opportunities</legend>
      {opportunities.length === 0 ? (
        <span className="field-hint">The current state has no opportunities yet.</span>
      ) : (
        opportunities.map((o) => (
          <label key={o.id} className="implements-choice">
            <input
              type="checkbox"
              checked={rows.some((r) => r.opportunityId === o.id)}
              onChange={(e) => toggle(o.id, e.target.checked)}
            />
            <span>{o.title.trim() || 'Untitled opportunity'}</span>
          </label>
        ))
      )}
    </fieldset>
  );
}
