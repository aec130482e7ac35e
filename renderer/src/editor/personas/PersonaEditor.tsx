import { useEffect, useId, useRef } from 'react';
import { LIMITS } from '../../../../shared/model/schema';
import { PERSONA_COLORS } from '../../../../shared/model/templates';
import type { Persona } from '../../../../shared/model/types';
import type { SingleOp } from '../../../../shared/ops/schema';
import { useDocumentStore } from '../documentContext';
import { deletePersona } from './personaActions';

type PersonaPatch = Extract<SingleOp, { type: 'updatePersona' }>['patch'];
type TextField = 'name' | 'role' | 'quote' | 'goals' | 'needs' | 'frustrations';

const LIST_FIELDS: { field: TextField; label: string }[] = [
  { field: 'goals', label: 'Goals' },
  { field: 'needs', label: 'Needs' },
  { field: 'frustrations', label: 'Frustrations' },
];

/** One persona's fields; typing in a field is one undo step per burst. */
export function PersonaEditor({ persona, isNew }: { persona: Persona; isNew: boolean }) {
  const store = useDocumentStore();
  const ids = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  // A persona just made is named first: its placeholder name is selected, ready to type over.
  useEffect(() => {
    if (!isNew) return;
    nameRef.current?.focus();
    nameRef.current?.select();
  }, [isNew]);
  const { id } = persona;
  const update = (patch: PersonaPatch, mergeKey?: string) =>
    store
      .getState()
      .dispatch({ type: 'updatePersona', id, patch }, mergeKey ? { mergeKey } : undefined);
  const text = (field: TextField) => ({
    value: persona[field],
    onChange: (e: { target: { value: string } }) =>
      update({ [field]: e.target.value }, `persona-${field}:${id}`),
  });

  return (
    <section className="persona-editor" aria-label={`Persona ${persona.name}`}>
      <label className="field">
        <span className="field-label">Name</span>
        <input ref={nameRef} maxLength={LIMITS.name} {...text('name')} />
      </label>
      <label className="field">
        <span className="field-label">Role</span>
        <input maxLength={LIMITS.name} {...text('role')} />
      </label>
      <label className="field">
        <span className="field-label">Quote</span>
        <textarea rows={2} maxLength={LIMITS.text} {...text('quote')} />
      </label>
      <div className="persona-lists">
        {LIST_FIELDS.map(({ field, label }) => (
          <label className="field" key={field}>
            <span className="field-label">{label}</span>
            <textarea rows={4} maxLength={LIMITS.text} {...text(field)} />
          </label>
        ))}
      </div>
      <p className="persona-hint">Goals, needs and frustrations: one item per line.</p>
      <div className="field" role="radiogroup" aria-labelledby={`${ids}-colour`}>
        <span className="field-label" id={`${ids}-colour`}>
          Colour
        </span>
        <div className="persona-colours">
          {PERSONA_COLORS.map((color, i) => (
            <button
              key={color}
              type="button"
              role="radio"
              aria-checked={persona.color.toLowerCase() === color}
              aria-label={`Colour ${i + 1} (${color})`}
              className="persona-colour"
              style={{ background: color }}
              onClick={() => update({ color })}
            />
          ))}
          <input
            type="color"
            className="persona-colour-custom"
            aria-label="Custom colour"
            value={persona.color}
            onChange={(e) => update({ color: e.target.value }, `persona-color:${id}`)}
          />
        </div>
      </div>
      <button type="button" className="danger-button" onClick={() => deletePersona(store, id)}>
        Delete persona
      </button>
      <p className="persona-hint">
        Journeys for this persona are unlinked; undo (Ctrl+Z) brings both back.
      </p>
    </section>
  );
}
