import { getEntity } from '../model/doc';
import type { ProjectDoc, Touchpoint } from '../model/types';
import { journeyInsights } from './journeyInsights';
import { average, stageCardsOf, type StageCards } from './stageCards';

/** One row of the current vs future comparison: a stage of either journey, or a matched pair. */
export interface StageComparison {
  /** The future stage's name; a stage the future state dropped keeps its current name. */
  name: string;
  currentStageId: string | null;
  futureStageId: string | null;
  /** How the two stages were paired; null for a stage only one journey has. */
  matchedBy: 'name' | 'position' | null;
  emotionBefore: number | null;
  emotionAfter: number | null;
  /** After minus before; null unless both sides have touchpoints. */
  emotionChange: number | null;
  effortBefore: number | null;
  effortAfter: number | null;
  effortChange: number | null;
  /** Titles of touchpoints only the future stage has, and only the current stage has. */
  touchpointsAdded: string[];
  touchpointsRemoved: string[];
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

/**
 * Pairs stages by name (case-insensitive), then the rest by position: the future stage at index
 * i takes the unpaired current stage at index i. Rows follow the future journey; current stages
 * left over are appended in their order.
 */
function pairStages(current: readonly StageCards[], future: readonly StageCards[]): Pair[] {
  const taken = new Set<number>();
  const partner = future.map((f) => {
    const at = current.findIndex(
      (c, i) => !taken.has(i) && normalise(c.stage.name) === normalise(f.stage.name),
    );
    if (at >= 0) taken.add(at);
    return at;
  });
  const pairs: Pair[] = future.map((f, i) => {
    if (partner[i]! >= 0) return { current: current[partner[i]!]!, future: f, matchedBy: 'name' };
    return { current: null, future: f, matchedBy: null };
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

function compareStage({ current, future, matchedBy }: Pair): StageComparison {
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
    touchpointsAdded: missingTitles(future?.touchpoints ?? [], current?.touchpoints ?? []),
    touchpointsRemoved: missingTitles(current?.touchpoints ?? [], future?.touchpoints ?? []),
    // A stage the future state drops takes its pain points with it.
    painPointsAddressed: missingTitles(current?.painPoints ?? [], future?.painPoints ?? []),
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
  const pairs = pairStages(stageCardsOf(doc, current.id), stageCardsOf(doc, future.id));
  return {
    currentJourneyId: current.id,
    currentName: current.name,
    futureName: future.name,
    stages: pairs.map(compareStage),
    healthBefore: journeyInsights(doc, current.id).health.score,
    healthAfter: journeyInsights(doc, future.id).health.score,
  };
}
