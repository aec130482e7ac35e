import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ConnectionEdge } from './nodeTypes';

const KIND_STYLE = {
  path: { stroke: 'var(--edge-path)' },
  alternative: { stroke: 'var(--edge-alternative)', strokeDasharray: '7 5' },
  failure: { stroke: 'var(--edge-failure)', strokeDasharray: '3 4' },
} as const;

/**
 * A connection drawn along the route `layoutJourney` gives it, so the canvas and the exports
 * draw the same arrow; React Flow's own coordinates are not used.
 */
export const ConnectionEdgeView = memo(function ConnectionEdgeView({
  data,
  selected,
  markerEnd,
}: EdgeProps<ConnectionEdge>) {
  if (!data) return null;
  const { route } = data;
  return (
    <>
      <BaseEdge
        path={route.path}
        markerEnd={markerEnd}
        interactionWidth={16}
        style={{ ...KIND_STYLE[route.kind], strokeWidth: selected ? 3 : 2 }}
      />
      {(route.label || route.kind !== 'path') && (
        <EdgeLabelRenderer>
          <div
            className={`edge-label edge-${route.kind}${selected ? ' selected' : ''}`}
            style={{
              transform: `translate(-50%, -50%) translate(${route.labelAt.x}px, ${route.labelAt.y}px)`,
            }}
          >
            {route.kind === 'failure' && <span aria-hidden="true">✕ </span>}
            {route.label || (route.kind === 'failure' ? 'Failure path' : 'Alternative')}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
