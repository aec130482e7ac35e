import { byOrderKey, cellTouchpoints, getEntity, lanesOf, stagesOf } from './doc';
import { newId } from './ids';
import { remapIds } from './references';
import type {
  CardLink,
  Citation,
  Connection,
  Lane,
  LaneKind,
  ProjectDoc,
  Quote,
  RowSet,
  Source,
  Stage,
  Touchpoint,
} from './types';
import { orderKeysAt } from '../ops/position';
import { holdsCards, holdsTouchpoints, isNoteLane } from './laneKinds';

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
  /** Links with at least one end among the cards (absent from clipboards of older windows). */
  cardLinks?: CardLink[];
  /** The cards' quotes and citations, and the sources they name (for a paste elsewhere). */
  quotes?: Quote[];
  citations?: Citation[];
  sources?: Source[];
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
  const cardLinks = Object.values(doc.cardLinks).filter(
    (l) => inSet.has(l.fromId) || inSet.has(l.toId),
  );
  const quotes = Object.values(doc.quotes).filter((q) => inSet.has(q.cardId));
  const citations = Object.values(doc.citations).filter((c) => inSet.has(c.cardId));
  const named = new Set([...quotes, ...citations].map((r) => r.sourceId));
  const sources = Object.values(doc.sources).filter((s) => named.has(s.id));
  return {
    format: 'wayline/cards',
    version: 1,
    cards: copied,
    connections,
    cardLinks,
    quotes,
    citations,
    sources,
  };
}

/** A lane that holds cards (the emotion curve is drawn from them and holds none itself). */
const takesCards = (lane: Lane) => holdsCards(lane.kind);

/** What a paste adds, and how many copied notes had no lane to go to (left out, not converted). */
export interface PastePlan {
  rows: RowSet;
  notesLeftOut: number;
}

/**
 * Rows that paste `clip` into journey `journeyId`, every id new. A card keeps its stage and lane
 * where this journey has them; otherwise it goes to the stage at the same position (or the last
 * one) and a lane of the same kind, else a lane that holds the same kind of card (a note goes to
 * a note lane, a touchpoint to the first touchpoints lane). A note never becomes a touchpoint:
 * with no note lane it is left out and counted. A touchpoint in a journey without a touchpoints
 * lane becomes a note and, like a card moved there, loses its ratings. Pasted cards go after the
 * cards already in their cell, in the order they were copied.
 */
export function planPaste(
  doc: ProjectDoc,
  clip: CardClipboard,
  journeyId: string,
  makeId: () => string = newId,
): PastePlan {
  const stages = stagesOf(doc, journeyId);
  const lanes = lanesOf(doc, journeyId).filter(takesCards);
  const touchpointLane = lanes.find((l) => holdsTouchpoints(l.kind));
  const noteLane = lanes.find((l) => isNoteLane(l.kind));
  if (stages.length === 0 || lanes.length === 0) return { rows: {}, notesLeftOut: 0 };

  const laneFor = ({ card, laneKind }: CopiedCard): Lane | undefined => {
    const lane = getEntity(doc, 'lanes', card.laneId);
    if (lane?.journeyId === journeyId && takesCards(lane)) return lane;
    const sameKind = lanes.find((l) => l.kind === laneKind);
    if (sameKind) return sameKind;
    return isNoteLane(laneKind) ? noteLane : (touchpointLane ?? noteLane);
  };
  const stageFor = ({ card, stageIndex }: CopiedCard) => {
    const stage = getEntity(doc, 'stages', card.stageId);
    return stage?.journeyId === journeyId
      ? stage.id
      : (stages[Math.min(stageIndex, stages.length - 1)] as Stage).id;
  };

  const placed = clip.cards
    .map((copied, i) => ({ copied, i, lane: laneFor(copied) }))
    .filter((p): p is typeof p & { lane: Lane } => p.lane !== undefined);
  const notesLeftOut = clip.cards.length - placed.length;
  // Only connections with both ends among the pasted cards come along.
  const pastedIds = new Set(placed.map((p) => p.copied.card.id));
  const inner = clip.connections.filter((c) => pastedIds.has(c.fromId) && pastedIds.has(c.toId));
  // A link comes along when each end is pasted or is a card of this journey already.
  const reachable = (id: string) =>
    pastedIds.has(id) || getEntity(doc, 'touchpoints', id)?.journeyId === journeyId;
  const links = (clip.cardLinks ?? []).filter((l) => reachable(l.fromId) && reachable(l.toId));
  // Quotes and citations come with their cards. A source this project has is the one named; one
  // it lacks (a paste from another project) comes along as a new source.
  const pastedOf = <R extends { cardId: string }>(rows: readonly R[] | undefined) =>
    (rows ?? []).filter((r) => pastedIds.has(r.cardId));
  const quotes = pastedOf(clip.quotes);
  const citations = pastedOf(clip.citations);
  const named = new Set([...quotes, ...citations].map((r) => r.sourceId));
  const newSources = (clip.sources ?? []).filter(
    (s) => named.has(s.id) && !getEntity(doc, 'sources', s.id),
  );
  const copy = remapIds(
    {
      touchpoints: placed.map((p) => p.copied.card),
      connections: inner,
      cardLinks: links,
      sources: newSources,
      quotes,
      citations,
    },
    makeId,
  );
  const byCell = new Map<string, { stageId: string; laneId: string; cards: Touchpoint[] }>();
  placed.forEach(({ copied, lane }, i) => {
    const stageId = stageFor(copied);
    const key = `${stageId}\u0000${lane.id}`;
    const cell = byCell.get(key) ?? { stageId, laneId: lane.id, cards: [] };
    // A pasted card is a new card: it is no future-state copy of another.
    const card = {
      ...(copy.touchpoints?.[i] as Touchpoint),
      journeyId,
      stageId,
      laneId: lane.id,
      sourceId: null,
    };
    cell.cards.push(isNoteLane(lane.kind) ? { ...card, emotion: null, effort: null } : card);
    byCell.set(key, cell);
  });

  const touchpoints: Touchpoint[] = [];
  for (const { stageId, laneId, cards } of byCell.values()) {
    const siblings = cellTouchpoints(doc, stageId, laneId);
    const keys = orderKeysAt(siblings, siblings.length, cards.length);
    cards.forEach((card, i) => touchpoints.push({ ...card, orderKey: keys[i] as string }));
  }
  if (touchpoints.length === 0) return { rows: {}, notesLeftOut };

  const connections = (copy.connections ?? []).map((c) => ({ ...c, journeyId }));
  const cardLinks = (copy.cardLinks ?? []).map((l) => ({ ...l, journeyId }));
  const rows: RowSet = { touchpoints };
  if (connections.length > 0) rows.connections = connections;
  if (cardLinks.length > 0) rows.cardLinks = cardLinks;
  Object.assign(rows, evidenceRows(doc, copy, journeyId));
  return { rows, notesLeftOut };
}

/** The rows of `planPaste`, for callers that need no count. */
export const pasteCards = (...args: Parameters<typeof planPaste>): RowSet =>
  planPaste(...args).rows;

/** What to tell someone whose paste left notes out; null when none was. */
export function notesLeftOutMessage(count: number): string | null {
  if (count === 0) return null;
  const what = count === 1 ? '1 copied note was' : `${count} copied notes were`;
  return `${what} not pasted: this journey has no lane that holds notes (pain points, opportunities, notes...). Add one and paste again.`;
}

/**
 * The pasted quotes and citations in their new journey, with the sources they bring; a quote
 * naming a source found nowhere loses the source, a citation of one is left out.
 */
function evidenceRows(doc: ProjectDoc, copy: RowSet, journeyId: string): RowSet {
  const sources = copy.sources ?? [];
  const known = new Set([...Object.keys(doc.sources), ...sources.map((s) => s.id)]);
  const has = (id: string | null) => id !== null && known.has(id);
  const quotes = (copy.quotes ?? []).map((q) => ({
    ...q,
    journeyId,
    sourceId: has(q.sourceId) ? q.sourceId : null,
  }));
  const citations = (copy.citations ?? [])
    .filter((c) => has(c.sourceId))
    .map((c) => ({ ...c, journeyId }));
  const rows: RowSet = {};
  if (sources.length > 0) {
    const keys = orderKeysAt(
      Object.values(doc.sources).sort(byOrderKey),
      Object.keys(doc.sources).length,
      sources.length,
    );
    rows.sources = sources.map((s, i) => ({ ...s, orderKey: keys[i] as string }));
  }
  if (quotes.length > 0) rows.quotes = quotes;
  if (citations.length > 0) rows.citations = citations;
  return rows;
}
