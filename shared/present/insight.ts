import { emotionLevel } from '../model/scales';
import { getEntity, lanesOf, touchpointsByCell, cellKey } from '../model/doc';
import type { ProjectDoc } from '../model/types';
import { holdsTouchpoints } from '../model/laneKinds';

export interface StageInsight {
  /** The customer's goal in this stage (the stage description), if written. */
  goal: string;
  /** "Low point: title (Very negative)", from the lowest-emotion touchpoint, if it has one. */
  lowPoint: string;
}

/**
 * The key insight the presenter line shows for a stage: its goal, and the touchpoint where the
 * customer feels worst (the first of equals, in lane and card order, so it is stable).
 */
export function stageInsight(doc: ProjectDoc, journeyId: string, stageId: string): StageInsight {
  const stage = getEntity(doc, 'stages', stageId);
  const byCell = touchpointsByCell(doc, journeyId);
  const touchpoints = lanesOf(doc, journeyId)
    .filter((l) => holdsTouchpoints(l.kind) && !l.hidden)
    .flatMap((l) => byCell.get(cellKey(stageId, l.id)) ?? []);
  // Only rated touchpoints can be the low point.
  let low: ((typeof touchpoints)[number] & { emotion: number }) | undefined;
  for (const t of touchpoints)
    if (t.emotion !== null && (!low || t.emotion < low.emotion)) low = { ...t, emotion: t.emotion };
  return {
    goal: stage?.description.trim() ?? '',
    lowPoint: low
      ? `Low point: ${low.title.trim() || 'Untitled touchpoint'} (${emotionLevel(low.emotion).word})`
      : '',
  };
}
