import { describe, expect, it } from 'vitest';
import { backlogDoc } from '../../test/unit/backlogFixture';
import { layoutJourney } from './layoutJourney';
import { linkLines } from './linkLines';
import { DEFAULT_LAYOUT_THEME } from './theme';

describe('link lines', () => {
  const doc = backlogDoc();
  const layout = layoutJourney(doc, 'j1', DEFAULT_LAYOUT_THEME);

  it('are drawn only for the links of the cards asked for', () => {
    expect(linkLines(doc, layout, new Set())).toEqual([]);
    // The pain point: it hurts Checkout (k1) and "Show total price" addresses it (k2).
    expect(
      linkLines(doc, layout, new Set(['p1']))
        .map((l) => [l.id, l.meaning])
        .sort(),
    ).toEqual([
      ['k1', 'hurts'],
      ['k2', 'addresses'],
    ]);
  });

  it('run from the side of one card facing the other to the side facing back', () => {
    const [line] = linkLines(doc, layout, new Set(['p1'])).filter((l) => l.id === 'k1');
    const pain = layout.cards.find((c) => c.id === 'p1')!;
    const checkout = layout.cards.find((c) => c.id === 't1')!;
    // The pain point's lane is below the touchpoints': from its top to Checkout's bottom.
    expect(line!.path.startsWith(`M ${pain.x + pain.width / 2} ${pain.y} C`)).toBe(true);
    expect(
      line!.path.endsWith(`${checkout.x + checkout.width / 2} ${checkout.y + checkout.height}`),
    ).toBe(true);
  });
});
