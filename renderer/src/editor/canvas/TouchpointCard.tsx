import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useState } from 'react';
import type { CardFace } from '../../../../shared/cards/cardFace';
import { LIMITS } from '../../../../shared/model/schema';
import type { Touchpoint } from '../../../../shared/model/types';
import { CardExtras } from '../../components/CardExtras';
import { EffortMeter } from '../../components/EffortMeter';
import { EmotionFace } from '../../components/EmotionFace';
import { useDocumentStore } from '../documentContext';
import { useFilterMatch } from '../search/useFilterMatch';
import type { TouchpointNode } from './nodeTypes';

/** The title, edited in place on double-click; Enter or leaving the field ends the edit. */
function CardTitle({ touchpoint, face }: { touchpoint: Touchpoint; face: CardFace }) {
  const store = useDocumentStore();
  const [editing, setEditing] = useState(false);
  if (!editing) {
    return (
      <div
        className={face.title.untitled ? 'card-title untitled' : 'card-title'}
        onDoubleClick={(e) => {
          e.stopPropagation();
          setEditing(true);
        }}
      >
        {face.title.text}
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
  const { touchpoint, face } = data;
  const filterMatch = useFilterMatch(touchpoint);
  const filterClass = filterMatch ? ` filter-${filterMatch}` : '';
  if (face.kind === 'note') {
    // The search looks through notes as well: a match stands out, the rest step back.
    return (
      <div
        className={`note-card lane-${face.laneKind}${selected ? ' selected' : ''}${filterClass}`}
        data-testid="note-card"
        data-touchpoint-id={face.id}
        data-stage={data.stageName}
        data-lane-kind={face.laneKind}
      >
        <Handles />
        <CardTitle touchpoint={touchpoint} face={face} />
        {face.text && <div className="note-text">{face.text}</div>}
      </div>
    );
  }
  return (
    <div
      className={`touchpoint-card${selected ? ' selected' : ''}${face.momentOfTruth ? ' moment-of-truth' : ''}${filterClass}`}
      style={{ borderLeftColor: face.emotion.color }}
      data-testid="touchpoint-card"
      data-touchpoint-id={face.id}
      data-stage={data.stageName}
    >
      <Handles />
      <CardTitle touchpoint={touchpoint} face={face} />
      <div className="card-meta">
        <span className="card-emotion" data-emotion={face.emotion.value ?? 'not-rated'}>
          <EmotionFace emotion={face.emotion.value} size={20} />
          <span>{face.emotion.word}</span>
        </span>
        <EffortMeter effort={face.effort.value} />
      </div>
      <CardExtras extras={face.extras} className="card-extras" />
      {(face.channel || face.momentOfTruth) && (
        <div className="card-badges">
          {face.momentOfTruth && (
            <span className="badge badge-mot" title="Moment of truth">
              <span aria-hidden="true">★</span> Moment of truth
            </span>
          )}
          {face.channel && (
            <span className="badge badge-channel" title={`Channel: ${face.channel}`}>
              {face.channel}
            </span>
          )}
        </div>
      )}
    </div>
  );
});
