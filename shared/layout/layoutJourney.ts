import {
  cellKey,
  connectionsOf,
  getEntity,
  lanesOf,
  stagesOf,
  touchpointsByCell,
} from '../model/doc';
import type { ConnectionKind, LaneKind, ProjectDoc, Touchpoint } from '../model/types';
import {
  BLUEPRINT_LINE_LABELS,
  blueprintLineAbove,
  type BlueprintLineKind,
  drawsCurve,
  holdsCards,
  isNoteLane,
  showsMetrics,
} from '../model/laneKinds';
import { journeySurveyMetrics } from '../insights/journeySurveyMetrics';
import { metricRows, metricsLaneHeight, type MetricRow } from './metricsLane';
import { cardHeightOf, fitCardText, type CardTextFit } from './cardText';
import { attachmentsByCard } from '../media/attachments';
import { cardMediaHeight, cardMediaOf, type CardMedia } from '../media/cardMedia';
import type { Point } from './curve';
import { emotionCurve } from './emotionCurve';
import type { ConnectionRouter } from './routing/connectionRouter';
import { routeConnections } from './routing/routeJourney';
import type { LayoutTheme } from './theme';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PersonaBox extends Rect {
  personaId: string;
}

export interface StageBox extends Rect {
  id: string;
  name: string;
  color: string;
  description: string;
  index: number;
  /** Cards in the stage across all visible lanes. */
  cardCount: number;
}

export interface LaneBox extends Rect {
  id: string;
  name: string;
  kind: LaneKind;
  collapsed: boolean;
  /** Cards in the lane, shown as a count while it is collapsed. */
  cardCount: number;
}

export interface CellBox extends Rect {
  stageId: string;
  laneId: string;
  cardIds: string[];
  /** Whether cards can be added or dropped here (not in the emotion curve or a collapsed lane). */
  droppable: boolean;
  /** In an open survey metrics lane: the stage's metrics, empty when it has no answers. */
  metrics?: MetricRow[];
}

export interface CardBox extends Rect {
  id: string;
  stageId: string;
  laneId: string;
  laneKind: LaneKind;
  index: number;
  /** How much of its text the card shows; every surface draws this many lines. */
  text: CardTextFit;
  /** Its files: the cover picture or a count, drawn at the card's top (shared/media/cardMedia.ts). */
  media?: CardMedia;
}

export interface CurvePoint extends Point {
  touchpointId: string;
  emotion: number;
  /** A trough of the journey: negative and no higher than its neighbours. */
  low: boolean;
  /** Which run of rated touchpoints (between unrated ones) the point is in; the path breaks between runs. */
  run: number;
}

export interface EmotionCurve {
  laneId: string;
  /** The y of emotion 0, and of the top (+2) and bottom (-2) of the scale. */
  zeroY: number;
  topY: number;
  bottomY: number;
  /** The rated touchpoints only. */
  points: CurvePoint[];
  /** Touchpoints whose emotion is not rated: no point, and a gap in the path where they sit. */
  unrated: number;
  /** SVG path data through the points, in canvas coordinates; one subpath per run of rated ones. */
  path: string;
}

export type { BlueprintLineKind };

export interface BlueprintLine {
  kind: BlueprintLineKind;
  label: string;
  y: number;
  x: number;
  width: number;
}

export interface ConnectionPath {
  id: string;
  fromId: string;
  toId: string;
  kind: ConnectionKind;
  label: string;
  /** The label's words as drawn (cut to fit), or '' for a plain path with no label. */
  labelText: string;
  /** The route's corners, from the source card's edge to the target card's edge. */
  points: Point[];
  /** SVG path data along the points, corners rounded. */
  path: string;
  start: Point;
  end: Point;
  /** Where the label's pill goes, clear of cards, faces and other labels. */
  labelBox?: Rect;
  labelAt: Point;
}

export interface JourneyLayout {
  width: number;
  height: number;
  persona?: PersonaBox;
  /** Where the stage headers start: below the persona band, if any. */
  top: number;
  stages: StageBox[];
  lanes: LaneBox[];
  cells: CellBox[];
  cards: CardBox[];
  emotionCurve?: EmotionCurve;
  lines: BlueprintLine[];
  connections: ConnectionPath[];
}

interface CardSize {
  text: CardTextFit;
  height: number;
}

/**
 * Each row's text size, kept with the row object (a changed row is a new object): laying the
 * journey out again (an edit that moves cards, the connection router arriving) measures the text
 * of the changed cards only, where it wrapped every card's text again (most of a layout at 10,000).
 */
const sized = new WeakMap<Touchpoint, { kind: LaneKind; theme: LayoutTheme; size: CardSize }>();

function textSizeOf(t: Touchpoint, kind: LaneKind, theme: LayoutTheme): CardSize {
  const known = sized.get(t);
  if (known?.kind === kind && known.theme === theme) return known.size;
  const text = fitCardText(t, kind, theme);
  const size = { text, height: cardHeightOf(t, kind, theme, text) };
  sized.set(t, { kind, theme, size });
  return size;
}

/** A card's text fit and height (layout/cardText.ts), with its cover picture's band if any. */
export function sizeCard(t: Touchpoint, kind: LaneKind, theme: LayoutTheme, media?: CardMedia) {
  const { text, height } = textSizeOf(t, kind, theme);
  return { text, height: height + cardMediaHeight(media, theme), ...(media && { media }) };
}

/** How tall a cell of cards this tall (in order) must be. */
export function stackHeight(
  heights: readonly number[],
  kind: LaneKind,
  theme: LayoutTheme,
): number {
  const min = isNoteLane(kind) ? theme.minNoteCellHeight : theme.minCellHeight;
  if (heights.length === 0) return min;
  const content =
    heights.reduce((sum, h) => sum + h, 0) +
    (heights.length - 1) * theme.cardGap +
    2 * theme.cellPadding +
    theme.addRoom;
  return Math.max(min, content);
}

/**
 * Where everything of a journey goes: persona band, stages, lanes, cells, cards, the emotion
 * curve, blueprint lines and connections. The canvas, the exports and the presentation all draw
 * from this one function, so what is exported is what is seen. With a `router` (libavoid,
 * loaded by the caller) connections are routed around the cards; without one they are
 * straight lines, for callers that draw no arrows.
 */
export function layoutJourney(
  doc: ProjectDoc,
  journeyId: string,
  theme: LayoutTheme,
  router?: ConnectionRouter,
): JourneyLayout {
  const journey = getEntity(doc, 'journeys', journeyId);
  const persona = journey?.personaId ? getEntity(doc, 'personas', journey.personaId) : undefined;
  const stages = stagesOf(doc, journeyId);
  const lanes = lanesOf(doc, journeyId).filter((l) => !l.hidden);
  const byCell = touchpointsByCell(doc, journeyId);
  const cellCards = stages.map((s) =>
    lanes.map((l) => (!holdsCards(l.kind) ? [] : (byCell.get(cellKey(s.id, l.id)) ?? []))),
  );

  const sizes = new Map<string, { text: CardTextFit; height: number; media?: CardMedia }>();
  const files = attachmentsByCard(doc);
  lanes.forEach((lane, li) => {
    if (lane.collapsed) return;
    for (const row of cellCards)
      for (const t of row[li]!)
        sizes.set(t.id, sizeCard(t, lane.kind, theme, cardMediaOf(files.get(t.id))));
  });
  // Survey figures are worked out only when an open lane shows them.
  const surveyed = lanes.some((l) => showsMetrics(l.kind) && !l.collapsed)
    ? journeySurveyMetrics(doc, journeyId).stages
    : undefined;
  const stageMetrics = surveyed && stages.map((s) => metricRows(surveyed.get(s.id)));
  const laneHeights = lanes.map((lane, li) => {
    if (lane.collapsed) return theme.collapsedLaneHeight;
    if (drawsCurve(lane.kind)) return theme.emotionLaneHeight;
    if (showsMetrics(lane.kind)) {
      return metricsLaneHeight(stageMetrics?.map((rows) => rows.length) ?? [], theme);
    }
    const min = isNoteLane(lane.kind) ? theme.minNoteCellHeight : theme.minCellHeight;
    return Math.max(
      min,
      ...stages.map((_s, si) =>
        stackHeight(
          cellCards[si]![li]!.map((t) => sizes.get(t.id)!.height),
          lane.kind,
          theme,
        ),
      ),
    );
  });
  const top = persona ? theme.personaHeight : 0;
  const laneTops: number[] = [];
  let y = top + theme.headerHeight;
  for (const h of laneHeights) {
    laneTops.push(y);
    y += h;
  }
  const height = y;
  const stageX = (i: number) => theme.laneLabelWidth + i * (theme.stageWidth + theme.stageGap);
  const width = stages.length === 0 ? theme.laneLabelWidth : stageX(stages.length) - theme.stageGap;

  const layout: JourneyLayout = {
    width,
    height,
    top,
    stages: [],
    lanes: [],
    cells: [],
    cards: [],
    lines: [],
    connections: [],
  };
  if (persona) layout.persona = { personaId: persona.id, x: 0, y: 0, width, height: top };

  const above = new Set<LaneKind>();
  lanes.forEach((lane, li) => {
    const line = blueprintLineAbove(lane.kind, above);
    if (line) {
      layout.lines.push({
        kind: line,
        label: BLUEPRINT_LINE_LABELS[line],
        x: 0,
        y: laneTops[li]!,
        width,
      });
    }
    above.add(lane.kind);
    layout.lanes.push({
      id: lane.id,
      name: lane.name,
      kind: lane.kind,
      collapsed: lane.collapsed,
      cardCount: cellCards.reduce((n, row) => n + row[li]!.length, 0),
      x: 0,
      y: laneTops[li]!,
      width,
      height: laneHeights[li]!,
    });
  });

  stages.forEach((stage, si) => {
    const x = stageX(si);
    let cardCount = 0;
    lanes.forEach((lane, li) => {
      const cards = cellCards[si]![li]!;
      cardCount += cards.length;
      const cell: CellBox = {
        stageId: stage.id,
        laneId: lane.id,
        cardIds: cards.map((t) => t.id),
        droppable: !lane.collapsed && holdsCards(lane.kind),
        x,
        y: laneTops[li]!,
        width: theme.stageWidth,
        height: laneHeights[li]!,
        ...(showsMetrics(lane.kind) && !lane.collapsed && { metrics: stageMetrics?.[si] ?? [] }),
      };
      layout.cells.push(cell);
      if (lane.collapsed) return;
      let cardY = cell.y + theme.cellPadding;
      cards.forEach((t, index) => {
        const { text, height: h, media } = sizes.get(t.id)!;
        const box: CardBox = {
          id: t.id,
          stageId: stage.id,
          laneId: lane.id,
          laneKind: lane.kind,
          index,
          x: x + theme.cellPadding,
          y: cardY,
          width: theme.stageWidth - 2 * theme.cellPadding,
          height: h,
          text,
          ...(media && { media }),
        };
        cardY += h + theme.cardGap;
        layout.cards.push(box);
      });
    });
    layout.stages.push({
      id: stage.id,
      name: stage.name,
      color: stage.color,
      description: stage.description,
      index: si,
      cardCount,
      x,
      y: top,
      width: theme.stageWidth,
      height: height - top,
    });
  });

  const emotionIndex = lanes.findIndex((l) => drawsCurve(l.kind) && !l.collapsed);
  if (emotionIndex >= 0) {
    layout.emotionCurve = emotionCurve(doc, journeyId, layout, emotionIndex, theme);
  }

  layout.connections = routedConnections(doc, journeyId, layout, theme, router);
  return layout;
}

/** The journey's connections routed around the laid-out cards (a hidden or collapsed lane's are not drawn). */
export function routedConnections(
  doc: ProjectDoc,
  journeyId: string,
  layout: JourneyLayout,
  theme: LayoutTheme,
  router?: ConnectionRouter,
): ConnectionPath[] {
  const labelTop = layout.top + theme.headerHeight;
  return routeConnections(
    connectionsOf(doc, journeyId),
    {
      cards: layout.cards,
      emotionCurve: layout.emotionCurve,
      labelBounds: {
        x: theme.laneLabelWidth,
        y: labelTop,
        width: layout.width - theme.laneLabelWidth,
        height: layout.height - labelTop,
      },
      theme,
    },
    router,
  );
}

export { touchpointsInJourneyOrder } from './emotionCurve';
