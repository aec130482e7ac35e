import type { ProjectDoc } from '../../../../shared/model/types';
import type { JourneyLayout, Rect } from '../../../../shared/layout/layoutJourney';
import type { LayoutTheme } from '../../../../shared/layout/theme';
import type { PresentStep } from '../../../../shared/present/steps';
import { revealOrder } from '../../../../shared/present/steps';
import { buildMapNodes } from '../flow/buildMapNodes';
import { cardEvidence } from '../../../../shared/model/evidenceStrength';
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

/** The presentation's nodes: the map's nodes (flow/buildMapNodes.ts), still, with veils. */
export function buildPresentNodes(
  doc: ProjectDoc,
  layout: JourneyLayout,
  theme: LayoutTheme,
  step: PresentStep,
  /** Cards a saved view's filter leaves out: drawn behind a veil. */
  faded?: ReadonlySet<string>,
): PresentNode[] {
  const concealed = concealedCards(layout, step);
  const dimmed = (stageId: string) => step.kind === 'stage' && step.stageId !== stageId;
  return buildMapNodes<PresentNode>(doc, layout, theme, {
    persona: (at, persona) => ({ ...at, type: 'persona', data: { persona }, ...STILL }),
    lane: (at, lane) => ({ ...at, type: 'lane', data: { name: lane.name }, ...STILL }),
    stage: (at, stage, cells) => ({
      ...at,
      type: 'stage',
      data: {
        name: stage.name,
        color: stage.color,
        goal: stage.description,
        index: stage.index,
        headerHeight: theme.headerHeight,
        cells,
        dimmed: dimmed(stage.id),
      },
      ...STILL,
      zIndex: 0,
    }),
    decorations: () => veils(layout, theme, step, dimmed),
    curve: (at, curve, lane) => ({
      ...at,
      type: 'curve',
      data: { curve, originX: at.position.x, originY: lane.y, concealed: [...concealed] },
      ...STILL,
      zIndex: 1,
    }),
    card: (at, { box, face, touchpoint }) => ({
      ...at,
      type: 'card',
      data: {
        face,
        titleLines: box.text.titleLines,
        concealed: concealed.has(at.id),
        quotes: cardEvidence(doc, touchpoint).quotes,
        faded: faded?.has(at.id) ?? false,
        ...(box.media && { media: box.media }),
      },
      ...STILL,
      zIndex: 3,
    }),
  });
}

/**
 * A veil over each stage column rather than opacity on it: text stays at full contrast
 * underneath. Each spans half the gap each side, so neighbouring veils meet over the curve
 * between them. Persona and lane names are context: they step back while a stage has the
 * floor, except the lane names beside the first stage, which are in frame with it.
 */
function veils(
  layout: JourneyLayout,
  theme: LayoutTheme,
  step: PresentStep,
  dimmed: (stageId: string) => boolean,
): PresentNode[] {
  const out = layout.stages.map((stage) =>
    veil(stage.id, dimmed(stage.id), {
      x: stage.x - theme.stageGap / 2,
      y: stage.y,
      width: stage.width + theme.stageGap,
      height: stage.height,
    }),
  );
  if (layout.persona) out.push(veil('persona', step.kind === 'stage', layout.persona));
  const firstLane = layout.lanes[0];
  if (firstLane) {
    out.push(
      veil('lanes', step.kind === 'stage' && step.stageIndex > 0, {
        x: 0,
        y: firstLane.y,
        width: theme.laneLabelWidth - theme.stageGap / 2,
        height: layout.height - firstLane.y,
      }),
    );
  }
  return out;
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
