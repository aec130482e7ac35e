import { MarkerType } from '@xyflow/react';
import { getEntity } from '../../../../shared/model/doc';
import { cardAccessibleName, cardFace } from '../../../../shared/cards/cardFace';
import { FALLBACK_LANE_KIND } from '../../../../shared/model/laneKinds';
import type { ProjectDoc } from '../../../../shared/model/types';
import type { DropTarget } from '../../../../shared/layout/hitTest';
import type { JourneyLayout } from '../../../../shared/layout/layoutJourney';
import type { LayoutTheme } from '../../../../shared/layout/theme';
import type { Selection } from '../documentStore';
import type { CanvasNode, ConnectionEdge, StageCell } from './nodeTypes';

export const ADD_STAGE_WIDTH = 132;

function shallowEqual(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => {
    const va = (a as Record<string, unknown>)[k];
    const vb = (b as Record<string, unknown>)[k];
    return (
      Object.is(va, vb) ||
      (typeof va === 'object' &&
        typeof vb === 'object' &&
        va !== null &&
        vb !== null &&
        JSON.stringify(va) === JSON.stringify(vb))
    );
  });
}

/**
 * Keeps a node object when nothing about it changed, so React Flow's identity checks skip it
 * and a one-card edit re-renders one card, not two thousand.
 */
export function reuseUnchanged<N extends CanvasNode | ConnectionEdge>(
  previous: Map<string, N>,
  next: N[],
): N[] {
  return next.map((node) => {
    const old = previous.get(node.id);
    if (
      old &&
      old.type === node.type &&
      ('position' in old && 'position' in node
        ? old.position.x === node.position.x &&
          old.position.y === node.position.y &&
          old.width === node.width &&
          old.height === node.height
        : true) &&
      old.selected === node.selected &&
      shallowEqual(old.data ?? {}, node.data ?? {})
    ) {
      return old;
    }
    return node;
  });
}

export interface BuildInput {
  doc: ProjectDoc;
  layout: JourneyLayout;
  theme: LayoutTheme;
  selection: Selection;
  drop: DropTarget | null;
}

/** Decoration nodes: drawn from the layout, never selected, dragged or tabbed to. */
const STATIC = { draggable: false, selectable: false, focusable: false } as const;

export function buildNodes({ doc, layout, theme, selection, drop }: BuildInput): CanvasNode[] {
  const selected = new Set(selection?.ids ?? []);
  const nodes: CanvasNode[] = [];
  if (layout.persona) {
    const persona = getEntity(doc, 'personas', layout.persona.personaId);
    if (persona) {
      nodes.push({
        id: `persona:${persona.id}`,
        type: 'persona',
        position: { x: layout.persona.x, y: layout.persona.y },
        width: layout.persona.width,
        height: layout.persona.height - theme.stageGap,
        data: { persona },
        ...STATIC,
        zIndex: 0,
      });
    }
  }
  for (const lane of layout.lanes) {
    nodes.push({
      id: `lane:${lane.id}`,
      type: 'lane',
      position: { x: 0, y: lane.y },
      width: theme.laneLabelWidth - theme.stageGap,
      height: lane.height,
      data: { laneId: lane.id, name: lane.name, kind: lane.kind, count: lane.cardCount },
      // The label is its own button (it selects the lane), so the node is not a second tab stop.
      ...STATIC,
      zIndex: 0,
    });
  }
  const stageName = new Map(layout.stages.map((s) => [s.id, s.name]));
  const laneById = new Map(layout.lanes.map((l) => [l.id, l]));
  for (const stage of layout.stages) {
    const cells: StageCell[] = layout.cells
      .filter((c) => c.stageId === stage.id)
      .map((c) => {
        const lane = laneById.get(c.laneId);
        return {
          laneId: c.laneId,
          laneKind: lane?.kind ?? FALLBACK_LANE_KIND,
          laneName: lane?.name ?? '',
          top: c.y - stage.y,
          height: c.height,
          count: c.cardIds.length,
          droppable: c.droppable,
          collapsed: lane?.collapsed ?? false,
        };
      });
    nodes.push({
      id: stage.id,
      type: 'stage',
      position: { x: stage.x, y: stage.y },
      width: stage.width,
      height: stage.height,
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
      ariaLabel: `Stage ${stage.index + 1}: ${stage.name}, ${stage.cardCount} cards`,
      zIndex: 0,
    });
  }
  nodes.push({
    id: 'add-stage',
    type: 'addStage',
    position: { x: layout.width + theme.stageGap, y: layout.top },
    width: ADD_STAGE_WIDTH,
    height: layout.height - layout.top,
    data: {},
    ...STATIC,
    zIndex: 0,
  });
  for (const line of layout.lines) {
    nodes.push({
      id: `line:${line.kind}:${line.y}`,
      type: 'line',
      position: { x: line.x, y: line.y - 10 },
      width: line.width,
      height: 20,
      data: { line },
      ...STATIC,
      zIndex: 2,
    });
  }
  if (layout.emotionCurve) {
    const lane = laneById.get(layout.emotionCurve.laneId);
    if (lane) {
      nodes.push({
        id: `curve:${lane.id}`,
        type: 'curve',
        position: { x: theme.laneLabelWidth, y: lane.y },
        width: Math.max(0, layout.width - theme.laneLabelWidth),
        height: lane.height,
        data: { curve: layout.emotionCurve, originX: theme.laneLabelWidth, originY: lane.y },
        ...STATIC,
        zIndex: 1,
      });
    }
  }
  for (const card of layout.cards) {
    const touchpoint = getEntity(doc, 'touchpoints', card.id);
    if (!touchpoint) continue;
    const name = stageName.get(card.stageId) ?? '';
    const face = cardFace(touchpoint, card.laneKind);
    nodes.push({
      id: card.id,
      type: 'touchpoint',
      position: { x: card.x, y: card.y },
      width: card.width,
      height: card.height,
      data: { touchpoint, face, stageName: name },
      selected: selection?.kind === 'touchpoint' && selected.has(card.id),
      ariaLabel: cardAccessibleName(face, name),
      zIndex: 3,
    });
  }
  return nodes;
}

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
      zIndex: 2,
    };
  });
}
