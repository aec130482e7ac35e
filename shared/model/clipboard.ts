import { byOrderKey, cellTouchpoints, getEntity, lanesOf, stagesOf } from './doc';
import { newId } from './ids';
import { remapIds } from './references';
import type { Connection, Lane, LaneKind, ProjectDoc, RowSet, Stage, Touchpoint } from './types';
import { orderKeysAt } from '../ops/position';
import { holdsCards, holdsTouchpoints } from './laneKinds';

/** A copied card with what a paste into another journey needs to find it a place. */
export interface CopiedCard {
  card: Touchpoint;
  stageIndex: number;
  laneKind: LaneKind;
}

/** What copy puts on the clipboard: cards in journey order and the connections among them. */
export interface CardClipboard {
  format: 'wayline/cards';
  version: 1;
  cards: CopiedCard[];
  connections: Connection[];
}

/** Cards `ids` (those that exist) in journey order: stage, then lane, then order in the cell. */
export function copyCards(doc: ProjectDoc, ids: readonly string[]): CardClipboard | null {
  const cards = ids
    .map((id) => getEntity(doc, 'touchpoints', id))
    .filter((t): t is Touchpoint => t !== undefined);
  if (cards.length === 0) return null;
  const stageIndex = new Map<string, number>();
  const laneIndex = new Map<string, number>();
  for (const journeyId of new Set(cards.map((c) => c.journeyId))) {
    stagesOf(doc, journeyId).forEach((s, i) => stageIndex.set(s.id, i));
    lanesOf(doc, journeyId).forEach((l, i) => laneIndex.set(l.id, i));
  }
  const copied = cards
    .map((card) => ({
      card,
      stageIndex: stageIndex.get(card.stageId) ?? 0,
      laneIndex: laneIndex.get(card.laneId) ?? 0,
      laneKind: getEntity(doc, 'lanes', card.laneId)?.kind ?? 'touchpoints',
    }))
    .sort(
      (a, b) =>
        a.stageIndex - b.stageIndex || a.laneIndex - b.laneIndex || byOrderKey(a.card, b.card),
    )
    .map(({ card, stageIndex: s, laneKind }) => ({ card, stageIndex: s, laneKind }));
  const inSet = new Set(cards.map((c) => c.id));
  const connections = Object.values(doc.connections).filter(
    (c) => inSet.has(c.fromId) && inSet.has(c.toId),
  );
  return { format: 'wayline/cards', version: 1, cards: copied, connections };
}

/** A lane that holds cards (the emotion curve is drawn from them and holds none itself). */
const takesCards = (lane: Lane) => holdsCards(lane.kind);

/**
 * Rows that paste `clip` into journey `journeyId`, every id new. A card keeps its stage and lane
 * where this journey has them; otherwise it goes to the stage at the same position (or the last
 * one) and a lane of the same kind, else the first touchpoints lane. Pasted cards go after the
 * cards already in their cell, in the order they were copied. Empty when there is nowhere to go.
 */
export function pasteCards(
  doc: ProjectDoc,
  clip: CardClipboard,
  journeyId: string,
  makeId: () => string = newId,
): RowSet {
  const stages = stagesOf(doc, journeyId);
  const lanes = lanesOf(doc, journeyId).filter(takesCards);
  const fallbackLane = lanes.find((l) => holdsTouchpoints(l.kind)) ?? lanes[0];
  if (stages.length === 0 || !fallbackLane) return {};

  const placeOf = ({ card, stageIndex, laneKind }: CopiedCard) => {
    const stage = getEntity(doc, 'stages', card.stageId);
    const stageId =
      stage?.journeyId === journeyId
        ? stage.id
        : (stages[Math.min(stageIndex, stages.length - 1)] as Stage).id;
    const lane = getEntity(doc, 'lanes', card.laneId);
    const laneId =
      lane?.journeyId === journeyId && takesCards(lane)
        ? lane.id
        : (lanes.find((l) => l.kind === laneKind) ?? fallbackLane).id;
    return { stageId, laneId };
  };

  // Only connections with both ends among the copied cards come along.
  const copiedIds = new Set(clip.cards.map((c) => c.card.id));
  const inner = clip.connections.filter((c) => copiedIds.has(c.fromId) && copiedIds.has(c.toId));
  const copy = remapIds({ touchpoints: clip.cards.map((c) => c.card), connections: inner }, makeId);
  const byCell = new Map<string, { stageId: string; laneId: string; cards: Touchpoint[] }>();
  clip.cards.forEach((copied, i) => {
    const { stageId, laneId } = placeOf(copied);
    const key = `${stageId}\u0000${laneId}`;
    const cell = byCell.get(key) ?? { stageId, laneId, cards: [] };
    cell.cards.push({ ...(copy.touchpoints?.[i] as Touchpoint), journeyId, stageId, laneId });
    byCell.set(key, cell);
  });

  const touchpoints: Touchpoint[] = [];
  for (const { stageId, laneId, cards } of byCell.values()) {
    const siblings = cellTouchpoints(doc, stageId, laneId);
    const keys = orderKeysAt(siblings, siblings.length, cards.length);
    cards.forEach((card, i) => touchpoints.push({ ...card, orderKey: keys[i] as string }));
  }

  const connections = (copy.connections ?? []).map((c) => ({ ...c, journeyId }));
  return connections.length > 0 ? { touchpoints, connections } : { touchpoints };
}
