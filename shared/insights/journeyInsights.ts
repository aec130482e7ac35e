import { getEntity } from '../model/doc';
import type { ProjectDoc, Touchpoint } from '../model/types';
import { healthScore, type HealthScore } from './health';
import { addTallies, type PainTally, tallyPains } from './painResolution';
import { average, ratedCount, stageCardsOf } from './stageCards';

export interface StageInsight {
  stageId: string;
  name: string;
  /** Averages over the stage's rated touchpoints; null when none is rated. */
  averageEmotion: number | null;
  averageEffort: number | null;
  touchpoints: number;
  /** Of `touchpoints`, how many have an emotion and an effort rating. */
  emotionRated: number;
  effortRated: number;
  painPoints: number;
  opportunities: number;
  momentsOfTruth: number;
  /** The stage's pain points as resolved (a linked opportunity shipped), planned or open. */
  pains: PainTally;
}

/** A touchpoint in a top list, with what the list shows of it. */
export interface RankedTouchpoint {
  id: string;
  title: string;
  stageName: string;
  emotion: number | null;
  effort: number | null;
  channel: string;
}

export interface ChannelCount {
  channel: string;
  count: number;
}

export interface JourneyInsights {
  journeyId: string;
  name: string;
  stages: StageInsight[];
  touchpoints: number;
  /** Averages over rated touchpoints only; `emotionRated` of `touchpoints` say "n of m rated". */
  averageEmotion: number | null;
  averageEffort: number | null;
  emotionRated: number;
  effortRated: number;
  lowestEmotion: RankedTouchpoint[];
  highestEffort: RankedTouchpoint[];
  channels: ChannelCount[];
  health: HealthScore;
}

export const TOP_LIST_LENGTH = 3;
/** What the channel list calls touchpoints whose channel was left empty. */
export const NO_CHANNEL = 'No channel';

/**
 * The first `n` touchpoints by `score`, highest first. Array.prototype.sort is stable, so ties
 * keep journey order: the earlier touchpoint in the journey comes first.
 */
function topBy(
  ranked: readonly RankedTouchpoint[],
  score: (t: RankedTouchpoint) => number,
  n: number,
): RankedTouchpoint[] {
  return [...ranked].sort((a, b) => score(b) - score(a)).slice(0, n);
}

/** Channels by count, most used first; ties in the order the journey first uses them. */
function channelCounts(touchpoints: readonly Touchpoint[]): ChannelCount[] {
  const counts = new Map<string, number>();
  for (const t of touchpoints) {
    const channel = t.channel.trim() || NO_CHANNEL;
    counts.set(channel, (counts.get(channel) ?? 0) + 1);
  }
  return [...counts]
    .map(([channel, count]) => ({ channel, count }))
    .sort((a, b) => b.count - a.count);
}

/** Everything the insights panel and the PDF's insights page say about one journey. */
export function journeyInsights(doc: ProjectDoc, journeyId: string): JourneyInsights {
  const journey = getEntity(doc, 'journeys', journeyId);
  if (!journey) throw new Error(`No journey ${journeyId}`);
  const perStage = stageCardsOf(doc, journeyId);
  const stages = perStage.map(({ stage, touchpoints, painPoints, opportunities }) => ({
    stageId: stage.id,
    name: stage.name,
    averageEmotion: average(touchpoints.map((t) => t.emotion)),
    averageEffort: average(touchpoints.map((t) => t.effort)),
    touchpoints: touchpoints.length,
    emotionRated: ratedCount(touchpoints.map((t) => t.emotion)),
    effortRated: ratedCount(touchpoints.map((t) => t.effort)),
    painPoints: painPoints.length,
    opportunities: opportunities.length,
    momentsOfTruth: touchpoints.filter((t) => t.momentOfTruth).length,
    pains: tallyPains(doc, painPoints),
  }));
  const all = perStage.flatMap((s) => s.touchpoints);
  const ranked = perStage.flatMap(({ stage, touchpoints }) =>
    touchpoints.map((t) => ({
      id: t.id,
      title: t.title,
      stageName: stage.name,
      emotion: t.emotion,
      effort: t.effort,
      channel: t.channel,
    })),
  );
  const averageEmotion = average(all.map((t) => t.emotion));
  const averageEffort = average(all.map((t) => t.effort));
  const sum = (pick: (s: StageInsight) => number) => stages.reduce((n, s) => n + pick(s), 0);
  return {
    journeyId,
    name: journey.name,
    stages,
    touchpoints: all.length,
    averageEmotion,
    averageEffort,
    emotionRated: sum((s) => s.emotionRated),
    effortRated: sum((s) => s.effortRated),
    // Only rated touchpoints can be the lowest or the hardest.
    lowestEmotion: topBy(
      ranked.filter((t) => t.emotion !== null),
      (t) => -(t.emotion ?? 0),
      TOP_LIST_LENGTH,
    ),
    highestEffort: topBy(
      ranked.filter((t) => t.effort !== null),
      (t) => t.effort ?? 0,
      TOP_LIST_LENGTH,
    ),
    channels: channelCounts(all),
    health: healthScore({
      averageEmotion,
      averageEffort,
      pains: addTallies(stages.map((s) => s.pains)),
    }),
  };
}
