import { MarkerType } from '@xyflow/react';
import { getEntity } from '../../../../shared/model/doc';
import { cardAccessibleName } from '../../../../shared/cards/cardFace';
import type { ProjectDoc } from '../../../../shared/model/types';
import type { DropTarget } from '../../../../shared/layout/hitTest';
import type { CardBox, JourneyLayout } from '../../../../shared/layout/layoutJourney';
import type { LayoutTheme } from '../../../../shared/layout/theme';
import type { Selection } from '../documentStore';
import { buildMapNodes } from '../flow/buildMapNodes';
import type { CanvasNode, ConnectionEdge } from './nodeTypes';
import { cardHandles } from './cardHandles';
import { countOf } from '../../../../shared/text/plural';
import { navKey } from '../keyboard/navModel';

export const ADD_STAGE_WIDTH = 132;

export interface BuildInput {
  doc: ProjectDoc;
  layout: JourneyLayout;
  theme: LayoutTheme;
  selection: Selection;
  drop: DropTarget | null;
  /** The cards handed to React Flow (every card when left out). */
  cards?: ReadonlySet<string>;
}

/** Whether a card node was built selected, and the node. */
interface BuiltCard {
  selected: boolean;
  node: CanvasNode;
}

/**
 * Card nodes by the layout box they were built for. A layout kept across an edit (see
 * useJourneyLayout) keeps its boxes (and its stage names), so a card whose selection is also
 * unchanged gets its node back as it was, even when its row changed: the card draws its row
 * from the document (TouchpointCard), so typing in a title at 10,000 cards builds no node and
 * hands React Flow nothing new.
 */
const builtCards = new WeakMap<CardBox, BuiltCard>();

/** Decoration nodes: drawn from the layout, never selected, dragged or tabbed to. */
const STATIC = { draggable: false, selectable: false, focusable: false } as const;

/** The canvas's nodes: the map's nodes (flow/buildMapNodes.ts), editable and selectable. */
/** One Tab stop for the whole map: the canvas gives the card the keyboard is on tabIndex 0. */
const cardDomAttributes = (id: string) => ({
  tabIndex: -1,
  'data-kb': navKey.card(id),
  'aria-roledescription': 'card',
});

export function buildNodes({
  doc,
  layout,
  theme,
  selection,
  drop,
  cards,
}: BuildInput): CanvasNode[] {
  const selected = new Set(selection?.ids ?? []);
  const isSelected = (id: string) => selection?.kind === 'touchpoint' && selected.has(id);
  return buildMapNodes<CanvasNode>(
    doc,
    layout,
    theme,
    {
      keptCard: (box) => {
        const built = builtCards.get(box);
        return built?.selected === isSelected(box.id) ? built.node : undefined;
      },
      persona: (at, persona) => ({
        ...at,
        type: 'persona',
        data: { persona },
        ...STATIC,
        zIndex: 0,
      }),
      lane: (at, lane) => ({
        ...at,
        type: 'lane',
        data: { laneId: lane.id, name: lane.name, kind: lane.kind, count: lane.cardCount },
        // The label is its own button (it selects the lane), so the node is not a second tab stop.
        ...STATIC,
        zIndex: 0,
      }),
      stage: (at, stage, cells) => ({
        ...at,
        type: 'stage',
        data: {
          stageId: stage.id,
          name: stage.name,
          color: stage.color,
          description: stage.description,
          index: stage.index,
          cardCount: stage.cardCount,
          headerHeight: theme.headerHeight,
          cells,
          dropLaneId: drop?.stageId === stage.id ? drop.laneId : null,
        },
        selected: selection?.kind === 'stage' && selected.has(stage.id),
        // The header reorders the stage with its own pointer handling (stageDrag.ts), so the
        // column's body stays canvas that pans.
        draggable: false,
        // The keyboard reaches the stage by its header (keyboard/navModel.ts), not the column.
        focusable: false,
        ariaLabel: `Stage ${stage.index + 1}: ${stage.name}, ${countOf(stage.cardCount, 'card')}`,
        zIndex: 0,
      }),
      decorations: () => [
        {
          id: 'add-stage',
          type: 'addStage',
          position: { x: layout.width + theme.stageGap, y: layout.top },
          width: ADD_STAGE_WIDTH,
          height: layout.height - layout.top,
          data: {},
          ...STATIC,
          zIndex: 0,
        },
        ...layout.lines.map((line): CanvasNode => ({
          id: `line:${line.kind}:${line.y}`,
          type: 'line',
          position: { x: line.x, y: line.y - 10 },
          width: line.width,
          height: 20,
          data: { line },
          ...STATIC,
          zIndex: 2,
        })),
      ],
      curve: (at, curve, lane) => ({
        ...at,
        type: 'curve',
        data: { curve, originX: at.position.x, originY: lane.y },
        ...STATIC,
        zIndex: 1,
      }),
      card: (at, { box, touchpoint, face, stageName }) => {
        const node: CanvasNode = {
          ...at,
          type: 'touchpoint',
          data: {
            touchpoint,
            face,
            stageName,
            text: box.text,
            ...(box.media && { media: box.media }),
          },
          selected: isSelected(at.id),
          ariaLabel: cardAccessibleName(face, stageName),
          domAttributes: cardDomAttributes(at.id),
          handles: cardHandles(at.width, at.height),
          zIndex: 3,
        };
        builtCards.set(box, { selected: node.selected === true, node });
        return node;
      },
    },
    cards,
  );
}

const OFF_THE_TAB_ORDER = { tabIndex: -1 } as const;

const EDGE_COLORS = {
  path: 'var(--edge-path)',
  alternative: 'var(--edge-alternative)',
  failure: 'var(--edge-failure)',
} as const;

export function buildEdges(
  doc: ProjectDoc,
  layout: JourneyLayout,
  selection: Selection,
): ConnectionEdge[] {
  const selected = new Set(selection?.kind === 'connection' ? selection.ids : []);
  const titleOf = (id: string) => getEntity(doc, 'touchpoints', id)?.title || 'Untitled';
  return layout.connections.map((route) => {
    const fromTitle = titleOf(route.fromId);
    const toTitle = titleOf(route.toId);
    const kind = route.kind === 'path' ? '' : ` (${route.kind} path)`;
    return {
      id: route.id,
      type: 'connection',
      source: route.fromId,
      target: route.toId,
      selected: selected.has(route.id),
      data: { route, fromTitle, toTitle },
      markerEnd: {
        type: MarkerType.ArrowClosed,
        color: EDGE_COLORS[route.kind],
        width: 18,
        height: 18,
      },
      ariaLabel: `Connection from ${fromTitle} to ${toTitle}${kind}${route.label ? `: ${route.label}` : ''}`,
      // Focusable (a click, or the inspector's list), but not a Tab stop of its own: the map
      // is one (keyboard/navModel.ts).
      domAttributes: OFF_THE_TAB_ORDER,
      zIndex: 2,
    };
  });
}
