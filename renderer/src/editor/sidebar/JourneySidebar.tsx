import { useCallback, useState } from 'react';
import { useDocument, useDocumentStore } from '../documentContext';
import { PersonaPanel } from '../personas/PersonaPanel';
import { JourneyItem } from './JourneyItem';
import { createJourneyFromTemplate } from './journeyActions';
import { JourneyProperties } from './JourneyProperties';
import { TemplatePicker } from './TemplatePicker';
import { useJourneys, usePersonas } from './useProjectLists';
import './sidebar.css';
import { PanelToggle } from '../../components/PanelToggle';

/** The project's journeys and personas, beside the canvas; it folds away to a thin strip. */
export function JourneySidebar() {
  const store = useDocumentStore();
  const journeys = useJourneys();
  const personas = usePersonas();
  const shownId = useDocument((s) => s.journeyId);
  const [collapsed, setCollapsed] = useState(false);
  const [picking, setPicking] = useState(false);
  const [editingPersonas, setEditingPersonas] = useState(false);
  const closePicker = useCallback(() => setPicking(false), []);
  const closePersonas = useCallback(() => setEditingPersonas(false), []);
  const names = new Map(journeys.map((j) => [j.id, j.name]));

  const dialogs = (
    <>
      {picking && (
        <TemplatePicker
          onClose={closePicker}
          onPick={(templateId) => {
            setPicking(false);
            createJourneyFromTemplate(store, templateId);
          }}
        />
      )}
      {editingPersonas && <PersonaPanel onClose={closePersonas} />}
    </>
  );

  if (collapsed) {
    return (
      <nav className="journey-sidebar collapsed" aria-label="Journeys">
        <PanelToggle noun="journeys" side="left" collapsed onToggle={() => setCollapsed(false)} />
        {dialogs}
      </nav>
    );
  }

  return (
    <nav className="journey-sidebar" aria-label="Journeys">
      <header className="sidebar-header">
        <h2 className="sidebar-heading">Journeys</h2>
        <PanelToggle
          noun="journeys"
          side="left"
          collapsed={false}
          onToggle={() => setCollapsed(true)}
        />
      </header>
      {journeys.length === 0 ? (
        <div className="sidebar-empty" data-testid="journeys-empty">
          <p>This project has no journeys yet.</p>
          <button type="button" className="primary-button" onClick={() => setPicking(true)}>
            New journey
          </button>
        </div>
      ) : (
        <>
          <ul className="journey-list">
            {journeys.map((j, i) => (
              <JourneyItem
                key={j.id}
                journey={j}
                shown={j.id === shownId}
                first={i === 0}
                last={i === journeys.length - 1}
                improvesOn={
                  j.state === 'future' && j.currentJourneyId
                    ? (names.get(j.currentJourneyId) ?? '')
                    : undefined
                }
              />
            ))}
          </ul>
          <button type="button" className="sidebar-add" onClick={() => setPicking(true)}>
            + New journey
          </button>
          <JourneyProperties onEditPersonas={() => setEditingPersonas(true)} />
        </>
      )}
      <footer className="sidebar-footer">
        <button
          type="button"
          className="secondary-button sidebar-personas"
          onClick={() => setEditingPersonas(true)}
        >
          Personas ({personas.length})
        </button>
      </footer>
      {dialogs}
    </nav>
  );
}
