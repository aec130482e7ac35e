import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { LineNode } from './nodeTypes';

/** A service-blueprint line (interaction, visibility, internal interaction) across the map. */
export const BlueprintLineNode = memo(function BlueprintLineNode({ data }: NodeProps<LineNode>) {
  return (
    <div className={`blueprint-line line-${data.line.kind}`} data-testid="blueprint-line">
      <span className="blueprint-line-label">{data.line.label}</span>
    </div>
  );
});
