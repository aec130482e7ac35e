import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { DEFAULT_LAYOUT_THEME } from '../../../../shared/layout/theme';
import { labelBoxStyle } from '../routing/labelBoxStyle';
import type { ConnectionEdge } from './nodeTypes';

const LABEL = DEFAULT_LAYOUT_THEME.connectionLabel;

const KIND_STYLE = {
  path: { stroke: 'var(--edge-path)' },
  alternative: { stroke: 'var(--edge-alternative)', strokeDasharray: '7 5' },
  failure: { stroke: 'var(--edge-failure)', strokeDasharray: '3 4' },
} as const;

/**
 * A connection drawn along the route `layoutJourney` gives it (around the cards), with its label
 * in the box placed for it, so the canvas and the exports draw the same arrow; React Flow's own
 * coordinates are not used.
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
      {route.labelBox && route.labelText && (
        <EdgeLabelRenderer>
          <div
            className={`edge-label edge-${route.kind}${selected ? ' selected' : ''}`}
            data-connection={route.id}
            style={labelBoxStyle(route.labelBox, LABEL)}
          >
            {route.kind === 'failure' && <span aria-hidden="true">✕ </span>}
            {route.labelText}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
