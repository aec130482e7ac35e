import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useDocument, useDocumentStore } from '../documentContext';
import type { LaneNode } from './nodeTypes';
import { countOf } from '../../../../shared/text/plural';
import { useNavItem } from '../keyboard/canvasFocus';
import { navKey } from '../keyboard/navModel';

/** A lane's name at the left of the map; clicking it (or Enter/Space) opens the lane in the inspector. */
export const LaneLabel = memo(function LaneLabel({ id, data }: NodeProps<LaneNode>) {
  const store = useDocumentStore();
  const laneId = id.slice('lane:'.length);
  const selected = useDocument(
    (s) => s.selection?.kind === 'lane' && s.selection.ids.includes(laneId),
  );
  const select = () => store.getState().select({ kind: 'lane', ids: [laneId] });
  const nav = useNavItem(navKey.lane(laneId));
  return (
    <div
      className={selected ? 'lane-label selectable selected' : 'lane-label selectable'}
      role="button"
      {...nav}
      aria-pressed={selected}
      aria-label={`Lane ${data.name}, ${countOf(data.count, 'card')}`}
      data-testid="lane-label"
      data-lane-name={data.name}
      onClick={select}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          select();
        }
      }}
    >
      {/* A space between: the visible words are then part of the name ("Touchpoints 1"). */}
      <span className="lane-name">{data.name}</span>{' '}
      <span className="lane-count">{data.count}</span>
    </div>
  );
});
