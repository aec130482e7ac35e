import { cardFace } from '../../../../shared/cards/cardFace';
import { getEntity } from '../../../../shared/model/doc';
import { FALLBACK_LANE_KIND } from '../../../../shared/model/laneKinds';
import type { ProjectDoc } from '../../../../shared/model/types';
import type { JourneyLayout, Rect } from '../../../../shared/layout/layoutJourney';
import type { LayoutTheme } from '../../../../shared/layout/theme';
import type { PresentStep } from '../../../../shared/present/steps';
import { revealOrder } from '../../../../shared/present/steps';
import type { PresentEdge, PresentNode } from './presentNodeTypes';

/** Nothing in a presentation is dragged, selected, connected or tabbed to. */
const STILL = {
  draggable: false,
  selectable: false,
  connectable: false,
  focusable: false,
} as const;

/** Cards not yet shown in reveal mode: the current stage's cards past the revealed count. */
export function concealedCards(layout: JourneyLayout, step: PresentStep): Set<string> {
  if (step.kind !== 'stage') return new Set();
  return new Set(revealOrder(layout, step.stageId).slice(step.revealed));
}

function veil(id: string, dimmed: boolean, rect: Rect): PresentNode {
  return {
    id: `dim:${id}`,
    type: 'dim',
    position: { x: rect.x, y: rect.y },
    width: rect.width,
    height: rect.height,
    data: { dimmed },
    ...STILL,
    zIndex: 10,
  };
}

export function buildPresentNodes(
  doc: ProjectDoc,
  layout: JourneyLayout,
  theme: LayoutTheme,
  step: PresentStep,
): PresentNode[] {
  const concealed = concealedCards(layout, step);
  const nodes: PresentNode[] = [];
  const persona = layout.persona && getEntity(doc, 'personas', layout.persona.personaId);
  if (layout.persona && persona) {
    nodes.push({
      id: 'persona',
      type: 'persona',
      position: { x: layout.persona.x, y: layout.persona.y },
      width: layout.persona.width,
      height: layout.persona.height - theme.stageGap,
      data: { persona },
      ...STILL,
    });
  }
  for (const lane of layout.lanes) {
    nodes.push({
      id: `lane:${lane.id}`,
      type: 'lane',
      position: { x: 0, y: lane.y },
      width: theme.laneLabelWidth - theme.stageGap,
      height: lane.height,
      data: { name: lane.name },
      ...STILL,
    });
  }
  for (const stage of layout.stages) {
    const dimmed = step.kind === 'stage' && step.stageId !== stage.id;
    const cells = layout.cells
      .filter((c) => c.stageId === stage.id)
      .map((c) => ({
        laneId: c.laneId,
        laneKind: layout.lanes.find((l) => l.id === c.laneId)?.kind ?? FALLBACK_LANE_KIND,
        top: c.y - stage.y,
        height: c.height,
      }));
    const rect = {
      position: { x: stage.x, y: stage.y },
      width: stage.width,
      height: stage.height,
    };
    nodes.push({
      id: `stage:${stage.id}`,
      type: 'stage',
      ...rect,
      data: {
        name: stage.name,
        color: stage.color,
        goal: stage.description,
        index: stage.index,
        headerHeight: theme.headerHeight,
        cells,
        dimmed,
      },
      ...STILL,
      zIndex: 0,
    });
    // A veil over the column rather than opacity on it: text stays at full contrast underneath.
    // It spans half the gap each side, so neighbouring veils meet over the curve between them.
    nodes.push(
      veil(stage.id, dimmed, {
        x: stage.x - theme.stageGap / 2,
        y: stage.y,
        width: stage.width + theme.stageGap,
        height: stage.height,
      }),
    );
  }
  // Persona and lane names are context: they step back while a stage has the floor, except
  // the lane names beside the first stage, which are in frame with it.
  if (layout.persona) {
    nodes.push(veil('persona', step.kind === 'stage', layout.persona));
  }
  const firstLane = layout.lanes[0];
  if (firstLane) {
    nodes.push(
      veil('lanes', step.kind === 'stage' && step.stageIndex > 0, {
        x: 0,
        y: firstLane.y,
        width: theme.laneLabelWidth - theme.stageGap / 2,
        height: layout.height - firstLane.y,
      }),
    );
  }
  const curveLane =
    layout.emotionCurve && layout.lanes.find((l) => l.id === layout.emotionCurve?.laneId);
  if (layout.emotionCurve && curveLane) {
    nodes.push({
      id: 'curve',
      type: 'curve',
      position: { x: theme.laneLabelWidth, y: curveLane.y },
      width: Math.max(0, layout.width - theme.laneLabelWidth),
      height: curveLane.height,
      data: {
        curve: layout.emotionCurve,
        originX: theme.laneLabelWidth,
        originY: curveLane.y,
        concealed: [...concealed],
      },
      ...STILL,
      zIndex: 1,
    });
  }
  for (const card of layout.cards) {
    const touchpoint = getEntity(doc, 'touchpoints', card.id);
    if (!touchpoint) continue;
    nodes.push({
      id: card.id,
      type: 'card',
      position: { x: card.x, y: card.y },
      width: card.width,
      height: card.height,
      data: { face: cardFace(touchpoint, card.laneKind), concealed: concealed.has(card.id) },
      ...STILL,
      zIndex: 3,
    });
  }
  return nodes;
}

export function buildPresentEdges(layout: JourneyLayout, step: PresentStep): PresentEdge[] {
  const concealed = concealedCards(layout, step);
  return layout.connections.map((route) => ({
    id: route.id,
    type: 'connection',
    source: route.fromId,
    target: route.toId,
    data: { route },
    hidden: concealed.has(route.fromId) || concealed.has(route.toId),
    selectable: false,
    focusable: false,
    zIndex: 2,
  }));
}
