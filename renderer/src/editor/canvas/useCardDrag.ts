import type { NodeChange, OnNodeDrag, XYPosition } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { dropTargetAt, type DropTarget } from '../../../../shared/layout/hitTest';
import type { JourneyLayout } from '../../../../shared/layout/layoutJourney';
import { moveTouchpoints } from '../actions';
import type { DocumentStore } from '../documentStore';
import type { CanvasNode } from './nodeTypes';

const sameTarget = (a: DropTarget | null, b: DropTarget | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.stageId === b.stageId &&
    a.laneId === b.laneId &&
    a.index === b.index);

/**
 * Dragging cards: where the dragged nodes are drawn while the pointer moves, the cell they
 * would land in, and the move itself on release. The layout puts them in place afterwards, so
 * a drop always ends tidy.
 */
export function useCardDrag(layout: JourneyLayout, store: DocumentStore) {
  const [positions, setPositions] = useState<ReadonlyMap<string, XYPosition> | null>(null);
  const [drop, setDrop] = useState<DropTarget | null>(null);

  const onPositionChanges = useCallback((changes: NodeChange<CanvasNode>[]) => {
    const moved = changes.filter(
      (c): c is Extract<NodeChange<CanvasNode>, { type: 'position' }> =>
        c.type === 'position' && c.position !== undefined && c.dragging === true,
    );
    if (moved.length === 0) return;
    setPositions((current) => {
      const next = new Map(current ?? []);
      for (const c of moved) if (c.position) next.set(c.id, c.position);
      return next;
    });
  }, []);

  const targetFor = useCallback(
    (grabbed: CanvasNode, dragged: ReadonlySet<string>) =>
      dropTargetAt(
        layout,
        grabbed.position.x + (grabbed.width ?? 0) / 2,
        grabbed.position.y + (grabbed.height ?? 0) / 2,
        dragged,
      ) ?? null,
    [layout],
  );

  const draggedCards = (nodes: CanvasNode[]) =>
    new Set(nodes.filter((n) => n.type === 'touchpoint').map((n) => n.id));

  const onNodeDrag: OnNodeDrag<CanvasNode> = useCallback(
    (_event, node, nodes) => {
      if (node.type !== 'touchpoint') return;
      const target = targetFor(node, draggedCards(nodes));
      // Only a change of cell or slot re-renders the canvas, not every pointer move.
      setDrop((current) => (sameTarget(current, target) ? current : target));
    },
    [targetFor],
  );

  const onNodeDragStop: OnNodeDrag<CanvasNode> = useCallback(
    (_event, node, nodes) => {
      setPositions(null);
      setDrop(null);
      if (node.type !== 'touchpoint') return;
      const dragged = draggedCards(nodes);
      const target = targetFor(node, dragged);
      if (!target) return;
      if (dragged.size === 1) {
        const card = layout.cards.find((c) => c.id === node.id);
        if (
          card &&
          sameTarget(target, { stageId: card.stageId, laneId: card.laneId, index: card.index })
        )
          return;
      }
      // layout.cards runs in journey order, so the cards keep their order where they land.
      const ids = layout.cards.filter((c) => dragged.has(c.id)).map((c) => c.id);
      moveTouchpoints(store, ids, target);
    },
    [layout, store, targetFor],
  );

  return { positions, drop, onPositionChanges, onNodeDrag, onNodeDragStop };
}
