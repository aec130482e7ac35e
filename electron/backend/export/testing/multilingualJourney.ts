/** A journey with a card in each script the exports must draw, for export tests. */
import { syntheticJourney, type ExampleJourney } from '../../../../shared/export/svg/exampleDocs';
import { holdsTouchpoints } from '../../../../shared/model/laneKinds';
import { applyOp } from '../../../../shared/ops/applyOp';

/** One card title per script, short enough to stay on one line of a card. */
export const SCRIPT_SAMPLES = {
  latin: 'Café Łódź',
  cyrillic: 'Привет, мир',
  greek: 'Γειά σου κόσμε',
  arabic: 'مرحبا بالعالم',
  hebrew: 'שלום עולם',
  mixedRtl: 'Suite מלון 42',
  chinese: '你好世界',
  japanese: 'こんにちは世界',
  korean: '안녕하세요 세계',
  devanagari: 'नमस्ते दुनिया',
  thai: 'สวัสดีชาวโลก',
  emoji: 'Trip 😀 👍🏽 ✈️',
} as const;

export const JOURNEY_NAME = 'Trip · رحلة العمل';

/** The journey, with every touchpoint titled in one of `titles` (3 stages x 4 cards). */
export function multilingualJourney(
  titles: readonly string[] = Object.values(SCRIPT_SAMPLES),
): ExampleJourney {
  const journey = syntheticJourney({ stages: 3, touchpointsPerStage: 4, persona: false });
  const touchpoints = Object.values(journey.doc.touchpoints).filter((t) => {
    const lane = journey.doc.lanes[t.laneId];
    return lane && holdsTouchpoints(lane.kind);
  });
  // The page titles of a PDF are drawn apart from the map: a right-to-left name tests them.
  let doc = applyOp(journey.doc, {
    type: 'updateJourney',
    id: journey.journeyId,
    patch: { name: JOURNEY_NAME },
  }).doc;
  touchpoints.forEach((t, i) => {
    const title = titles[i];
    if (title !== undefined) {
      doc = applyOp(doc, { type: 'updateTouchpoint', id: t.id, patch: { title } }).doc;
    }
  });
  return { doc, journeyId: journey.journeyId };
}
