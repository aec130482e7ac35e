import { useState } from 'react';
import { useModalDialog } from '../../components/useModalDialog';
import { usePersonas } from '../sidebar/useProjectLists';
import { useDocumentStore } from '../documentContext';
import { createPersona } from './personaActions';
import { PersonaEditor } from './PersonaEditor';
import './personas.css';

/** The project's personas: a list to pick from and the chosen one's fields beside it. */
export function PersonaPanel({ onClose }: { onClose(): void }) {
  const store = useDocumentStore();
  const dialogRef = useModalDialog(onClose);
  const personas = usePersonas();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [createdId, setCreatedId] = useState<string | null>(null);
  // The chosen one may have gone (deleted, or undone): fall back to the first.
  const chosen = personas.find((p) => p.id === chosenId) ?? personas[0];

  return (
    <dialog ref={dialogRef} className="wl-dialog persona-panel" aria-labelledby="personas-title">
      <header className="wl-dialog-header">
        <h2 id="personas-title">Personas</h2>
        <button type="button" className="wl-icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="persona-body">
        <div className="persona-side">
          <ul className="persona-list" aria-label="Personas">
            {personas.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className={`persona-option${p.id === chosen?.id ? ' chosen' : ''}`}
                  aria-pressed={p.id === chosen?.id}
                  onClick={() => setChosenId(p.id)}
                >
                  <span className="persona-swatch" style={{ background: p.color }} aria-hidden />
                  <span className="persona-option-text">
                    <span className="persona-option-name">{p.name || 'Unnamed persona'}</span>
                    {p.role && <span className="persona-option-role">{p.role}</span>}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="secondary-button"
            onClick={() => {
              const id = createPersona(store);
              setChosenId(id);
              setCreatedId(id);
            }}
          >
            + New persona
          </button>
        </div>
        {chosen ? (
          <PersonaEditor key={chosen.id} persona={chosen} isNew={chosen.id === createdId} />
        ) : (
          <p className="persona-empty">
            No personas yet. A persona says who the journey is for: their goals, needs and
            frustrations. Link one to a journey in its properties.
          </p>
        )}
      </div>
    </dialog>
  );
}
