import {
  Background,
  BackgroundVariant,
  Controls,
  ReactFlow,
  ConnectionMode,
  type Connection,
  type EdgeChange,
  type EdgeTypes,
  type NodeChange,
  type NodeTypes,
  type OnConnectEnd,
} from '@xyflow/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { StageDragContext, useStageReorder } from './stageDrag';
import { useCardDrag } from './useCardDrag';
import { useSameSet } from './useSameSet';
import { useOpeningView } from './useOpeningView';
import { useCardContextMenu } from '../cardMenu/openCardMenu';
import { useJourneyLayout } from './useJourneyLayout';
import { useRevealSelection } from './useRevealSelection';
import { useStagedCards } from './useStagedCards';
import { FAR, useCullWindow } from './useCullWindow';
import { useZoomOutHold } from './useZoomOutHold';
import { cardsNear } from '../../../../shared/layout/cull';
import { farCards, type FarCard, type FarFace } from '../../../../shared/layout/farShapes';
import type { CardBox } from '../../../../shared/layout/layoutJourney';
import { getEntity } from '../../../../shared/model/doc';
import { isFilterActive, matchesFilter } from '../../../../shared/model/filter';
import { CurveClearMiniMap } from './CurveClearMiniMap';
import { DEFAULT_LAYOUT_THEME } from '../../../../shared/layout/theme';
import { useDocument, useDocumentStore } from '../documentContext';
import { useConnectionRouter } from '../routing/useConnectionRouter';
import { useResolvedTheme } from '../theme/themeStore';
import { connectOrLink } from '../actions';
import { AddStageColumn } from './AddStageColumn';
import { FarLayer } from './FarLayer';
import { faceOf } from '../flow/buildMapNodes';
import { BlueprintLineNode } from './BlueprintLineNode';
import { reuseUnchanged, sameItems, useReusedNodes } from '../flow/reuseNodes';
import { useRetiredNodes } from '../flow/useRetiredNodes';
import { buildEdges, buildNodes } from './buildNodes';
import { LinkOverlay } from './LinkOverlay';
import { ConnectionEdgeView } from './ConnectionEdgeView';
import { EmotionCurveNode } from './EmotionCurveNode';
import { LaneLabel } from './LaneLabel';
import type { CanvasNode, ConnectionEdge } from './nodeTypes';
import { PersonaBand } from './PersonaBand';
import { nextSelection, nodeKindIn } from './selection';
import type { Selection } from '../documentStore';
import { StageColumn } from './StageColumn';
import { StickyHeaders } from './StickyHeaders';
import { TouchpointCard } from './TouchpointCard';
import { useKeyboardCardId } from '../keyboard/canvasFocus';
import { FocusRingZoom } from '../keyboard/FocusRingZoom';
import { useCanvasKeyboard } from '../keyboard/useCanvasKeyboard';
import './canvas.css';

const NODE_TYPES: NodeTypes = {
  stage: StageColumn,
  touchpoint: TouchpointCard,
  lane: LaneLabel,
  addStage: AddStageColumn,
  persona: PersonaBand,
  curve: EmotionCurveNode,
  line: BlueprintLineNode,
};
const EDGE_TYPES: EdgeTypes = { connection: ConnectionEdgeView };
const THEME = DEFAULT_LAYOUT_THEME;
const NO_SHAPES: FarCard[] = [];
const NO_CARDS: ReadonlySet<string> = new Set();

/** `make`'s value, made on the first call only. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}
// Shift-click adds to the selection, as in most design tools; Ctrl/Cmd-click too.
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const ARIA_LABELS = {
  'node.a11yDescription.default':
    'Arrow keys move between cards, Tab goes on in reading order. Enter edits it in the inspector, Alt+arrows move it, Ctrl+L connects it to another card, N adds a card, Delete removes it.',
  'edge.a11yDescription.default':
    'Press Enter or Space to select the connection. Delete removes it; the inspector edits its label and kind.',
};

function minimapColor(node: CanvasNode): string {
  if (node.type === 'stage') return `${node.data.color}55`;
  // Cards far from the view are culled (see below), so the overview draws stages, not cards.
  if (node.type === 'persona') return `${node.data.persona.color}66`;
  return 'transparent';
}

/**
 * The cards handed to React Flow: those near the view, the selected ones, the one the keyboard
 * is on and any being dragged. Only these are built into nodes.
 */
function handedCards(
  nearby: ReadonlySet<string> | null,
  selection: Selection,
  keyboardCard: string | null,
  moved: ReadonlySet<string> | null,
): Set<string> {
  const ids = new Set(nearby);
  if (selection?.kind === 'touchpoint') for (const id of selection.ids) ids.add(id);
  if (keyboardCard) ids.add(keyboardCard);
  for (const id of moved ?? []) ids.add(id);
  return ids;
}

export function JourneyCanvas() {
  const store = useDocumentStore();
  const doc = useDocument((s) => s.doc);
  const journeyId = useDocument((s) => s.journeyId);
  const selection = useDocument((s) => s.selection);
  const colorMode = useResolvedTheme();

  const router = useConnectionRouter();
  const layout = useJourneyLayout(doc, journeyId, THEME, router);
  const { positions, drop, onPositionChanges, onNodeDrag, onNodeDragStop } = useCardDrag(
    layout,
    store,
  );
  const stageReorder = useStageReorder(layout, store);
  const { offsets } = stageReorder;
  const stageDrag = useMemo(
    () => ({ move: stageReorder.move, drop: stageReorder.drop }),
    [stageReorder.move, stageReorder.drop],
  );

  const edgeCache = useRef(new Map<string, ConnectionEdge>());
  const lastEdges = useRef<ConnectionEdge[]>([]);
  /* eslint-disable react-hooks/refs */
  const edges = useMemo(() => {
    const reused = reuseUnchanged(edgeCache.current, buildEdges(doc, layout, selection));
    edgeCache.current = new Map(reused.map((e) => [e.id, e]));
    // The same edges keep the same array: React Flow then skips its edge update (a store change
    // every node wrapper hears), which a title edit would otherwise pay for.
    if (sameItems(reused, lastEdges.current)) return lastEdges.current;
    lastEdges.current = reused;
    return reused;
  }, [doc, layout, selection]);
  /* eslint-enable react-hooks/refs */

  // Every node handed to React Flow is built and adopted into its store, drawn or not, and
  // every edit or selection pays for that again: at 2,000 cards it was most of the time to
  // first paint. So cards far from the view are not handed over at all (selected and dragged
  // ones always are); stages, lanes and the rest are, which keeps fit-view and the minimap's
  // outline the whole map. (Cards carry their handles, cardHandles.ts, so React Flow draws only
  // those on screen of the ones it has.)
  const cullWindow = useCullWindow();
  const nearby = useSameSet(
    useMemo(() => {
      if (cullWindow === FAR) return new Set<string>();
      return cullWindow ? cardsNear(layout, cullWindow) : null;
    }, [layout, cullWindow]),
  );

  // While the wheel zooms out the full cards are those on screen when it began (the far layer
  // draws the rest); a jump of the view brings the cards on screen a few a frame.
  const container = useRef<HTMLDivElement>(null);
  const held = useZoomOutHold(container, layout);
  const wanted = useMemo(
    () => (nearby && held ? new Set([...nearby].filter((id) => held.has(id))) : nearby),
    [nearby, held],
  );
  const shown = useStagedCards(wanted ?? NO_CARDS, layout);
  const waiting = useMemo(() => {
    const ids = [...(nearby ?? NO_CARDS)].filter((id) => !shown.has(id));
    return ids.length ? new Set(ids) : NO_CARDS;
  }, [nearby, shown]);
  // Only one drag runs at a time: cards (React Flow's) or a stage header (ours).
  const moved = positions ?? offsets;
  const keyboardCard = useKeyboardCardId();
  // The same cards all through a drag: a drag frame moves nodes, it does not rebuild them.
  const movedIds = useSameSet(useMemo(() => (moved ? new Set(moved.keys()) : null), [moved]));
  const handed = useMemo(
    () => handedCards(shown, selection, keyboardCard, movedIds),
    [shown, selection, keyboardCard, movedIds],
  );
  const baseNodes = useReusedNodes(
    useMemo(
      () => buildNodes({ doc, layout, theme: THEME, selection, drop, cards: handed }),
      [doc, layout, selection, drop, handed],
    ),
  );

  // Level of detail (shared/layout/farShapes.ts): below FAR_ZOOM cards are shapes in one layer.
  const far = cullWindow === FAR;
  const filter = useDocument((s) => s.filter);
  const farFace = useMemo(() => {
    const filtering = isFilterActive(filter) ? filter : null;
    return (box: CardBox): FarFace | undefined => {
      const t = getEntity(doc, 'touchpoints', box.id);
      if (!t) return undefined;
      const face = faceOf(t, box.laneKind);
      const dot = face.kind === 'touchpoint' ? face.emotion.color : null;
      const match = filtering && (matchesFilter(t, filtering) ? 'match' : 'dim');
      return { dot, title: face.title.text, untitled: face.title.untitled, filter: match };
    };
  }, [doc, filter]);
  // Made only while the far layer shows: nearer in, an edit at 10,000 cards would pay for it.
  const shapesOf = useMemo(() => once(() => farCards(layout, farFace)), [layout, farFace]);
  // Made when the far layer first shows, and kept while nothing changes: zooming back out
  // after zooming in draws the same shapes without making them again at the switch. Nearer
  // in, the layer draws the cards waiting to be full ones.
  const shapes = useMemo(() => {
    if (far) return shapesOf();
    return waiting.size ? farCards(layout, farFace, waiting) : NO_SHAPES;
  }, [far, shapesOf, layout, farFace, waiting]);
  // The map's keyboard walk goes over the model (keyboard/navModel.ts); the card it is on is
  // always handed over, and is the map's one Tab stop (a roving tabindex).
  useCanvasKeyboard(container, layout, THEME);
  // Selected cards (an edit in place is on a selected one) are full cards at every zoom; far
  // out the layer draws no shape over them, nor over the keyboard's card while it has the focus.
  const fullCards = useMemo(
    () => new Set(selection?.kind === 'touchpoint' ? selection.ids : []),
    [selection],
  );

  const nodes = useMemo(
    () =>
      baseNodes.flatMap((n): CanvasNode[] => {
        const position = moved?.get(n.id);
        if (position) return [{ ...n, position, dragging: true }];
        if (n.id === keyboardCard)
          return [{ ...n, domAttributes: { ...n.domAttributes, tabIndex: 0 } }];
        if (n.type === 'touchpoint') return n.selected || shown.has(n.id) ? [n] : [];
        // Far out the far layer draws the emotion curve.
        return far && n.type === 'curve' ? [] : [n];
      }),
    [baseNodes, moved, shown, keyboardCard, far],
  );
  // Cards leaving (all of them at the switch to the far zoom) are unmounted before they go.
  const handedNodes = useRetiredNodes(nodes);

  // Far out the far layer draws the connections; React Flow keeps those between full cards.
  const shownEdges = useMemo(() => {
    if (!far) return edges;
    const handed = new Set(nodes.map((n) => n.id));
    return edges.filter((e) => handed.has(e.source) && handed.has(e.target));
  }, [far, edges, nodes]);

  const onSelectChanges = useCallback(
    (changes: (NodeChange<CanvasNode> | EdgeChange<ConnectionEdge>)[]) => {
      if (!changes.some((c) => c.type === 'select')) return;
      const state = store.getState();
      state.select(nextSelection(state.selection, changes, nodeKindIn(state.doc)));
    },
    [store],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      onPositionChanges(changes);
      onSelectChanges(changes);
    },
    [onPositionChanges, onSelectChanges],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      if (c.source && c.target) connectOrLink(store, c.source, c.target);
    },
    [store],
  );

  // React Flow connects only when the drag ends on a handle; ending anywhere on a card is
  // what people expect, so that counts too.
  const onConnectEnd = useCallback<OnConnectEnd>(
    (event, state) => {
      if (state.isValid || !state.fromNode) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!point) return;
      const target = document
        .elementFromPoint(point.clientX, point.clientY)
        ?.closest('.react-flow__node-touchpoint')
        ?.getAttribute('data-id');
      if (target) connectOrLink(store, state.fromNode.id, target);
    },
    [store],
  );

  const onPaneClick = useCallback(() => store.getState().select(null), [store]);
  useRevealSelection(layout, journeyId, selection);

  const onInit = useOpeningView(container, layout, journeyId);
  useCardContextMenu(container);

  // Links show for the selected cards and the one under the pointer.
  const [hovered, setHovered] = useState<string | null>(null);
  const onNodeMouseEnter = useCallback(
    (_: unknown, node: CanvasNode) => setHovered(node.type === 'touchpoint' ? node.id : null),
    [],
  );
  const onNodeMouseLeave = useCallback(() => setHovered(null), []);
  const linkedCardIds = useMemo(() => {
    const ids = selection?.kind === 'touchpoint' ? [...selection.ids] : [];
    return hovered ? [...ids, hovered] : ids;
  }, [selection, hovered]);

  return (
    <div className="canvas" data-testid="journey-canvas" ref={container}>
      <StageDragContext.Provider value={stageDrag}>
        <ReactFlow<CanvasNode, ConnectionEdge>
          nodes={handedNodes}
          edges={shownEdges}
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          onNodesChange={onNodesChange}
          onEdgesChange={onSelectChanges}
          onConnect={onConnect}
          onConnectEnd={onConnectEnd}
          colorMode={colorMode}
          connectionMode={ConnectionMode.Loose}
          onNodeDrag={onNodeDrag}
          onNodeDragStop={onNodeDragStop}
          onPaneClick={onPaneClick}
          onNodeMouseEnter={onNodeMouseEnter}
          onNodeMouseLeave={onNodeMouseLeave}
          onInit={onInit}
          minZoom={0.1}
          maxZoom={2}
          zoomOnDoubleClick={false}
          deleteKeyCode={null}
          multiSelectionKeyCode={MULTI_SELECT_KEYS}
          onlyRenderVisibleElements
          ariaLabelConfig={ARIA_LABELS}
          // The keyboard walk pans to what it focuses (useCanvasKeyboard).
          autoPanOnNodeFocus={false}
          aria-label="Journey map"
          aria-roledescription="journey map"
        >
          {(far || shapes.length > 0) && (
            <FarLayer
              layout={layout}
              cards={shapes}
              skip={fullCards}
              colorMode={colorMode}
              shapesOnly={!far}
            />
          )}
          <Background variant={BackgroundVariant.Dots} gap={24} size={1.2} />
          <Controls showInteractive={false} position="bottom-left" />
          <CurveClearMiniMap layout={layout} nodeColor={minimapColor} />
          <FocusRingZoom />
          <StickyHeaders layout={layout} />
          <LinkOverlay doc={doc} layout={layout} cardIds={linkedCardIds} />
        </ReactFlow>
      </StageDragContext.Provider>
    </div>
  );
}
