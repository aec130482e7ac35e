import { useMemo, useRef } from 'react';
import { getEntity } from '../../../../shared/model/doc';
import { LIMITS } from '../../../../shared/model/schema';
import { addTouchpoint, deleteSelection } from '../actions';
import { useDocument, useDocumentStore } from '../documentContext';
import { useFocusRequest } from './useFocusRequest';

export function StageInspector({ id }: { id: string }) {
  const store = useDocumentStore();
  const stage = useDocument((s) => getEntity(s.doc, 'stages', id));
  // Counted only when the touchpoints change, not on every store update.
  const touchpoints = useDocument((s) => s.doc.touchpoints);
  const count = useMemo(
    () => Object.values(touchpoints).filter((t) => t.stageId === id).length,
    [touchpoints, id],
  );
  const nameRef = useRef<HTMLInputElement>(null);
  useFocusRequest(id, 'name', nameRef);

  if (!stage) return null;
  const dispatch = store.getState().dispatch;
  return (
    <section className="inspector-section" aria-label="Stage">
      <h2 className="inspector-title">Stage</h2>
      <label className="field">
        <span className="field-label">Name</span>
        <input
          ref={nameRef}
          value={stage.name}
          maxLength={LIMITS.name}
          onChange={(e) =>
            dispatch(
              { type: 'updateStage', id, patch: { name: e.target.value } },
              { mergeKey: `stage-name:${id}` },
            )
          }
        />
      </label>
      <p className="inspector-note">
        {count} {count === 1 ? 'touchpoint' : 'touchpoints'} in this stage.
      </p>
      <button type="button" className="secondary-button" onClick={() => addTouchpoint(store, id)}>
        + Add touchpoint
      </button>
      <button type="button" className="danger-button" onClick={() => deleteSelection(store)}>
        Delete stage{count > 0 ? ` and its ${count} touchpoint${count === 1 ? '' : 's'}` : ''}
      </button>
      <p className="inspector-note subtle">
        Undo (Ctrl+Z) brings a deleted stage back with its touchpoints.
      </p>
    </section>
  );
}
