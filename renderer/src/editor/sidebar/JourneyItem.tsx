import { memo, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { getEntity } from '../../../../shared/model/doc';
import { LIMITS } from '../../../../shared/model/schema';
import type { Journey } from '../../../../shared/model/types';
import { useDocument, useDocumentStore } from '../documentContext';
import {
  createFutureState,
  deleteJourney,
  duplicateJourneyAt,
  moveJourneyBy,
  renameJourney,
} from './journeyActions';
import { JourneyMenu, type MenuItem } from './JourneyMenu';

interface Props {
  journey: Journey;
  shown: boolean;
  first: boolean;
  last: boolean;
  /** For a future state, the name of the current-state journey it improves on. */
  improvesOn?: string;
}

/** One journey in the sidebar: click shows it; double-click or F2 renames it in place. */
export const JourneyItem = memo(function JourneyItem({
  journey,
  shown,
  first,
  last,
  improvesOn,
}: Props) {
  const store = useDocumentStore();
  const persona = useDocument((s) =>
    journey.personaId ? getEntity(s.doc, 'personas', journey.personaId) : undefined,
  );
  const [renaming, setRenaming] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const closeMenu = useCallback(() => setMenuOpen(false), []);
  const openRef = useRef<HTMLButtonElement>(null);
  // After a rename the focus goes back to the journey, so the keyboard user is where they were.
  const refocus = useRef(false);
  useEffect(() => {
    if (renaming || !refocus.current) return;
    refocus.current = false;
    openRef.current?.focus();
  }, [renaming]);
  const { id } = journey;

  const items: MenuItem[] = [
    { label: 'Rename', run: () => setRenaming(true) },
    { label: 'Duplicate', run: () => duplicateJourneyAt(store, id) },
    {
      label: 'Create future state',
      run: () => createFutureState(store, id),
      disabled: journey.state !== 'current',
    },
    { label: 'Move up', run: () => moveJourneyBy(store, id, -1), disabled: first },
    { label: 'Move down', run: () => moveJourneyBy(store, id, 1), disabled: last },
    { label: 'Delete', run: () => deleteJourney(store, id), danger: true },
  ];

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'F2') {
      e.preventDefault();
      setRenaming(true);
    }
  };

  return (
    <li
      className={`journey-item ${journey.state}${shown ? ' shown' : ''}`}
      data-testid="journey-item"
      data-journey-name={journey.name}
    >
      {renaming ? (
        <RenameField
          initial={journey.name}
          onDone={(name) => {
            refocus.current = true;
            setRenaming(false);
            if (name !== null && name !== journey.name) renameJourney(store, id, name);
          }}
        />
      ) : (
        <button
          ref={openRef}
          type="button"
          className="journey-open"
          aria-current={shown ? 'page' : undefined}
          onClick={() => store.getState().setJourney(id)}
          onDoubleClick={() => setRenaming(true)}
          onKeyDown={onKeyDown}
          title={`${journey.name}\nDouble-click or F2 to rename`}
        >
          <span
            className={`persona-dot${persona ? '' : ' none'}`}
            style={persona ? { background: persona.color } : undefined}
            title={persona ? `Persona: ${persona.name}` : 'No persona'}
            aria-hidden="true"
          />
          <span className="journey-text">
            <span className="journey-name-text">{journey.name || 'Untitled journey'}</span>
            <span className="journey-meta">
              <span className={`state-badge ${journey.state}`}>
                {journey.state === 'current' ? 'Current' : 'Future'}
              </span>
              {improvesOn !== undefined && (
                <span className="journey-improves">
                  Improves on {improvesOn || 'Untitled journey'}
                </span>
              )}
            </span>
          </span>
        </button>
      )}
      <button
        type="button"
        className="journey-more"
        aria-label={`Actions for ${journey.name || 'Untitled journey'}`}
        aria-haspopup="menu"
        aria-expanded={menuOpen}
        onClick={() => setMenuOpen((open) => !open)}
      >
        ⋯
      </button>
      {menuOpen && (
        <JourneyMenu label={`Actions for ${journey.name}`} items={items} onClose={closeMenu} />
      )}
    </li>
  );
});

/** Enter or leaving the field keeps the name, Esc gives up: one op, one undo step. */
function RenameField({ initial, onDone }: { initial: string; onDone(name: string | null): void }) {
  const [value, setValue] = useState(initial);
  const [done, setDone] = useState(false);
  const finish = (name: string | null) => {
    if (done) return;
    setDone(true);
    onDone(name);
  };
  return (
    <input
      className="journey-rename"
      aria-label="Rename journey"
      value={value}
      maxLength={LIMITS.name}
      // Focused on mount: the user just asked to rename.
      autoFocus
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => finish(value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') finish(value);
        if (e.key === 'Escape') {
          e.stopPropagation();
          finish(null);
        }
      }}
    />
  );
}
