import { describe, expect, it } from 'vitest';
import { templateJourney } from '../export/svg/exampleDocs';
import { stagesOf } from '../model/doc';
import { stageInsight } from './insight';

describe('stageInsight', () => {
  const { doc, journeyId } = templateJourney('hotel-example');
  const stages = stagesOf(doc, journeyId);

  it('gives the stage goal and its lowest-emotion touchpoint', () => {
    const plan = stageInsight(doc, journeyId, stages[0]!.id);
    expect(plan.goal).toBe('Know where to stay and what the policy allows.');
    expect(plan.keyMoment).toBe('Low point: Reads the travel policy (Negative)');
  });

  it('has no low point for a stage without touchpoints', () => {
    const empty = templateJourney('blank');
    const stage = stagesOf(empty.doc, empty.journeyId)[0];
    if (!stage) return expect(stagesOf(empty.doc, empty.journeyId)).toEqual([]);
    expect(stageInsight(empty.doc, empty.journeyId, stage.id).keyMoment).toBe('');
  });

  it('names the best moment, not a "low point", when nothing in the stage is negative', () => {
    const plan = stages[0]!.id;
    const inPlan = Object.values(doc.touchpoints).filter((t) => t.stageId === plan);
    const cheerful = structuredClone(doc);
    for (const t of inPlan) cheerful.touchpoints[t.id]!.emotion = 0;
    const best = inPlan[1]!;
    cheerful.touchpoints[best.id]!.emotion = 2;
    expect(stageInsight(cheerful, journeyId, plan).keyMoment).toBe(
      `Best moment: ${best.title} (Very positive)`,
    );
    // All neutral: neither a low point nor a best moment to name.
    cheerful.touchpoints[best.id]!.emotion = 0;
    expect(stageInsight(cheerful, journeyId, plan).keyMoment).toBe('');
  });
});
