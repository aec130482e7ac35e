import { MiniMap, useStore, type ReactFlowState } from '@xyflow/react';
import type { JourneyLayout } from '../../../../shared/layout/layoutJourney';
import { minimapCorner } from '../../../../shared/layout/minimapPlace';
import type { CanvasNode } from './nodeTypes';

const MINIMAP_STYLE = { width: 180, height: 110 };

/** The view as a string, so the minimap re-renders only when the view changes. */
function viewKey(s: ReactFlowState): string {
  return `${s.transform.join(',')},${s.width},${s.height}`;
}

/** The map overview, in whichever corner leaves the emotion curve in sight (minimapPlace.ts). */
export function CurveClearMiniMap({
  layout,
  nodeColor,
}: {
  layout: JourneyLayout;
  nodeColor: (node: CanvasNode) => string;
}) {
  const [tx, ty, zoom, width, height] = useStore(viewKey).split(',').map(Number) as number[];
  const lane = layout.lanes.find((l) => l.id === layout.emotionCurve?.laneId);
  const curve = lane
    ? { x: tx!, y: lane.y * zoom! + ty!, width: layout.width * zoom!, height: lane.height * zoom! }
    : null;
  const corner = minimapCorner(curve, { width: width!, height: height! }, MINIMAP_STYLE);
  if (!corner) return null;
  return (
    <MiniMap<CanvasNode>
      pannable
      zoomable
      position={corner}
      ariaLabel="Map overview"
      nodeColor={nodeColor}
      style={MINIMAP_STYLE}
    />
  );
}
