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
    expect(plan.lowPoint).toBe('Low point: Reads the travel policy (Negative)');
  });

  it('has no low point for a stage without touchpoints', () => {
    const empty = templateJourney('blank');
    const stage = stagesOf(empty.doc, empty.journeyId)[0];
    if (!stage) return expect(stagesOf(empty.doc, empty.journeyId)).toEqual([]);
    expect(stageInsight(empty.doc, empty.journeyId, stage.id).lowPoint).toBe('');
  });
});
