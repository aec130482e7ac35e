import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { LaneNode } from './nodeTypes';

export const LaneLabel = memo(function LaneLabel({ data }: NodeProps<LaneNode>) {
  return (
    <div className="lane-label">
      <span className="lane-name">{data.name}</span>
      <span className="lane-count">{data.count}</span>
    </div>
  );
});
