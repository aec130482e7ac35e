/**
 * A journey's connections as drawn: the route libavoid finds around the cards, the path data
 * along it, and where the label goes. Called by layoutJourney, so every view draws the same.
 */
import type { Connection } from '../../model/types';
import type { Point } from '../curve';
import type { CardBox, ConnectionPath, EmotionCurve } from '../layoutJourney';
import type { LayoutTheme } from '../theme';
import { connectionLabelBox, connectionLabelWords } from './connectionLabel';
import type { ConnectionRouter } from './connectionRouter';
import { placeLabels, type LabelRequest } from './labels';
import { routePath } from './pathData';
import type { Box } from './rects';

/** An emotion face on the curve, with its low-point ring and the word under a low point. */
const FACE_HALF = 17;
const LOW_WORD_BELOW = 34;

export interface RouteContext {
  cards: readonly CardBox[];
  emotionCurve?: EmotionCurve;
  /** Where labels may go: the map below the stage headers and right of the lane names. */
  labelBounds: Box;
  theme: LayoutTheme;
}

/** A straight line between facing sides: only for callers that pass no router (and draw no arrows). */
function directRoute(from: CardBox, to: CardBox): Point[] {
  const mid = (r: CardBox) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
  if (to.x >= from.x + from.width) {
    return [
      { x: from.x + from.width, y: mid(from).y },
      { x: to.x, y: mid(to).y },
    ];
  }
  if (to.x + to.width <= from.x) {
    return [
      { x: from.x, y: mid(from).y },
      { x: to.x + to.width, y: mid(to).y },
    ];
  }
  const down = to.y >= from.y;
  return [
    { x: mid(from).x, y: down ? from.y + from.height : from.y },
    { x: mid(to).x, y: down ? to.y : to.y + to.height },
  ];
}

function faceBoxes(curve: EmotionCurve | undefined): Box[] {
  return (curve?.points ?? []).map((p) => ({
    x: p.x - FACE_HALF,
    y: p.y - FACE_HALF,
    width: 2 * FACE_HALF,
    height: 2 * FACE_HALF + (p.low ? LOW_WORD_BELOW : 0),
  }));
}

export function routeConnections(
  connections: readonly Connection[],
  context: RouteContext,
  router?: ConnectionRouter,
): ConnectionPath[] {
  // No arrows (a journey without any): no index of every card.
  const boxes = new Map(
    connections.length === 0 ? [] : context.cards.map((c) => [c.id, c] as const),
  );
  const shown = connections.filter((c) => boxes.has(c.fromId) && boxes.has(c.toId));
  if (shown.length === 0) {
    // Nothing to route or label (the router only lets go of the groups it held).
    router?.route({ cards: [], connections: [] });
    return [];
  }
  const routes = router?.route({ cards: context.cards, connections: shown });
  const paths: ConnectionPath[] = [];
  const labels: LabelRequest[] = [];
  const label = context.theme.connectionLabel;
  for (const c of shown) {
    const points = routes?.get(c.id) ?? directRoute(boxes.get(c.fromId)!, boxes.get(c.toId)!);
    const words = connectionLabelWords(c.kind, c.label);
    const pill = words ? connectionLabelBox(c.kind, words, label) : undefined;
    if (pill) labels.push({ id: c.id, points, width: pill.width, height: pill.height });
    paths.push({
      id: c.id,
      fromId: c.fromId,
      toId: c.toId,
      kind: c.kind,
      label: c.label,
      labelText: pill?.shown ?? '',
      points,
      path: routePath(points),
      start: points[0]!,
      end: points.at(-1)!,
      labelAt: points[0]!,
    });
  }
  const obstacles = [...context.cards, ...faceBoxes(context.emotionCurve)];
  const placed = placeLabels(labels, obstacles, context.labelBounds);
  for (const p of paths) {
    const box = placed.get(p.id);
    if (!box) continue;
    p.labelBox = box;
    p.labelAt = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }
  return paths;
}
