import { cardFace, type CardFace } from '../../../../shared/cards/cardFace';
import { getEntity } from '../../../../shared/model/doc';
import { FALLBACK_LANE_KIND } from '../../../../shared/model/laneKinds';
import type { LaneKind, Persona, ProjectDoc, Touchpoint } from '../../../../shared/model/types';
import type {
  CardBox,
  EmotionCurve,
  JourneyLayout,
  LaneBox,
  StageBox,
} from '../../../../shared/layout/layoutJourney';
import { layoutIndexOf } from '../../../../shared/layout/layoutIndex';
import type { LayoutTheme } from '../../../../shared/layout/theme';
import type { MetricRow } from '../../../../shared/layout/metricsLane';

/**
 * The nodes every React Flow surface of the map draws (the canvas and the presentation): which
 * nodes there are, their ids, where they go and how big they are, all from `layoutJourney`.
 * Each surface says only what its nodes hold and how they behave.
 */

/** Lane label nodes are `lane:<id>`; stage and card nodes have their entity's id. */
export const LANE_NODE = 'lane:';

/** A node's identity and box: what the builder decides for every surface alike. */
export interface NodeAt {
  id: string;
  position: { x: number; y: number };
  width: number;
  height: number;
}

/** One lane's cell in a stage column, relative to the column's top. */
export interface MapCell {
  laneId: string;
  laneKind: LaneKind;
  laneName: string;
  top: number;
  height: number;
  count: number;
  droppable: boolean;
  collapsed: boolean;
  /** In a survey metrics lane: the stage's metric rows (layoutJourney). */
  metrics?: MetricRow[];
}

export interface MapCard {
  box: CardBox;
  touchpoint: Touchpoint;
  face: CardFace;
  stageName: string;
}

/** How one surface turns each part of the map into its node. */
export interface MapNodeMakers<N> {
  persona(at: NodeAt, persona: Persona): N;
  lane(at: NodeAt, lane: LaneBox): N;
  stage(at: NodeAt, stage: StageBox, cells: MapCell[]): N;
  /** Drawn after the stages, before the curve: add-stage column, blueprint lines, veils. */
  decorations(): N[];
  curve(at: NodeAt, curve: EmotionCurve, lane: LaneBox): N;
  card(at: NodeAt, card: MapCard): N;
  /**
   * The node this surface built before for this layout box (and `touchpoint`, the card's row
   * now), if it can be kept as it is: then nothing else is made for the card (at 10,000 cards
   * that is most of a rebuild).
   */
  keptCard?(box: CardBox, touchpoint: Touchpoint): N | undefined;
}

// A touchpoint object is replaced whenever it changes, so its face can be kept with it: an
// unchanged card then hands React Flow the very same face, and reuse compares it by identity.
const faces = new WeakMap<Touchpoint, { laneKind: LaneKind; face: CardFace }>();

export function faceOf(touchpoint: Touchpoint, laneKind: LaneKind): CardFace {
  const known = faces.get(touchpoint);
  if (known?.laneKind === laneKind) return known.face;
  const face = cardFace(touchpoint, laneKind);
  faces.set(touchpoint, { laneKind, face });
  return face;
}

/**
 * A node at its layout box. `measured` is that box too (React Flow sizes the node's element to
 * width and height): a node rebuilt after an edit then keeps what React Flow measured of it,
 * where one without `measured` is hidden, observed and measured again on every keystroke.
 */
const boxAt = (id: string, r: { x: number; y: number; width: number; height: number }) => ({
  id,
  position: { x: r.x, y: r.y },
  width: r.width,
  height: r.height,
  measured: { width: r.width, height: r.height },
});

/**
 * The layout's boxes of `ids`, in the layout's order, without walking every card's box (the
 * layout's index: a layout whose cards only moved shares it, layoutIndex.ts).
 */
function boxesOf(layout: JourneyLayout, ids: ReadonlySet<string>): JourneyLayout['cards'] {
  const order = layoutIndexOf(layout).cardAt;
  const at: number[] = [];
  for (const id of ids) {
    const i = order.get(id);
    if (i !== undefined) at.push(i);
  }
  return at.sort((a, b) => a - b).map((i) => layout.cards[i]!);
}

/**
 * The map's nodes. With `cards`, only those cards become nodes (the canvas culls before it
 * builds: at 10,000 cards an edit then looks at the hundred or so cards it hands over, not all).
 */
export function buildMapNodes<N>(
  doc: ProjectDoc,
  layout: JourneyLayout,
  theme: LayoutTheme,
  make: MapNodeMakers<N>,
  cards?: ReadonlySet<string>,
): N[] {
  const nodes: N[] = [];
  const persona = layout.persona && getEntity(doc, 'personas', layout.persona.personaId);
  if (layout.persona && persona) {
    const { x, y, width, height } = layout.persona;
    nodes.push(
      make.persona(
        boxAt(`persona:${persona.id}`, { x, y, width, height: height - theme.stageGap }),
        persona,
      ),
    );
  }
  const labelWidth = theme.laneLabelWidth - theme.stageGap;
  for (const lane of layout.lanes) {
    const at = boxAt(LANE_NODE + lane.id, { ...lane, x: 0, width: labelWidth });
    nodes.push(make.lane(at, lane));
  }
  const laneById = new Map(layout.lanes.map((l) => [l.id, l]));
  for (const stage of layout.stages) {
    const cells = layout.cells
      .filter((c) => c.stageId === stage.id)
      .map((c): MapCell => {
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
          ...(c.metrics && { metrics: c.metrics }),
        };
      });
    nodes.push(make.stage(boxAt(stage.id, stage), stage, cells));
  }
  nodes.push(...make.decorations());
  const curve = layout.emotionCurve;
  const curveLane = curve && laneById.get(curve.laneId);
  if (curve && curveLane) {
    const width = Math.max(0, layout.width - theme.laneLabelWidth);
    const at = boxAt(`curve:${curveLane.id}`, { ...curveLane, x: theme.laneLabelWidth, width });
    nodes.push(make.curve(at, curve, curveLane));
  }
  const stageName = new Map(layout.stages.map((s) => [s.id, s.name]));
  for (const box of cards ? boxesOf(layout, cards) : layout.cards) {
    const touchpoint = getEntity(doc, 'touchpoints', box.id);
    if (!touchpoint) continue;
    const kept = make.keptCard?.(box, touchpoint);
    if (kept !== undefined) {
      nodes.push(kept);
      continue;
    }
    const face = faceOf(touchpoint, box.laneKind);
    const name = stageName.get(box.stageId) ?? '';
    nodes.push(make.card(boxAt(box.id, box), { box, touchpoint, face, stageName: name }));
  }
  return nodes;
}
