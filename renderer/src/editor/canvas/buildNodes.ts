import { getEntity } from '../../../../shared/model/doc';
import { emotionLevel } from '../../../../shared/model/scales';
import type { ProjectDoc } from '../../../../shared/model/types';
import type { DropTarget } from '../../../../shared/layout/hitTest';
import type { JourneyLayout } from '../../../../shared/layout/layoutJourney';
import type { LayoutTheme } from '../../../../shared/layout/theme';
import type { Selection } from '../documentStore';
import type { CanvasNode, StageCell } from './nodeTypes';

export const ADD_STAGE_WIDTH = 132;

function shallowEqual(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => {
    const va = (a as Record<string, unknown>)[k];
    const vb = (b as Record<string, unknown>)[k];
    return (
      Object.is(va, vb) ||
      (Array.isArray(va) && Array.isArray(vb) && JSON.stringify(va) === JSON.stringify(vb))
    );
  });
}

/**
 * Keeps a node object when nothing about it changed, so React Flow's identity checks skip it
 * and a one-card edit re-renders one card, not two thousand.
 */
export function reuseUnchanged(
  previous: Map<string, CanvasNode>,
  next: CanvasNode[],
): CanvasNode[] {
  return next.map((node) => {
    const old = previous.get(node.id);
    if (
      old &&
      old.type === node.type &&
      old.position.x === node.position.x &&
      old.position.y === node.position.y &&
      old.width === node.width &&
      old.height === node.height &&
      old.selected === node.selected &&
      shallowEqual(old.data, node.data)
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

export function buildNodes({ doc, layout, theme, selection, drop }: BuildInput): CanvasNode[] {
  const selected = new Set(selection?.ids ?? []);
  const nodes: CanvasNode[] = [];
  for (const lane of layout.lanes) {
    nodes.push({
      id: `lane:${lane.id}`,
      type: 'lane',
      position: { x: 0, y: lane.y },
      width: theme.laneLabelWidth - theme.stageGap,
      height: lane.height,
      data: { name: lane.name, count: layout.cards.filter((c) => c.laneId === lane.id).length },
      draggable: false,
      selectable: false,
      focusable: false,
      zIndex: 0,
    });
  }
  const stageName = new Map(layout.stages.map((s) => [s.id, s.name]));
  for (const stage of layout.stages) {
    const cells: StageCell[] = layout.cells
      .filter((c) => c.stageId === stage.id)
      .map((c) => ({
        laneId: c.laneId,
        top: c.y - stage.y,
        height: c.height,
        count: c.cardIds.length,
      }));
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
        index: stage.index,
        cardCount: stage.cardCount,
        headerHeight: theme.headerHeight,
        cells,
        dropLaneId: drop?.stageId === stage.id ? drop.laneId : null,
      },
      selected: selection?.kind === 'stage' && selected.has(stage.id),
      draggable: false,
      ariaLabel: `Stage ${stage.index + 1}: ${stage.name}, ${stage.cardCount} touchpoints`,
      zIndex: 0,
    });
  }
  nodes.push({
    id: 'add-stage',
    type: 'addStage',
    position: { x: layout.width + theme.stageGap, y: 0 },
    width: ADD_STAGE_WIDTH,
    height: layout.height,
    data: {},
    draggable: false,
    selectable: false,
    focusable: false,
    zIndex: 0,
  });
  for (const card of layout.cards) {
    const touchpoint = getEntity(doc, 'touchpoints', card.id);
    if (!touchpoint) continue;
    const name = stageName.get(card.stageId) ?? '';
    nodes.push({
      id: card.id,
      type: 'touchpoint',
      position: { x: card.x, y: card.y },
      width: card.width,
      height: card.height,
      data: { touchpoint, stageName: name },
      selected: selection?.kind === 'touchpoint' && selected.has(card.id),
      ariaLabel: `Touchpoint: ${touchpoint.title || 'Untitled'}, ${name}, emotion ${emotionLevel(touchpoint.emotion).word.toLowerCase()}, effort ${touchpoint.effort} of 7`,
      zIndex: 1,
    });
  }
  return nodes;
}
