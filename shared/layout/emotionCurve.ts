/** The emotion curve's lane: a point for every rated touchpoint, in journey order. */
import { cellKey, lanesOf, stagesOf, touchpointsByCell } from '../model/doc';
import { holdsTouchpoints } from '../model/laneKinds';
import type { ProjectDoc, Touchpoint } from '../model/types';
import { brokenPath } from './curve';
import type { CurvePoint, EmotionCurve, JourneyLayout, Rect } from './layoutJourney';
import type { LayoutTheme } from './theme';

/** The touchpoints of a journey in journey order: by stage, then lane, then within the cell. */
export function touchpointsInJourneyOrder(doc: ProjectDoc, journeyId: string): Touchpoint[][] {
  const byCell = touchpointsByCell(doc, journeyId);
  const lanes = lanesOf(doc, journeyId).filter((l) => holdsTouchpoints(l.kind));
  return stagesOf(doc, journeyId).map((s) =>
    lanes.flatMap((l) => byCell.get(cellKey(s.id, l.id)) ?? []),
  );
}

/** Where the emotion scale runs in the curve's lane: +2 at topY, -2 at bottomY. */
function scaleIn(lane: Rect) {
  const pad = Math.min(28, lane.height / 5);
  const topY = lane.y + pad;
  const bottomY = lane.y + lane.height - pad;
  const yOf = (emotion: number) => topY + ((2 - emotion) / 4) * (bottomY - topY);
  return { topY, bottomY, yOf };
}

/** The same curve in its lane moved to `lane` (a lane above it grew): each point's y again. */
export function curveInLane(curve: EmotionCurve, lane: Rect): EmotionCurve {
  const { topY, bottomY, yOf } = scaleIn(lane);
  const runs: CurvePoint[][] = [];
  const points = curve.points.map((p) => {
    const moved = { ...p, y: yOf(p.emotion) };
    (runs[p.run] ??= []).push(moved);
    return moved;
  });
  return {
    ...curve,
    zeroY: yOf(0),
    topY,
    bottomY,
    points,
    path: brokenPath(runs.filter((run) => run !== undefined)),
  };
}

export function emotionCurve(
  doc: ProjectDoc,
  journeyId: string,
  layout: JourneyLayout,
  laneIndex: number,
  theme: LayoutTheme,
): EmotionCurve {
  const lane = layout.lanes[laneIndex]!;
  const { topY, bottomY, yOf } = scaleIn(lane);
  // An unrated touchpoint keeps its place on the x axis but has no point: the curve breaks there.
  const runs: CurvePoint[][] = [[]];
  let unrated = 0;
  touchpointsInJourneyOrder(doc, journeyId).forEach((stageTouchpoints, si) => {
    const stage = layout.stages[si]!;
    const step = theme.stageWidth / Math.max(1, stageTouchpoints.length);
    stageTouchpoints.forEach((t, i) => {
      if (t.emotion === null) {
        unrated++;
        if (runs.at(-1)!.length > 0) runs.push([]);
        return;
      }
      runs.at(-1)!.push({
        touchpointId: t.id,
        emotion: t.emotion,
        x: stage.x + step * (i + 0.5),
        y: yOf(t.emotion),
        low: false,
        run: runs.length - 1,
      });
    });
  });
  const points = runs.flat();
  points.forEach((p, i) => {
    const prev = points[i - 1]?.emotion ?? Infinity;
    const next = points[i + 1]?.emotion ?? Infinity;
    p.low = p.emotion < 0 && p.emotion <= prev && p.emotion <= next;
  });
  return {
    laneId: lane.id,
    zeroY: yOf(0),
    topY,
    bottomY,
    points,
    unrated,
    path: brokenPath(runs),
  };
}
