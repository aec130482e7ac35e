import type { WaylineFile } from '../export/jsonFormat';
import { holdsCards, laneNoun, LANE_KIND_SPECS } from '../model/laneKinds';
import type { LaneKind } from '../model/types';
import { problem, type Problem } from './problems';

/**
 * The lane-kind rules a file must keep, as applyOp keeps them: no card in a lane that holds
 * none, and at most one lane of a singleton kind (the emotion curve) per journey.
 */
export function laneKindIssues(file: Pick<WaylineFile, 'lanes' | 'touchpoints'>): Problem[] {
  const issues: Problem[] = [];
  const kindOf = new Map(file.lanes.map((l) => [l.id, l.kind]));
  const seen = new Set<string>();
  file.lanes.forEach((lane, i) => {
    if (!LANE_KIND_SPECS[lane.kind].singleton) return;
    const key = `${lane.journeyId}\u0000${lane.kind}`;
    if (seen.has(key)) {
      issues.push(
        problem(
          'second_singleton',
          { noun: laneNoun(lane.kind), name: lane.name },
          { where: `lanes[${i}].kind` },
        ),
      );
    }
    seen.add(key);
  });
  file.touchpoints.forEach((t, i) => {
    const kind: LaneKind | undefined = kindOf.get(t.laneId);
    if (kind && !holdsCards(kind)) {
      issues.push(
        problem(
          'lane_holds_no_cards',
          { noun: laneNoun(kind) },
          { where: `touchpoints[${i}].laneId` },
        ),
      );
    }
  });
  return issues;
}
