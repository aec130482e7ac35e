import { cellKey, lanesOf, stagesOf, touchpointsByCell } from '../model/doc';
import { type InsightGroup, LANE_KIND_SPECS } from '../model/laneKinds';
import type { ProjectDoc, Stage, Touchpoint } from '../model/types';

/** One stage's cards that the insights count, each list in journey order. */
export interface StageCards {
  stage: Stage;
  /** Cards of touchpoint lanes: the only cards whose emotion, effort and channel mean something. */
  touchpoints: Touchpoint[];
  painPoints: Touchpoint[];
  opportunities: Touchpoint[];
}

/**
 * A journey's stages in order with their cards, sorted into the lanes insights count. Journey
 * order is the curve's: by stage, then lane, then position in the cell. Hidden or collapsed
 * lanes still count: hiding a lane changes the view, not the journey.
 */
export function stageCardsOf(doc: ProjectDoc, journeyId: string): StageCards[] {
  const byCell = touchpointsByCell(doc, journeyId);
  const lanes = lanesOf(doc, journeyId);
  const cardsOf = (stageId: string, group: InsightGroup) =>
    lanes
      .filter((l) => LANE_KIND_SPECS[l.kind].insight === group)
      .flatMap((l) => byCell.get(cellKey(stageId, l.id)) ?? []);
  return stagesOf(doc, journeyId).map((stage) => ({
    stage,
    touchpoints: cardsOf(stage.id, 'touchpoints'),
    painPoints: cardsOf(stage.id, 'painPoints'),
    opportunities: cardsOf(stage.id, 'opportunities'),
  }));
}

/**
 * The mean of the rated values (null is "not rated" and left out), or null when none is rated:
 * an empty or unrated stage has no average, not an average of 0.
 */
export function average(values: readonly (number | null)[]): number | null {
  const rated = values.filter((v): v is number => v !== null);
  if (rated.length === 0) return null;
  return rated.reduce((sum, v) => sum + v, 0) / rated.length;
}

/** How many of the values are rated: the n of "n of m rated". */
export const ratedCount = (values: readonly (number | null)[]) =>
  values.filter((v) => v !== null).length;
