import { useId } from 'react';
import { getEntity } from '../../../../shared/model/doc';
import { LIMITS } from '../../../../shared/model/schema';
import type { JourneyState } from '../../../../shared/model/types';
import type { SingleOp } from '../../../../shared/ops/schema';
import { useDocument, useDocumentStore, useReadOnly } from '../documentContext';
import { useJourneys, usePersonas } from './useProjectLists';

const NONE = '';
type JourneyPatch = Extract<SingleOp, { type: 'updateJourney' }>['patch'];

/** The shown journey's own fields: what it is about, its state, and who it is for. */
export function JourneyProperties({ onEditPersonas }: { onEditPersonas(): void }) {
  const store = useDocumentStore();
  const journey = useDocument((s) => getEntity(s.doc, 'journeys', s.journeyId));
  const journeys = useJourneys();
  const personas = usePersonas();
  const ids = useId();
  const readOnly = useReadOnly();
  if (!journey) return null;
  const { id } = journey;
  const dispatch = store.getState().dispatch;
  const update = (patch: JourneyPatch, mergeKey?: string) =>
    dispatch({ type: 'updateJourney', id, patch }, mergeKey ? { mergeKey } : undefined);
  const currentStates = journeys.filter((j) => j.state === 'current' && j.id !== id);
  // A link to a journey that is no longer current still shows, so the select tells the truth.
  const improves = journeys.find((j) => j.id === journey.currentJourneyId);

  return (
    <section className="journey-properties" aria-labelledby={`${ids}-title`}>
      <h2 className="sidebar-heading" id={`${ids}-title`}>
        Journey properties
      </h2>
      <fieldset className="journey-properties-fields" disabled={readOnly}>
        <label className="field">
          <span className="field-label">Name</span>
          <input
            // Distinct from the stage and card inspectors' "Name" and the top bar's journey name.
            aria-label="Name of the journey"
            value={journey.name}
            maxLength={LIMITS.name}
            onChange={(e) => update({ name: e.target.value }, `journey-name:${id}`)}
          />
        </label>
        <label className="field">
          <span className="field-label">Description</span>
          <textarea
            aria-label="Description of the journey"
            rows={3}
            value={journey.description}
            maxLength={LIMITS.text}
            onChange={(e) => update({ description: e.target.value }, `journey-description:${id}`)}
          />
        </label>
        <label className="field">
          <span className="field-label">State</span>
          <select
            value={journey.state}
            onChange={(e) => {
              const state = e.target.value as JourneyState;
              // A current state improves on nothing: the link goes with the state, in one step.
              update(state === 'current' ? { state, currentJourneyId: null } : { state });
            }}
          >
            <option value="current">Current state</option>
            <option value="future">Future state</option>
          </select>
        </label>
        {journey.state === 'future' && (
          <label className="field">
            <span className="field-label">Improves on</span>
            <select
              value={journey.currentJourneyId ?? NONE}
              onChange={(e) => update({ currentJourneyId: e.target.value || null })}
            >
              <option value={NONE}>None</option>
              {currentStates.map((j) => (
                <option key={j.id} value={j.id}>
                  {j.name || 'Untitled journey'}
                </option>
              ))}
              {improves && improves.state !== 'current' && (
                <option value={improves.id}>{improves.name}</option>
              )}
            </select>
          </label>
        )}
        <label className="field">
          <span className="field-label">Persona</span>
          <select
            value={journey.personaId ?? NONE}
            onChange={(e) => update({ personaId: e.target.value || null })}
          >
            <option value={NONE}>None</option>
            {personas.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name || 'Unnamed persona'}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="link-button" onClick={onEditPersonas}>
          Edit personas…
        </button>
      </fieldset>
    </section>
  );
}
