import { useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { cellTouchpoints, getEntity, stagesOf } from '../../../../shared/model/doc';
import { LIMITS } from '../../../../shared/model/schema';
import { EffortPicker } from '../../components/EffortPicker';
import { EmotionPicker } from '../../components/EmotionPicker';
import { deleteSelection } from '../actions';
import { useDocument, useDocumentStore } from '../documentContext';
import { useFocusRequest } from './useFocusRequest';

export function TouchpointInspector({ id }: { id: string }) {
  const store = useDocumentStore();
  const touchpoint = useDocument((s) => getEntity(s.doc, 'touchpoints', id));
  const journeyId = touchpoint?.journeyId ?? '';
  const journeyStages = useDocument(useShallow((s) => stagesOf(s.doc, journeyId)));
  const titleRef = useRef<HTMLTextAreaElement>(null);
  useFocusRequest(id, 'title', titleRef);

  if (!touchpoint) return null;
  const dispatch = store.getState().dispatch;

  return (
    <section className="inspector-section" aria-label="Touchpoint">
      <h2 className="inspector-title">Touchpoint</h2>
      <label className="field">
        <span className="field-label">Title</span>
        <textarea
          ref={titleRef}
          className="title-input"
          rows={2}
          maxLength={LIMITS.title}
          value={touchpoint.title}
          placeholder="What happens, e.g. “Compares prices”"
          onChange={(e) =>
            dispatch(
              { type: 'updateTouchpoint', id, patch: { title: e.target.value } },
              { mergeKey: `title:${id}` },
            )
          }
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              e.currentTarget.blur();
            }
          }}
        />
      </label>
      <div className="field">
        <span className="field-label">Emotion</span>
        <EmotionPicker
          value={touchpoint.emotion}
          onChange={(emotion) => dispatch({ type: 'updateTouchpoint', id, patch: { emotion } })}
        />
      </div>
      <div className="field">
        <span className="field-label">Effort</span>
        <EffortPicker
          value={touchpoint.effort}
          onChange={(effort) => dispatch({ type: 'updateTouchpoint', id, patch: { effort } })}
        />
      </div>
      <label className="field">
        <span className="field-label">Stage</span>
        <select
          value={touchpoint.stageId}
          onChange={(e) => {
            const stageId = e.target.value;
            const end = cellTouchpoints(store.getState().doc, stageId, touchpoint.laneId).length;
            dispatch({
              type: 'moveTouchpoint',
              id,
              stageId,
              laneId: touchpoint.laneId,
              at: { index: end },
            });
          }}
        >
          {journeyStages.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name || 'Untitled stage'}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="danger-button" onClick={() => deleteSelection(store)}>
        Delete touchpoint
      </button>
    </section>
  );
}
