import { useShallow } from 'zustand/react/shallow';
import { lanesOf } from '../../../../shared/model/doc';
import { useDocument, useDocumentStore } from '../documentContext';
import { AddLaneForm } from './AddLaneForm';
import { InspectorHeading } from './fields';

/** With nothing selected: how to start, lanes that are hidden, and a way to add lanes. */
export function JourneyOverview() {
  const store = useDocumentStore();
  const journeyId = useDocument((s) => s.journeyId);
  const hidden = useDocument(useShallow((s) => lanesOf(s.doc, journeyId).filter((l) => l.hidden)));
  return (
    <>
      <section className="inspector-section">
        <InspectorHeading title="Journey" />
        <ul className="hints">
          <li>Double-click in a stage, or use its “+ Add” button, to add a touchpoint.</li>
          <li>Drag a touchpoint to move it to another stage or position.</li>
          <li>Select a card, stage or lane name to edit it here.</li>
          <li>Double-click a stage name to rename it.</li>
          <li>Every change is saved to the project file as you make it.</li>
        </ul>
      </section>
      {hidden.length > 0 && (
        <section className="inspector-section separated" aria-label="Hidden lanes">
          <h3 className="inspector-subtitle">Hidden lanes</h3>
          <ul className="hidden-lanes">
            {hidden.map((lane) => (
              <li key={lane.id}>
                <span>{lane.name || 'Untitled lane'}</span>
                <button
                  type="button"
                  className="secondary-button small"
                  aria-label={`Show lane ${lane.name}`}
                  onClick={() =>
                    store
                      .getState()
                      .dispatch({ type: 'updateLane', id: lane.id, patch: { hidden: false } })
                  }
                >
                  Show
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="inspector-section separated">
        <AddLaneForm />
      </section>
    </>
  );
}
