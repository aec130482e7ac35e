import { describe, expect, it } from 'vitest';
import { evidenceDoc } from '../../test/unit/evidenceFixture';
import { applyOp } from '../ops/applyOp';
import { layoutJourney } from '../layout/layoutJourney';
import { quoteCallout } from './quoteCallout';
import { PROJECTOR_LAYOUT_THEME } from './projectorTheme';
import { presentSteps, revealOrder } from './steps';

describe('quoteCallout', () => {
  const { doc, journeyId, card, note } = evidenceDoc();
  const layout = layoutJourney(doc, journeyId, PROJECTOR_LAYOUT_THEME);
  const stageSteps = (reveal: boolean) =>
    presentSteps(layout, reveal).filter((s) => s.kind === 'stage' && s.stageId === card.stageId);

  it('shows none on the overview, and the first quote of the stage (reading order) on it', () => {
    expect(quoteCallout(doc, layout, { kind: 'overview' })).toBeNull();
    const [whole] = stageSteps(false);
    const order = revealOrder(layout, card.stageId);
    const first = order.find((id) => id === card.id || id === note.id);
    const callout = quoteCallout(doc, layout, whole!);
    expect(callout?.cardTitle).toBe(first === card.id ? card.title : note.title);
    expect(callout?.text).toBe(
      first === card.id ? 'I could not find the price' : 'The form lost my dates',
    );
  });

  it('in reveal mode: the card just revealed, never one still hidden', () => {
    const steps = stageSteps(true);
    const order = revealOrder(layout, card.stageId);
    expect(quoteCallout(doc, layout, steps[0]!)).toBeNull();
    const at = order.indexOf(card.id) + 1;
    const callout = quoteCallout(doc, layout, steps[at]!);
    expect(callout).toEqual({
      quoteId: 'q1',
      text: 'I could not find the price',
      byline: ['P7', 'Interviews, March'],
      cardTitle: card.title,
    });
    // Before the quoted cards are revealed there is nothing to show.
    const firstQuoted = Math.min(order.indexOf(card.id), order.indexOf(note.id));
    for (const step of steps.slice(0, firstQuoted + 1)) {
      expect(quoteCallout(doc, layout, step)).toBeNull();
    }
  });

  it("follows the order of a card's quotes", () => {
    const moved = applyOp(doc, { type: 'moveQuote', id: 'q2', at: { index: 0 } }).doc;
    const steps = stageSteps(true);
    const at = revealOrder(layout, card.stageId).indexOf(card.id) + 1;
    expect(quoteCallout(moved, layout, steps[at]!)).toMatchObject({
      text: 'Too many steps',
      byline: ['Frequent travellers'],
    });
  });
});
