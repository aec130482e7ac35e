import type { ViewerCard } from '../../shared/export/html/viewerData';

/**
 * Search and the lane filter: cards that do not match are dimmed, never hidden, so the map
 * keeps its shape; the counter says how many match.
 */
export function bindSearch(
  cards: readonly ViewerCard[],
  elements: ReadonlyMap<string, SVGGElement>,
  input: HTMLInputElement,
  lane: HTMLSelectElement,
  count: HTMLElement,
) {
  const noun = (n: number) => (n === 1 ? 'card' : 'cards');
  const update = () => {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    const onlyLane = lane.value;
    let shown = 0;
    for (const card of cards) {
      const matches =
        (!onlyLane || card.lane === onlyLane) && words.every((w) => card.search.includes(w));
      if (matches) shown++;
      elements.get(card.id)?.classList.toggle('dimmed', !matches);
    }
    const filtering = words.length > 0 || onlyLane !== '';
    count.textContent = filtering
      ? `${shown} of ${cards.length} ${noun(cards.length)}`
      : `${cards.length} ${noun(cards.length)}`;
  };
  input.addEventListener('input', update);
  lane.addEventListener('change', update);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && input.value) {
      input.value = '';
      update();
    }
  });
  update();
}
