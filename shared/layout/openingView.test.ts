import { describe, expect, it } from 'vitest';
import { templateJourney } from '../export/svg/exampleDocs';
import { layoutJourney } from './layoutJourney';
import { openingViewport, VIEW_MARGIN } from './openingView';
import { DEFAULT_LAYOUT_THEME } from './theme';

const layoutOf = (template: string) => {
  const { doc, journeyId } = templateJourney(template);
  return layoutJourney(doc, journeyId, DEFAULT_LAYOUT_THEME);
};

describe('openingViewport', () => {
  // The canvas of a 1280 x 800 window, between the sidebar and the inspector.
  const view = { width: 690, height: 740 };

  it('opens a new 8-stage template whole: every stage and lane inside the view', () => {
    const layout = layoutOf('lifecycle');
    expect(layout.stages).toHaveLength(8);
    expect(layout.cards).toHaveLength(0);
    const { x, y, zoom } = openingViewport(layout, view);
    const right = x + (layout.stages.at(-1)!.x + layout.stages.at(-1)!.width) * zoom;
    expect(right).toBeLessThanOrEqual(view.width - VIEW_MARGIN);
    expect(y + layout.height * zoom).toBeLessThanOrEqual(view.height - VIEW_MARGIN + 0.01);
  });

  it('opens a map with cards at a readable zoom, from its beginning', () => {
    const layout = layoutOf('hotel-example');
    expect(openingViewport(layout, view).zoom).toBe(0.6);
    // A wide view needs no shrinking, and nothing is ever blown up past 1.
    expect(openingViewport(layout, { width: 10_000, height: 10_000 }).zoom).toBe(1);
  });
});
