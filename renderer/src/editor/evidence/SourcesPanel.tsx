import { useState } from 'react';
import { useReadOnly } from '../documentContext';
import { useDocumentStore } from '../documentContext';
import { Modal, ModalHeader } from '../palette/Modal';
import { whileOpen } from '../palette/whileOpen';
import { createSource } from './evidenceActions';
import { NewSourceForm, kindWord } from './SourceSelect';
import { SourceEditor } from './SourceEditor';
import { useSources } from './useSources';
import './evidence.css';

/** View > Research sources…: the project's sources, a list to pick from and the chosen one. */
export const SourcesPanel = whileOpen('sources', SourcesBody);

function SourcesBody({ onClose }: { onClose: () => void }) {
  const store = useDocumentStore();
  const readOnly = useReadOnly();
  const sources = useSources();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  // The chosen one may have gone (deleted, or undone): fall back to the first.
  const chosen = sources.find((s) => s.id === chosenId) ?? sources[0];
  return (
    <Modal label="Research sources" className="sources-panel" onClose={onClose}>
      <ModalHeader title="Research sources" onClose={onClose} focusClose />
      <p className="sources-intro">
        The research this project draws on: interviews, surveys, analytics, support tickets and
        observations. Cards cite sources and their quotes name them; how many a card has is its
        evidence strength.
      </p>
      <div className="sources-body">
        <div className="sources-side">
          {sources.length > 0 && (
            <ul className="sources-list" aria-label="Sources">
              {sources.map((s) => (
                <li key={s.id}>
                  <button
                    type="button"
                    className={`source-option${s.id === chosen?.id ? ' chosen' : ''}`}
                    aria-pressed={s.id === chosen?.id}
                    onClick={() => setChosenId(s.id)}
                  >
                    <span className="source-option-name">{s.name || 'Unnamed source'}</span>
                    <span className="source-option-kind">
                      {[kindWord(s.kind), s.date].filter(Boolean).join(' · ')}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {adding ? (
            <NewSourceForm
              onCreate={(draft) => {
                setAdding(false);
                setChosenId(createSource(store, draft));
              }}
              onCancel={() => setAdding(false)}
            />
          ) : (
            <button
              type="button"
              className="secondary-button"
              disabled={readOnly}
              onClick={() => setAdding(true)}
            >
              + New source
            </button>
          )}
        </div>
        {chosen ? (
          <SourceEditor key={chosen.id} source={chosen} onGoToCard={onClose} />
        ) : (
          <p className="sources-empty">
            No research sources yet. Add the interviews, surveys or analytics behind this map, then
            cite them on cards and name them on quotes.
          </p>
        )}
      </div>
    </Modal>
  );
}
