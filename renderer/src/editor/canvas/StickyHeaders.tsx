import './sticky.css';
import { useStore, type ReactFlowState } from '@xyflow/react';
import { memo } from 'react';
import type { JourneyLayout } from '../../../../shared/layout/layoutJourney';

/** Screen px: the band of stage names pinned to the top, and lane names pinned to the left. */
export const STICKY_STAGE_HEIGHT = 30;
export const STICKY_LANE_WIDTH = 112;
const BAND_HEIGHT = STICKY_STAGE_HEIGHT;
const LANE_BAND_WIDTH = STICKY_LANE_WIDTH;

const transformOf = (s: ReactFlowState) => s.transform;
const sizeOf = (s: ReactFlowState) => `${s.width}x${s.height}`;

/**
 * Stage and lane names that stay in view while a large map pans: once the stage headers scroll
 * above the view, a band pinned to its top edge names the stages below it (each over its own
 * column, while any of the column shows); once the lane labels scroll off the left, a band
 * pinned to the left edge names the lanes. Drawn over the canvas in screen pixels, so the names
 * stay readable at every zoom. A visual guide only: the real headers and labels stay the ones
 * to click, tab to and read out, and pointer events pass through to the map.
 */
export const StickyHeaders = memo(function StickyHeaders({ layout }: { layout: JourneyLayout }) {
  const [tx, ty, zoom] = useStore(transformOf);
  const [width, height] = useStore(sizeOf).split('x').map(Number) as [number, number];
  const headerTop = layout.top * zoom + ty;
  const mapBottom = layout.height * zoom + ty;
  const pinTop = headerTop < 0 && mapBottom > BAND_HEIGHT;
  const pinLeft = tx < 0 && layout.width * zoom + tx > LANE_BAND_WIDTH;
  if (!pinTop && !pinLeft) return null;
  const top = pinTop ? BAND_HEIGHT : 0;
  return (
    <div className="sticky-headers" aria-hidden="true" data-testid="sticky-headers">
      {pinLeft &&
        layout.lanes.map((lane) => {
          const y = Math.max(lane.y * zoom + ty, top);
          const bottom = (lane.y + lane.height) * zoom + ty;
          if (bottom <= y || y > height) return null;
          return (
            <div
              key={lane.id}
              className={`sticky-lane lane-${lane.kind}`}
              data-testid="sticky-lane"
              style={{ top: y, height: bottom - y, width: LANE_BAND_WIDTH }}
            >
              <span className="sticky-lane-name">{lane.name}</span>
            </div>
          );
        })}
      {pinTop &&
        layout.stages.map((stage) => {
          const left = Math.max(stage.x * zoom + tx, pinLeft ? LANE_BAND_WIDTH : 0);
          const right = (stage.x + stage.width) * zoom + tx;
          if (right <= left || left > width) return null;
          return (
            <div
              key={stage.id}
              className="sticky-stage"
              data-testid="sticky-stage"
              style={{
                left,
                width: right - left,
                height: BAND_HEIGHT,
                ['--stage-color' as string]: stage.color,
              }}
            >
              <span className="stage-index">{stage.index + 1}</span>
              <span className="sticky-stage-name">{stage.name || 'Untitled stage'}</span>
            </div>
          );
        })}
      {pinTop && pinLeft && <div className="sticky-corner" style={{ width: LANE_BAND_WIDTH }} />}
    </div>
  );
});
