import { describe, expect, it } from 'vitest';
import { templateJourney } from '../export/svg/exampleDocs';
import { EXPORT_THEME, exportSvg } from '../export/svg/exportSvg';
import { allNodes, parseSvg } from '../export/svg/svgTree.test-support';
import { layoutJourney } from '../layout/layoutJourney';
import { holdsTouchpoints } from '../model/laneKinds';
import { cardFace } from './cardFace';

/**
 * What `link: field(…, { card: { show: 'link', label: 'Link' } })` in the touchpoint's
 * descriptor does with nothing else changed: the layout and the SVG export (which the PNG and
 * PDF are drawn from) pick it up. The canvas and presentation cards draw the same face (their
 * component tests). The unsafe link below is put in by hand: the schema would refuse it.
 */
const { doc, journeyId } = templateJourney('hotel-example');
const [first, second, third] = Object.values(doc.touchpoints).filter((t) => {
  const lane = doc.lanes[t.laneId];
  return lane !== undefined && holdsTouchpoints(lane.kind);
});
const linked = {
  ...doc,
  touchpoints: {
    ...doc.touchpoints,
    [first!.id]: { ...first!, link: 'https://www.example.com/booking?step=2&x=<b>' },
    [second!.id]: { ...second!, link: 'javascript:alert("x")' },
  },
};

describe('a touchpoint field declared with `card`', () => {
  it('is on the card face of a touchpoint that has a value', () => {
    const face = cardFace(linked.touchpoints[first!.id]!, 'touchpoints');
    expect(face.kind === 'touchpoint' && face.extras).toEqual([
      {
        field: 'link',
        show: 'link',
        label: 'Link',
        text: 'example.com/booking',
        href: 'https://www.example.com/booking?step=2&x=<b>',
      },
    ]);
  });

  it('makes exactly the cards that show it one line taller', () => {
    const before = layoutJourney(doc, journeyId, EXPORT_THEME);
    const after = layoutJourney(linked, journeyId, EXPORT_THEME);
    const height = (layout: typeof before, id: string) =>
      layout.cards.find((c) => c.id === id)!.height;
    for (const t of [first!, second!]) {
      expect(height(after, t.id)).toBe(height(before, t.id) + EXPORT_THEME.cardLineHeight);
    }
    expect(height(after, third!.id)).toBe(height(before, third!.id));
    // No card overlaps the next one in its cell.
    for (const cell of after.cells) {
      const boxes = after.cards.filter((c) => cell.cardIds.includes(c.id));
      boxes.slice(1).forEach((box, i) => {
        expect(box.y).toBeGreaterThanOrEqual(boxes[i]!.y + boxes[i]!.height);
      });
      for (const box of boxes) expect(box.y + box.height).toBeLessThanOrEqual(cell.y + cell.height);
    }
  });

  it('is drawn in the SVG: a safe link as an <a href>, an unsafe one as text only', () => {
    const { svg } = exportSvg(linked, journeyId, { background: 'white' });
    const links = allNodes(parseSvg(svg)).filter((n) => n.tag === 'a');
    expect(links).toHaveLength(1);
    expect(links[0]!.attrs.href).toBe('https://www.example.com/booking?step=2&x=<b>');
    expect(svg).toContain('href="https://www.example.com/booking?step=2&amp;x=&lt;b&gt;"');
    expect(svg).toContain('>example.com/booking</text></a>');
    expect(svg).not.toContain('href="javascript');
    expect(svg).toContain('>javascript:alert("x")</text>');
  });
});
