import { emotionLevel } from '../model/scales';
import { getEntity, lanesOf, touchpointsByCell, cellKey } from '../model/doc';
import type { ProjectDoc } from '../model/types';
import { holdsTouchpoints } from '../model/laneKinds';

export interface StageInsight {
  /** The customer's goal in this stage (the stage description), if written. */
  goal: string;
  /**
   * "Low point: title (Negative)" when the stage's lowest touchpoint is negative, otherwise
   * "Best moment: title (Positive)" from its highest one; empty when nothing is rated above 0.
   */
  keyMoment: string;
}

type Rated = { title: string; emotion: number };

/**
 * The key insight the presenter line shows for a stage: its goal, and the touchpoint where the
 * customer feels worst, or best when nothing hurts (the first of equals, in lane and card order,
 * so it is stable).
 */
export function stageInsight(doc: ProjectDoc, journeyId: string, stageId: string): StageInsight {
  const stage = getEntity(doc, 'stages', stageId);
  const byCell = touchpointsByCell(doc, journeyId);
  const rated: Rated[] = lanesOf(doc, journeyId)
    .filter((l) => holdsTouchpoints(l.kind) && !l.hidden)
    .flatMap((l) => byCell.get(cellKey(stageId, l.id)) ?? [])
    .flatMap((t) => (t.emotion === null ? [] : [{ title: t.title, emotion: t.emotion }]));
  return { goal: stage?.description.trim() ?? '', keyMoment: keyMoment(rated) };
}

function keyMoment(rated: readonly Rated[]): string {
  const low = rated.reduce<Rated | undefined>(
    (a, t) => (!a || t.emotion < a.emotion ? t : a),
    undefined,
  );
  if (low && low.emotion < 0) return describe('Low point', low);
  const best = rated.reduce<Rated | undefined>(
    (a, t) => (!a || t.emotion > a.emotion ? t : a),
    undefined,
  );
  return best && best.emotion > 0 ? describe('Best moment', best) : '';
}

function describe(what: string, t: Rated): string {
  return `${what}: ${t.title.trim() || 'Untitled touchpoint'} (${emotionLevel(t.emotion).word})`;
}
