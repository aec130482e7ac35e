import { useState } from 'react';
import { LIMITS } from '../../../../shared/model/fields';
import { savedViewsOf } from '../../../../shared/model/savedViews';
import { useCommandContext, usePanel } from '../palette/commandContext';
import { Modal, ModalHeader } from '../palette/Modal';
import { saveCurrentView } from './viewCommands';
import './views.css';

/** "Save view…": names what the editor shows now (filter, part of the map, lanes). */
export function SaveViewDialog() {
  const { open, close } = usePanel('save-view');
  return open ? <SaveViewForm onClose={close} /> : null;
}

function SaveViewForm({ onClose }: { onClose: () => void }) {
  const ctx = useCommandContext();
  const [name, setName] = useState(() => {
    const { doc, journeyId } = ctx.store.getState();
    return `View ${savedViewsOf(doc, journeyId).length + 1}`;
  });
  const [error, setError] = useState('');
  return (
    <Modal label="Save view" className="save-view-dialog" onClose={onClose}>
      <ModalHeader title="Save view" onClose={onClose} />
      <form
        className="save-view-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (saveCurrentView(ctx, name)) onClose();
          else setError('The map is not on screen: switch to the map, then save the view.');
        }}
      >
        <label>
          Name
          <input
            autoFocus
            value={name}
            maxLength={LIMITS.name}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <p className="field-hint">
          Keeps the search filter, the part of the map in view and which lanes show. Present steps
          through saved views after the stages.
        </p>
        {error && <p role="alert">{error}</p>}
        <button type="submit" className="primary-button">
          Save view
        </button>
      </form>
    </Modal>
  );
}
