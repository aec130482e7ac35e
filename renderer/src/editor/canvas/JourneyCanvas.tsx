import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  type NodeChange,
  type NodeTypes,
  type ReactFlowInstance,
} from '@xyflow/react';
import { useCallback, useMemo, useRef } from 'react';
import { useCardDrag } from './useCardDrag';
import { useRevealSelection } from './useRevealSelection';
import { getEntity } from '../../../../shared/model/doc';
import { layoutJourney } from '../../../../shared/layout/layoutJourney';
import { DEFAULT_LAYOUT_THEME } from '../../../../shared/layout/theme';
import { useDocument, useDocumentStore } from '../documentContext';
import type { Selection } from '../documentStore';
import { AddStageColumn } from './AddStageColumn';
import { buildNodes, reuseUnchanged } from './buildNodes';
import { LaneLabel } from './LaneLabel';
import type { CanvasNode } from './nodeTypes';
import { StageColumn } from './StageColumn';
import { TouchpointCard } from './TouchpointCard';

const NODE_TYPES: NodeTypes = {
  stage: StageColumn,
  touchpoint: TouchpointCard,
  lane: LaneLabel,
  addStage: AddStageColumn,
};
const THEME = DEFAULT_LAYOUT_THEME;
const VIEW_MARGIN = 24;
// Shift-click adds to the selection, as in most design tools; Ctrl/Cmd-click too.
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const ARIA_LABELS = {
  'node.a11yDescription.default':
    'Press Enter or Space to select. Delete removes it; the inspector edits it and moves it to another stage.',
};

const MINIMAP_STYLE = { width: 180, height: 110 };
function minimapColor(node: CanvasNode): string {
  if (node.type === 'stage') return `${node.data.color}55`;
  if (node.type === 'touchpoint') return '#4a5468';
  return 'transparent';
}

/** Folds React Flow's select/unselect changes into the store's selection. */
function nextSelection(
  current: Selection,
  changes: NodeChange<CanvasNode>[],
  isTouchpoint: (id: string) => boolean,
): Selection {
  const ids = new Set(current?.ids ?? []);
  for (const change of changes) {
    if (change.type !== 'select') continue;
    if (change.selected) ids.add(change.id);
    else ids.delete(change.id);
  }
  const touchpoints = [...ids].filter(isTouchpoint);
  if (touchpoints.length > 0) return { kind: 'touchpoint', ids: touchpoints };
  const stages = [...ids].filter((id) => !isTouchpoint(id));
  return stages.length > 0 ? { kind: 'stage', ids: stages } : null;
}

export function JourneyCanvas() {
  const store = useDocumentStore();
  const doc = useDocument((s) => s.doc);
  const journeyId = useDocument((s) => s.journeyId);
  const selection = useDocument((s) => s.selection);
  const cache = useRef(new Map<string, CanvasNode>());

  const layout = useMemo(() => layoutJourney(doc, journeyId, THEME), [doc, journeyId]);
  const { positions, drop, onPositionChanges, onNodeDrag, onNodeDragStop } = useCardDrag(
    layout,
    store,
  );

  // The cache only swaps in an equal, older object for a new one, so reading it during render
  // cannot show stale data; it is what keeps untouched nodes identical for React Flow.
  /* eslint-disable react-hooks/refs */
  const baseNodes = useMemo(() => {
    const built = buildNodes({ doc, layout, theme: THEME, selection, drop });
    const reused = reuseUnchanged(cache.current, built);
    cache.current = new Map(reused.map((n) => [n.id, n]));
    return reused;
  }, [doc, layout, selection, drop]);
  /* eslint-enable react-hooks/refs */

  const nodes = useMemo(
    () =>
      positions
        ? baseNodes.map((n) => {
            const position = positions.get(n.id);
            return position ? { ...n, position, dragging: true } : n;
          })
        : baseNodes,
    [baseNodes, positions],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      onPositionChanges(changes);
      if (changes.some((c) => c.type === 'select')) {
        const state = store.getState();
        const isTouchpoint = (id: string) => getEntity(state.doc, 'touchpoints', id) !== undefined;
        state.select(nextSelection(state.selection, changes, isTouchpoint));
      }
    },
    [store, onPositionChanges],
  );

  const onPaneClick = useCallback(() => store.getState().select(null), [store]);
  useRevealSelection(layout, selection);

  // Start at the journey's beginning at a readable zoom, rather than shrinking a wide map to fit.
  const container = useRef<HTMLDivElement>(null);
  const onInit = useCallback(
    (instance: ReactFlowInstance<CanvasNode>) => {
      const width = container.current?.clientWidth ?? 1200;
      const zoom = Math.min(1, Math.max(0.6, (width - 2 * VIEW_MARGIN) / (layout.width + 160)));
      void instance.setViewport({ x: VIEW_MARGIN, y: VIEW_MARGIN, zoom });
    },
    // Only the first layout matters: later edits keep the viewport where the user left it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  return (
    <div className="canvas" data-testid="journey-canvas" ref={container}>
      <ReactFlow<CanvasNode>
        nodes={nodes}
        edges={[]}
        nodeTypes={NODE_TYPES}
        onNodesChange={onNodesChange}
        onNodeDrag={onNodeDrag}
        onNodeDragStop={onNodeDragStop}
        onPaneClick={onPaneClick}
        onInit={onInit}
        minZoom={0.1}
        maxZoom={2}
        zoomOnDoubleClick={false}
        deleteKeyCode={null}
        nodesConnectable={false}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        onlyRenderVisibleElements
        ariaLabelConfig={ARIA_LABELS}
      >
        <Background variant={BackgroundVariant.Dots} gap={24} size={1.2} />
        <Controls showInteractive={false} position="bottom-left" />
        <MiniMap
          pannable
          zoomable
          position="bottom-right"
          ariaLabel="Map overview"
          nodeColor={minimapColor}
          style={MINIMAP_STYLE}
        />
      </ReactFlow>
    </div>
  );
}
