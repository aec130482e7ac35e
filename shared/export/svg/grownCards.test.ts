import { describe, expect, it } from 'vitest';
import { layoutJourney } from '../../layout/layoutJourney';
import type { ProjectDoc } from '../../model/types';
import { templateJourney } from './exampleDocs';
import { EXPORT_THEME, exportSvg } from './exportSvg';
import { allNodes, parseSvg } from './svgTree.test-support';

const LONG_TITLE =
  'Reads reviews on three different sites and compares the ratings of every hotel near the office before deciding which ones to shortlist';
const LONG_TEXT = 'The nightly cap for Lisbon is on page 31 of a PDF nobody can search. '.repeat(6);

/** The worked example with one long-titled touchpoint and one long pain point. */
function withLongText(): { doc: ProjectDoc; journeyId: string; card: string; note: string } {
  const { doc, journeyId } = templateJourney('hotel-example');
  const cards = layoutJourney(doc, journeyId, EXPORT_THEME).cards;
  const card = cards.find((c) => c.laneKind === 'touchpoints')!.id;
  const note = cards.find((c) => c.laneKind === 'painPoints')!.id;
  const touchpoints = { ...doc.touchpoints };
  touchpoints[card] = { ...touchpoints[card]!, title: LONG_TITLE };
  touchpoints[note] = {
    ...touchpoints[note]!,
    title: 'Caps differ per city',
    description: LONG_TEXT,
  };
  return { doc: { ...doc, touchpoints }, journeyId, card, note };
}

describe('exportSvg: cards grown to fit their text', () => {
  const { doc, journeyId, card, note } = withLongText();
  const layout = layoutJourney(doc, journeyId, EXPORT_THEME);
  const root = parseSvg(exportSvg(doc, journeyId, { background: 'white' }).svg);
  const group = (id: string) =>
    allNodes(root).find((n) => n.tag === 'g' && n.attrs['data-id'] === id)!;
  const texts = (id: string) => allNodes(group(id)).filter((n) => n.tag === 'text');

  it('draws as many title lines as the layout counted, then "… more"', () => {
    const box = layout.cards.find((c) => c.id === card)!;
    expect(box.text).toEqual({ titleLines: 4, bodyLines: 0, more: true });
    const drawn = texts(card);
    expect(drawn.filter((t) => t.attrs.class === 'card-title')).toHaveLength(4);
    expect(drawn.find((t) => t.attrs.class === 'card-more')?.text).toBe('… more');
    // Nothing is drawn below the card's box: the face and effort moved down with the title.
    for (const t of drawn) expect(Number(t.attrs.y)).toBeLessThan(box.y + box.height);
    expect(box.height).toBeGreaterThan(EXPORT_THEME.cardHeight);
  });

  it("draws a note's text to its limit inside the grown note", () => {
    const box = layout.cards.find((c) => c.id === note)!;
    expect(box.text).toEqual({ titleLines: 1, bodyLines: 5, more: true });
    const drawn = texts(note);
    expect(drawn).toHaveLength(1 + 5 + 1);
    for (const t of drawn) expect(Number(t.attrs.y)).toBeLessThan(box.y + box.height);
  });
});
