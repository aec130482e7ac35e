/**
 * A journey's layout after an edit that changed only the size or text lines of some cards (a
 * title that wraps onto another line, a field shown or cleared), made from the layout before
 * instead of from scratch: at 10,000 cards a full layout sorts every cell and walks every card
 * several times, where such an edit moves only the cards below it. The result is exactly what
 * `layoutJourney` gives (same numbers, same arithmetic in the same order); whatever did not move
 * is the very object it was.
 */
import { getEntity } from '../model/doc';
import type { ProjectDoc, Touchpoint } from '../model/types';
import { curveInLane } from './emotionCurve';
import { layoutIndexOf, shareIndex } from './layoutIndex';
import { sameBesideCards } from './layoutInputs';
import {
  routedConnections,
  sizeCard,
  stackHeight,
  type CardBox,
  type JourneyLayout,
} from './layoutJourney';
import type { ConnectionRouter } from './routing/connectionRouter';
import type { LayoutTheme } from './theme';

/** The card kept its place in the map: only its size or its text's lines may differ. */
function samePlace(a: Touchpoint, b: Touchpoint): boolean {
  return (
    a.journeyId === b.journeyId &&
    a.stageId === b.stageId &&
    a.laneId === b.laneId &&
    a.orderKey === b.orderKey &&
    a.emotion === b.emotion
  );
}

/** The laid-out cards whose box differs, as new boxes; undefined when the edit did more. */
function resizedBoxes(
  layout: JourneyLayout,
  previous: ProjectDoc,
  next: ProjectDoc,
  changed: readonly string[],
  theme: LayoutTheme,
): Map<number, CardBox> | undefined {
  const { cardAt } = layoutIndexOf(layout);
  const boxes = new Map<number, CardBox>();
  for (const id of changed) {
    const old = getEntity(previous, 'touchpoints', id);
    const card = getEntity(next, 'touchpoints', id);
    if (!old || !card || !samePlace(old, card)) return undefined;
    const at = cardAt.get(id);
    // Not drawn in this layout (another journey, a collapsed lane): nothing of it moves.
    if (at === undefined) continue;
    const box = layout.cards[at]!;
    // The files are the same table, so the cover band is the box's own.
    const { text, height } = sizeCard(card, box.laneKind, theme, box.media);
    const t = box.text;
    if (height === box.height && text.titleLines === t.titleLines) {
      if (text.bodyLines === t.bodyLines && text.more === t.more) continue;
    }
    boxes.set(at, { ...box, height, text });
  }
  return boxes;
}

/**
 * The layout `layoutJourney(next, …)` would give, made from `layout` (that of `previous`) when
 * `changed` (every card the edit touched) only changed size or lines of text; undefined when
 * the edit did anything else (the caller then lays the journey out in full).
 */
export function resizedLayout(
  layout: JourneyLayout,
  previous: ProjectDoc,
  next: ProjectDoc,
  journeyId: string,
  changed: readonly string[],
  theme: LayoutTheme,
  router?: ConnectionRouter,
): JourneyLayout | undefined {
  if (!sameBesideCards(previous, next)) return undefined;
  const resized = resizedBoxes(layout, previous, next, changed, theme);
  if (!resized) return undefined;
  if (resized.size === 0) return layout;
  const index = layoutIndexOf(layout);
  const cards = layout.cards.slice();
  for (const [at, box] of resized) cards[at] = box;

  // Each lane holding a card that changed height: its tallest cell again, as layoutJourney does.
  const grown = new Set<number>();
  for (const [at, box] of resized) {
    if (box.height !== layout.cards[at]!.height) grown.add(index.laneAt.get(box.laneId)!);
  }
  const lanes = layout.lanes.length;
  const heightOfCell = (cell: number) => {
    const start = index.cellStart[cell]!;
    const count = layout.cells[cell]!.cardIds.length;
    return cards.slice(start, start + count).map((c) => c.height);
  };
  const laneHeights = layout.lanes.map((lane, li) => {
    if (!grown.has(li)) return lane.height;
    const min = stackHeight([], lane.kind, theme);
    const cells = layout.stages.map((_s, si) => si * lanes + li);
    return Math.max(min, ...cells.map((c) => stackHeight(heightOfCell(c), lane.kind, theme)));
  });
  const laneTops: number[] = [];
  let y = layout.top + theme.headerHeight;
  for (const h of laneHeights) {
    laneTops.push(y);
    y += h;
  }
  const height = y;
  const moved = (li: number) =>
    laneTops[li] !== layout.lanes[li]!.y || laneHeights[li] !== layout.lanes[li]!.height;

  // Cells that moved, and every cell holding a resized card: their cards stacked again.
  const restack = new Set<number>();
  for (const box of resized.values()) {
    restack.add(index.stageAt.get(box.stageId)! * lanes + index.laneAt.get(box.laneId)!);
  }
  const cells = layout.cells.map((cell, c) => {
    const li = c % lanes;
    if (!moved(li)) return cell;
    restack.add(c);
    return { ...cell, y: laneTops[li]!, height: laneHeights[li]! };
  });
  let shifted = false;
  for (const c of restack) {
    if (layout.lanes[c % lanes]!.collapsed) continue;
    const start = index.cellStart[c]!;
    let cardY = cells[c]!.y + theme.cellPadding;
    for (let at = start; at < start + cells[c]!.cardIds.length; at++) {
      const box = cards[at]!;
      if (box.y !== cardY) {
        cards[at] = { ...box, y: cardY };
        shifted = true;
      }
      cardY += box.height + theme.cardGap;
    }
  }

  const result: JourneyLayout = {
    ...layout,
    height,
    stages: layout.stages.map((s) =>
      height === layout.height ? s : { ...s, height: height - layout.top },
    ),
    lanes: layout.lanes.map((lane, li) =>
      moved(li) ? { ...lane, y: laneTops[li]!, height: laneHeights[li]! } : lane,
    ),
    cells,
    cards,
    lines: layout.lines.map((line, i) => {
      const li = index.lineLane[i]!;
      return moved(li) ? { ...line, y: laneTops[li]! } : line;
    }),
  };
  const curve = layout.emotionCurve;
  if (curve) {
    const li = index.laneAt.get(curve.laneId)!;
    if (moved(li)) result.emotionCurve = curveInLane(curve, result.lanes[li]!);
  }
  if (shifted || grown.size > 0) {
    result.connections = routedConnections(next, journeyId, result, theme, router);
  }
  shareIndex(layout, result);
  return result;
}
