import type { ViewerCard } from '../../shared/export/html/viewerData';

/** Each card's drawing in the map's SVG, found by the `data-id` the SVG export writes. */
export function cardElements(svg: SVGSVGElement, cards: readonly ViewerCard[]) {
  const byId = new Map<string, SVGGElement>();
  for (const el of svg.querySelectorAll<SVGGElement>('g[data-id]')) {
    const id = el.getAttribute('data-id');
    if (id) byId.set(id, el);
  }
  const found = new Map<string, SVGGElement>();
  for (const card of cards) {
    const el = byId.get(card.id);
    if (!el) continue;
    // A card is a button for the keyboard and for screen readers, named by the text it shows
    // (a name of its own would hide part of what a sighted user reads on it).
    el.classList.add('viewer-card');
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'button');
    el.setAttribute('aria-roledescription', card.noun.toLowerCase());
    found.set(card.id, el);
  }
  return found;
}

/** The card drawn at a point of the window, if any. */
export function cardAt(clientX: number, clientY: number): SVGGElement | null {
  const hit = document.elementFromPoint(clientX, clientY);
  return hit?.closest<SVGGElement>('.viewer-card') ?? null;
}
