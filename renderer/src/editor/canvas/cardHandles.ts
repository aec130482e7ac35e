import { Position, type NodeHandle } from '@xyflow/react';

/** A connection handle's side, as canvas.css draws `.card-handle` (border-box). */
const HANDLE_SIZE = 10;

const handlesBySize = new Map<string, NodeHandle[]>();

/**
 * Where a card's two handles sit (TouchpointCard: the target on the left edge, the source on
 * the right, both at mid height), given to React Flow with the node. React Flow renders a node
 * it knows no handles of once wherever it is, to measure them: without these, each card handed
 * over off screen (a pan's new culling window, the zoom back in from far out) was built in full
 * for one frame, then dropped. One array per card size, so a rebuilt node hands over the same.
 */
export function cardHandles(width: number, height: number): NodeHandle[] {
  const key = `${width}x${height}`;
  let handles = handlesBySize.get(key);
  if (!handles) {
    const half = HANDLE_SIZE / 2;
    const y = height / 2 - half;
    const size = { width: HANDLE_SIZE, height: HANDLE_SIZE };
    handles = [
      { type: 'target', position: Position.Left, x: -half, y, ...size },
      { type: 'source', position: Position.Right, x: width - half, y, ...size },
    ];
    handlesBySize.set(key, handles);
  }
  return handles;
}
