import { describe, expect, it } from 'vitest';
import { applyOp } from '../../ops/applyOp';
import { lanesOf, stagesOf } from '../../model/doc';
import { makeTouchpoint } from '../../model/factories';
import { syntheticJourney, templateJourney } from '../svg/exampleDocs';
import { CARDS_PER_SLIDE, deckPlan, NOTES_PER_SLIDE } from './deckPlan';

describe('the deck plan', () => {
  it('gives each stage of the worked example one slide, with its goal in the speaker notes', () => {
    const { doc, journeyId } = templateJourney('hotel-example');
    const plan = deckPlan(doc, journeyId);
    const stages = stagesOf(doc, journeyId);
    expect(plan.persona?.name).toBe('Maya Okafor');
    expect(plan.stageSlides.map((s) => s.stage.name)).toEqual(stages.map((s) => s.name));
    for (const slide of plan.stageSlides) {
      expect(slide.pages).toBe(1);
      expect(slide.speakerNotes).toContain(`Goal: ${slide.stage.description}`);
      expect(slide.painPoints.length + slide.opportunities.length).toBeGreaterThan(0);
    }
    // Every card of the map is on a slide once: in the grid or the side column.
    const shown = plan.stageSlides.flatMap((s) => [
      ...s.cards.map((c) => c.face.id),
      ...s.painPoints.map((f) => f.id),
      ...s.opportunities.map((f) => f.id),
    ]);
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown.length).toBe(Object.keys(doc.touchpoints).length);
    expect(plan.cardCount).toBe(shown.length);
  });

  it('splits a crowded stage over several slides instead of shrinking its cards', () => {
    const { doc, journeyId } = syntheticJourney({ stages: 2, touchpointsPerStage: 20 });
    const plan = deckPlan(doc, journeyId);
    const first = plan.stageSlides.filter((s) => s.stageIndex === 0);
    // 20 touchpoints, a customer action and a thought: 22 cards, six a slide.
    expect(first).toHaveLength(Math.ceil(22 / CARDS_PER_SLIDE));
    expect(first.map((s) => s.page)).toEqual([0, 1, 2, 3]);
    expect(first.every((s) => s.pages === 4 && s.totals.cards === 22)).toBe(true);
    expect(first.every((s) => s.cards.length <= CARDS_PER_SLIDE)).toBe(true);
    expect(first.flatMap((s) => s.cards)).toHaveLength(22);
    // The one pain point is on the stage's first slide only.
    expect(first.map((s) => s.painPoints.length)).toEqual([1, 0, 0, 0]);
    // Each slide's notes list the cards on that slide, not the whole stage.
    expect(first[1]?.speakerNotes).toContain(first[1]?.cards[0]?.face.title.text);
    expect(first[1]?.speakerNotes).not.toContain(`• ${first[0]?.cards[0]?.face.title.text}:`);
  });

  it('splits long pain point lists too, and leaves hidden lanes out as every export does', () => {
    const { doc: base, journeyId } = syntheticJourney({ stages: 1, touchpointsPerStage: 1 });
    const pains = lanesOf(base, journeyId).find((l) => l.kind === 'painPoints')!;
    const thoughts = lanesOf(base, journeyId).find((l) => l.kind === 'thoughts')!;
    const stageId = stagesOf(base, journeyId)[0]!.id;
    let doc = base;
    for (let i = 0; i < 9; i++) {
      const touchpoint = makeTouchpoint({
        id: `pain${i}`,
        journeyId,
        stageId,
        laneId: pains.id,
        title: `Pain ${i}`,
      });
      doc = applyOp(doc, { type: 'addTouchpoint', touchpoint, at: { index: 1000 } }).doc;
    }
    doc = applyOp(doc, { type: 'updateLane', id: thoughts.id, patch: { hidden: true } }).doc;
    const slides = deckPlan(doc, journeyId).stageSlides;
    expect(slides).toHaveLength(Math.ceil(10 / NOTES_PER_SLIDE));
    expect(slides.map((s) => s.painPoints.length)).toEqual([4, 4, 2]);
    expect(slides.flatMap((s) => s.cards).some((c) => c.face.laneKind === 'thoughts')).toBe(false);
  });

  it('puts the stage notes into the speaker notes, after the goal', () => {
    const { doc, journeyId } = templateJourney('hotel-example');
    const stage = stagesOf(doc, journeyId)[0]!;
    const patch = { notes: '  Ask the room  ' };
    const withNotes = applyOp(doc, { type: 'updateStage', id: stage.id, patch }).doc;
    const notes = deckPlan(withNotes, journeyId).stageSlides[0]!.speakerNotes;
    expect(notes).toContain('Notes: Ask the room\n');
    expect(notes.indexOf('Goal:')).toBeLessThan(notes.indexOf('Notes:'));
    expect(deckPlan(doc, journeyId).stageSlides[0]!.speakerNotes).not.toContain('Notes:');
  });
});
