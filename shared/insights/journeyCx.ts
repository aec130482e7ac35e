import { getEntity } from '../model/doc';
import type { ProjectDoc, Touchpoint } from '../model/types';
import { cxSummary, type CxSummary } from './cxIndex';
import { NO_CHANNEL } from './journeyInsights';
import { stageCardsOf } from './stageCards';

export interface StageCx {
  stageId: string;
  name: string;
  cx: CxSummary;
}

export interface ChannelCx {
  channel: string;
  cx: CxSummary;
}

/** The three layers and the CX index of one journey: per stage, per channel and whole. */
export interface JourneyCx {
  journeyId: string;
  journey: CxSummary;
  stages: StageCx[];
  channels: ChannelCx[];
}

/**
 * Touchpoints grouped by channel (trimmed; empty is "No channel"), the most used first, ties in
 * the order the journey first uses them, as the insights' channel list orders them.
 */
function byChannel(touchpoints: readonly Touchpoint[]): ChannelCx[] {
  const groups = new Map<string, Touchpoint[]>();
  for (const t of touchpoints) {
    const channel = t.channel.trim() || NO_CHANNEL;
    const group = groups.get(channel);
    if (group) group.push(t);
    else groups.set(channel, [t]);
  }
  return [...groups]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([channel, cards]) => ({ channel, cx: cxSummary(cards) }));
}

/** The journey's touchpoints (cards of touchpoint lanes only) read on the three layers. */
export function journeyCx(doc: ProjectDoc, journeyId: string): JourneyCx {
  if (!getEntity(doc, 'journeys', journeyId)) throw new Error(`No journey ${journeyId}`);
  const perStage = stageCardsOf(doc, journeyId);
  const all = perStage.flatMap((s) => s.touchpoints);
  return {
    journeyId,
    journey: cxSummary(all),
    stages: perStage.map(({ stage, touchpoints }) => ({
      stageId: stage.id,
      name: stage.name,
      cx: cxSummary(touchpoints),
    })),
    channels: byChannel(all),
  };
}
