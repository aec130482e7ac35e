import { useId, type ReactNode } from 'react';
import { getEntity } from '../../../../shared/model/doc';
import { LIMITS } from '../../../../shared/model/schema';
import type { JourneyState } from '../../../../shared/model/types';
import type { SingleOp } from '../../../../shared/ops/schema';
import { useDocument, useDocumentStore, useReadOnly } from '../documentContext';
import { ImplementsField } from './ImplementsField';
import { ReviewFields } from './ReviewFields';
import { useJourneys, usePersonas } from './useProjectLists';

const NONE = '';
type JourneyPatch = Extract<SingleOp, { type: 'updateJourney' }>['patch'];

/** A text field of the journey: one line, or `rows` lines. */
function TextProperty(props: {
  label: string;
  /** Its accessible name, which says whose it is. */
  fullName: string;
  value: string;
  maxLength: number;
  rows?: number;
  onChange: (value: string) => void;
}) {
  const common = {
    'aria-label': props.fullName,
    value: props.value,
    maxLength: props.maxLength,
  };
  return (
    <label className="field">
      <span className="field-label">{props.label}</span>
      {props.rows ? (
        <textarea {...common} rows={props.rows} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input {...common} onChange={(e) => props.onChange(e.target.value)} />
      )}
    </label>
  );
}

/** A select of the row a journey links to, or none; `children` adds options after the rows. */
function LinkField(props: {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  rows: readonly { id: string; name: string }[];
  /** Shown for a row without a name. */
  unnamed: string;
  children?: ReactNode;
}) {
  return (
    <label className="field">
      <span className="field-label">{props.label}</span>
      <select value={props.value ?? NONE} onChange={(e) => props.onChange(e.target.value || null)}>
        <option value={NONE}>None</option>
        {props.rows.map((row) => (
          <option key={row.id} value={row.id}>
            {row.name || props.unnamed}
          </option>
        ))}
        {props.children}
      </select>
    </label>
  );
}

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
        <TextProperty
          label="Name"
          // Distinct from the stage and card inspectors' "Name" and the top bar's journey name.
          fullName="Name of the journey"
          value={journey.name}
          maxLength={LIMITS.name}
          onChange={(name) => update({ name }, `journey-name:${id}`)}
        />
        <TextProperty
          label="Description"
          fullName="Description of the journey"
          rows={3}
          value={journey.description}
          maxLength={LIMITS.text}
          onChange={(description) => update({ description }, `journey-description:${id}`)}
        />
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
          <LinkField
            label="Improves on"
            value={journey.currentJourneyId}
            onChange={(currentJourneyId) => update({ currentJourneyId })}
            rows={currentStates}
            unnamed="Untitled journey"
          >
            {improves && improves.state !== 'current' && (
              <option value={improves.id}>{improves.name}</option>
            )}
          </LinkField>
        )}
        {journey.state === 'future' && journey.currentJourneyId && (
          <ImplementsField journeyId={id} currentJourneyId={journey.currentJourneyId} />
        )}
        <LinkField
          label="Persona"
          value={journey.personaId}
          onChange={(personaId) => update({ personaId })}
          rows={personas}
          unnamed="Unnamed persona"
        />
        <button type="button" className="link-button" onClick={onEditPersonas}>
          Edit personas…
        </button>
        <ReviewFields journey={journey} update={update} />
      </fieldset>
    </section>
  );
}
