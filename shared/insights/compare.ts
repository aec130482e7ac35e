import { implementedBy } from '../model/backlog';
import { getEntity } from '../model/doc';
import type { ProjectDoc, Touchpoint } from '../model/types';
import { compareCx, cxSummary, type CxLayerChange } from './cxIndex';
import { journeyInsights } from './journeyInsights';
import { average, stageCardsOf, type StageCards } from './stageCards';

/** One row of the current vs future comparison: a stage of either journey, or a matched pair. */
export interface StageComparison {
  /** The future stage's name; a stage the future state dropped keeps its current name. */
  name: string;
  currentStageId: string | null;
  futureStageId: string | null;
  /** How the two stages were paired; null for a stage only one journey has. */
  matchedBy: 'cards' | 'name' | 'position' | null;
  emotionBefore: number | null;
  emotionAfter: number | null;
  /** After minus before; null unless both sides have touchpoints. */
  emotionChange: number | null;
  effortBefore: number | null;
  effortAfter: number | null;
  effortChange: number | null;
  /** The stage's CX index (0..100) before and after; null where a layer is not rated. */
  cxIndexBefore: number | null;
  cxIndexAfter: number | null;
  /**
   * Titles of touchpoints only the future stage has, and only the current stage has. A future
   * card copied from a current one is the same card wherever it went and whatever it is now
   * called; cards without a source are matched by title within the stage.
   */
  touchpointsAdded: string[];
  touchpointsRemoved: string[];
  /** Cards kept under a new title: "Checkout" -> "One-page checkout". */
  touchpointsRenamed: { from: string; to: string }[];
  /** Pain points of the current stage that the future stage no longer has. */
  painPointsAddressed: string[];
}

export interface JourneyComparison {
  currentJourneyId: string;
  currentName: string;
  futureName: string;
  stages: StageComparison[];
  healthBefore: number | null;
  healthAfter: number | null;
  /** The whole journey's three layers and CX index, current against future, layer by layer. */
  cx: CxLayerChange[];
  /** Titles of the current state's opportunities this future state implements. */
  implements: string[];
}

const normalise = (text: string) => text.trim().toLocaleLowerCase();

/**
 * Titles of `from` that `against` lacks, matched case-insensitively and one for one, so a
 * second "Call support" in the future counts as added even when the current stage has one.
 */
function missingTitles(from: readonly Touchpoint[], against: readonly Touchpoint[]): string[] {
  const left = new Map<string, number>();
  for (const t of against) left.set(normalise(t.title), (left.get(normalise(t.title)) ?? 0) + 1);
  const missing: string[] = [];
  for (const t of from) {
    const key = normalise(t.title);
    const n = left.get(key) ?? 0;
    if (n > 0) left.set(key, n - 1);
    else missing.push(t.title);
  }
  return missing;
}

interface Pair {
  current: StageCards | null;
  future: StageCards | null;
  matchedBy: StageComparison['matchedBy'];
}

const cardsOfStage = (s: StageCards) => [...s.touchpoints, ...s.painPoints, ...s.opportunities];

/** The current stage most of a future stage's cards were copied from (ties: the earlier). */
function stageByCards(current: readonly StageCards[], f: StageCards, taken: Set<number>): number {
  const sources = new Set(cardsOfStage(f).flatMap((t) => (t.sourceId ? [t.sourceId] : [])));
  let best = -1;
  let most = 0;
  current.forEach((c, i) => {
    const n = cardsOfStage(c).filter((t) => sources.has(t.id)).length;
    if (!taken.has(i) && n > most) [best, most] = [i, n];
  });
  return best;
}

/**
 * Pairs stages by the cards they share (a future card keeps its source card), then by name
 * (case-insensitive), then the rest by position: the future stage at index i takes the unpaired
 * current stage at index i. Rows follow the future journey; current stages left over are
 * appended in their order.
 */
function pairStages(current: readonly StageCards[], future: readonly StageCards[]): Pair[] {
  const taken = new Set<number>();
  const pairs: Pair[] = future.map((f) => {
    const at = stageByCards(current, f, taken);
    if (at >= 0) taken.add(at);
    return {
      current: at >= 0 ? current[at]! : null,
      future: f,
      matchedBy: at >= 0 ? 'cards' : null,
    };
  });
  pairs.forEach((pair) => {
    if (pair.current !== null) return;
    const at = current.findIndex(
      (c, i) => !taken.has(i) && normalise(c.stage.name) === normalise(pair.future!.stage.name),
    );
    if (at < 0) return;
    taken.add(at);
    pair.current = current[at]!;
    pair.matchedBy = 'name';
  });
  pairs.forEach((pair, i) => {
    if (pair.current === null && i < current.length && !taken.has(i)) {
      taken.add(i);
      pair.current = current[i]!;
      pair.matchedBy = 'position';
    }
  });
  current.forEach((c, i) => {
    if (!taken.has(i)) pairs.push({ current: c, future: null, matchedBy: null });
  });
  return pairs;
}

const change = (before: number | null, after: number | null) =>
  before === null || after === null ? null : after - before;

/**
 * Current and future cards that are one card: a future card whose source card is in the current
 * journey, wherever either of them now sits. Keyed both ways.
 */
interface Identity {
  futureOf: Map<string, Touchpoint>;
  currentOf: Map<string, Touchpoint>;
}

function identityOf(current: readonly StageCards[], future: readonly StageCards[]): Identity {
  const currentCards = new Map(current.flatMap(cardsOfStage).map((t) => [t.id, t]));
  const identity: Identity = { futureOf: new Map(), currentOf: new Map() };
  for (const card of future.flatMap(cardsOfStage)) {
    const source = card.sourceId ? currentCards.get(card.sourceId) : undefined;
    if (!source || identity.futureOf.has(source.id)) continue;
    identity.futureOf.set(source.id, card);
    identity.currentOf.set(card.id, source);
  }
  return identity;
}

function compareStage(pair: Pair, identity: Identity): StageComparison {
  const { matchedBy } = pair;
  // Cards with a counterpart by identity are neither added nor removed, wherever it is.
  const unmatched = (cards: readonly Touchpoint[] | undefined, other: Map<string, Touchpoint>) =>
    (cards ?? []).filter((t) => !other.has(t.id));
  const current = pair.current;
  const future = pair.future;
  const emotionBefore = average(current?.touchpoints.map((t) => t.emotion) ?? []);
  const emotionAfter = average(future?.touchpoints.map((t) => t.emotion) ?? []);
  const effortBefore = average(current?.touchpoints.map((t) => t.effort) ?? []);
  const effortAfter = average(future?.touchpoints.map((t) => t.effort) ?? []);
  return {
    name: (future ?? current)!.stage.name,
    currentStageId: current?.stage.id ?? null,
    futureStageId: future?.stage.id ?? null,
    matchedBy,
    emotionBefore,
    emotionAfter,
    emotionChange: change(emotionBefore, emotionAfter),
    effortBefore,
    effortAfter,
    effortChange: change(effortBefore, effortAfter),
    cxIndexBefore: current ? cxSummary(current.touchpoints).index : null,
    cxIndexAfter: future ? cxSummary(future.touchpoints).index : null,
    touchpointsAdded: missingTitles(
      unmatched(future?.touchpoints, identity.currentOf),
      unmatched(current?.touchpoints, identity.futureOf),
    ),
    touchpointsRemoved: missingTitles(
      unmatched(current?.touchpoints, identity.futureOf),
      unmatched(future?.touchpoints, identity.currentOf),
    ),
    touchpointsRenamed: (future?.touchpoints ?? []).flatMap((t) => {
      const source = identity.currentOf.get(t.id);
      return source && normalise(source.title) !== normalise(t.title)
        ? [{ from: source.title, to: t.title }]
        : [];
    }),
    // A stage the future state drops takes its pain points with it.
    painPointsAddressed: missingTitles(
      unmatched(current?.painPoints, identity.futureOf),
      unmatched(future?.painPoints, identity.currentOf),
    ),
  };
}

/**
 * For a future-state journey, how it differs from the current state it improves on, stage by
 * stage; null for a current-state journey or one whose current state is gone.
 */
export function compareWithCurrent(
  doc: ProjectDoc,
  futureJourneyId: string,
): JourneyComparison | null {
  const future = getEntity(doc, 'journeys', futureJourneyId);
  if (!future || future.state !== 'future' || future.currentJourneyId === null) return null;
  const current = getEntity(doc, 'journeys', future.currentJourneyId);
  if (!current) return null;
  const currentStages = stageCardsOf(doc, current.id);
  const futureStages = stageCardsOf(doc, future.id);
  const pairs = pairStages(currentStages, futureStages);
  const identity = identityOf(currentStages, futureStages);
  return {
    currentJourneyId: current.id,
    currentName: current.name,
    futureName: future.name,
    stages: pairs.map((pair) => compareStage(pair, identity)),
    healthBefore: journeyInsights(doc, current.id).health.score,
    healthAfter: journeyInsights(doc, future.id).health.score,
    cx: compareCx(
      cxSummary(currentStages.flatMap((s) => s.touchpoints)),
      cxSummary(futureStages.flatMap((s) => s.touchpoints)),
    ),
    implements: implementedBy(doc, future.id).map((o) => o.title.trim() || 'Untitled opportunity'),
  };
}
