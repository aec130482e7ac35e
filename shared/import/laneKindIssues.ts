import type { WaylineFile } from '../export/jsonFormat';
import { holdsCards, laneNoun, LANE_KIND_SPECS } from '../model/laneKinds';
import type { LaneKind } from '../model/types';
import type { ImportIssue } from './guards';

/**
 * The lane-kind rules a file must keep, as applyOp keeps them: no card in a lane that holds
 * none, and at most one lane of a singleton kind (the emotion curve) per journey.
 */
export function laneKindIssues(file: Pick<WaylineFile, 'lanes' | 'touchpoints'>): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const kindOf = new Map(file.lanes.map((l) => [l.id, l.kind]));
  const seen = new Set<string>();
  file.lanes.forEach((lane, i) => {
    if (!LANE_KIND_SPECS[lane.kind].singleton) return;
    const key = `${lane.journeyId}\u0000${lane.kind}`;
    if (seen.has(key)) {
      issues.push({
        where: `lanes[${i}].kind`,
        message: `A journey has at most one ${laneNoun(lane.kind)} lane; "${lane.name}" is a second one.`,
      });
    }
    seen.add(key);
  });
  file.touchpoints.forEach((t, i) => {
    const kind: LaneKind | undefined = kindOf.get(t.laneId);
    if (kind && !holdsCards(kind)) {
      issues.push({
        where: `touchpoints[${i}].laneId`,
        message: `The ${laneNoun(kind)} lane holds no cards.`,
      });
    }
  });
  return issues;
}
