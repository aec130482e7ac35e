import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useState } from 'react';
import { holdsTouchpoints, LANE_CARD_NOUNS } from '../../../../shared/model/laneKinds';
import { LIMITS } from '../../../../shared/model/schema';
import { emotionLevel } from '../../../../shared/model/scales';
import type { Touchpoint } from '../../../../shared/model/types';
import { EffortMeter } from '../../components/EffortMeter';
import { EmotionFace } from '../../components/EmotionFace';
import { useDocumentStore } from '../documentContext';
import { useFilterMatch } from '../search/useFilterMatch';
import type { TouchpointNode } from './nodeTypes';

/** The title, edited in place on double-click; Enter or leaving the field ends the edit. */
function CardTitle({ touchpoint, placeholder }: { touchpoint: Touchpoint; placeholder: string }) {
  const store = useDocumentStore();
  const [editing, setEditing] = useState(false);
  if (!editing) {
    return (
      <div
        className={touchpoint.title ? 'card-title' : 'card-title untitled'}
        onDoubleClick={(e) => {
          e.stopPropagation();
          setEditing(true);
        }}
      >
        {touchpoint.title || placeholder}
      </div>
    );
  }
  return (
    <textarea
      className="card-title-input nodrag nowheel"
      aria-label="Card title"
      autoFocus
      rows={2}
      maxLength={LIMITS.title}
      value={touchpoint.title}
      onChange={(e) =>
        store
          .getState()
          .dispatch(
            { type: 'updateTouchpoint', id: touchpoint.id, patch: { title: e.target.value } },
            { mergeKey: `title:${touchpoint.id}` },
          )
      }
      onBlur={() => setEditing(false)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if ((e.key === 'Enter' && !e.shiftKey) || e.key === 'Escape') {
          e.preventDefault();
          e.currentTarget.blur();
        }
      }}
    />
  );
}

function Handles() {
  return (
    <>
      <Handle type="target" position={Position.Left} className="card-handle" />
      <Handle type="source" position={Position.Right} className="card-handle" />
    </>
  );
}

export const TouchpointCard = memo(function TouchpointCard({
  data,
  selected,
}: NodeProps<TouchpointNode>) {
  const { touchpoint, laneKind } = data;
  const filterMatch = useFilterMatch(touchpoint);
  const filterClass = filterMatch ? ` filter-${filterMatch}` : '';
  if (!holdsTouchpoints(laneKind)) {
    // The search narrows touchpoints; while it is on, notes step back with the non-matches.
    return (
      <div
        className={`note-card lane-${laneKind}${selected ? ' selected' : ''}${filterMatch ? ' filter-dim' : ''}`}
        data-testid="note-card"
        data-touchpoint-id={touchpoint.id}
        data-stage={data.stageName}
        data-lane-kind={laneKind}
      >
        <Handles />
        <CardTitle touchpoint={touchpoint} placeholder={`Untitled ${LANE_CARD_NOUNS[laneKind]}`} />
        {touchpoint.description && <div className="note-text">{touchpoint.description}</div>}
      </div>
    );
  }
  const level = emotionLevel(touchpoint.emotion);
  return (
    <div
      className={`touchpoint-card${selected ? ' selected' : ''}${touchpoint.momentOfTruth ? ' moment-of-truth' : ''}${filterClass}`}
      style={{ borderLeftColor: level.color }}
      data-testid="touchpoint-card"
      data-touchpoint-id={touchpoint.id}
      data-stage={data.stageName}
    >
      <Handles />
      <CardTitle touchpoint={touchpoint} placeholder="Untitled touchpoint" />
      <div className="card-meta">
        <span className="card-emotion" data-emotion={touchpoint.emotion ?? 'not-rated'}>
          <EmotionFace emotion={touchpoint.emotion} size={20} />
          <span>{level.word}</span>
        </span>
        <EffortMeter effort={touchpoint.effort} />
      </div>
      {(touchpoint.channel || touchpoint.momentOfTruth) && (
        <div className="card-badges">
          {touchpoint.momentOfTruth && (
            <span className="badge badge-mot" title="Moment of truth">
              <span aria-hidden="true">★</span> Moment of truth
            </span>
          )}
          {touchpoint.channel && (
            <span className="badge badge-channel" title={`Channel: ${touchpoint.channel}`}>
              {touchpoint.channel}
            </span>
          )}
        </div>
      )}
    </div>
  );
});
