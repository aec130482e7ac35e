import type { ViewerCard, ViewerQuote } from '../../shared/export/html/viewerData';

/** A quote as a blockquote, its speaker, source and date as the citation under it. */
function quoteElement(quote: ViewerQuote) {
  const figure = document.createElement('figure');
  const said = document.createElement('blockquote');
  said.textContent = `“${quote.text}”`;
  figure.append(said);
  const credit = [quote.who, quote.source, quote.date].filter(Boolean).join(' · ');
  if (credit) {
    const caption = document.createElement('figcaption');
    caption.textContent = `— ${credit}`;
    figure.append(caption);
  }
  return figure;
}

/** The details panel: a card's fields as the inspector labels them, read-only. */
export function detailsPanel(cards: readonly ViewerCard[], elements: Map<string, SVGGElement>) {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const panel = document.getElementById('details') as HTMLElement;
  const title = document.getElementById('details-title') as HTMLElement;
  const kicker = document.getElementById('details-kicker') as HTMLElement;
  const list = document.getElementById('details-list') as HTMLElement;
  const quotes = document.getElementById('details-quotes') as HTMLElement;
  let picked: string | null = null;

  const close = () => {
    if (picked) elements.get(picked)?.classList.remove('picked');
    const back = picked ? elements.get(picked) : undefined;
    picked = null;
    panel.hidden = true;
    back?.focus({ preventScroll: true });
  };

  const open = (id: string) => {
    const card = byId.get(id);
    if (!card) return;
    if (picked) elements.get(picked)?.classList.remove('picked');
    picked = id;
    elements.get(id)?.classList.add('picked');
    kicker.textContent = `${card.noun} · ${card.stage} · ${card.lane}`;
    title.textContent = card.title;
    list.replaceChildren();
    for (const detail of card.details) {
      const dt = document.createElement('dt');
      dt.textContent = detail.label;
      const dd = document.createElement('dd');
      if (detail.href) {
        const a = document.createElement('a');
        a.href = detail.href;
        a.textContent = detail.text;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        dd.append(a);
      } else dd.textContent = detail.text;
      list.append(dt, dd);
    }
    quotes.replaceChildren();
    if (card.quotes.length > 0) {
      const heading = document.createElement('h3');
      heading.textContent = card.quotes.length === 1 ? 'Quote' : `Quotes (${card.quotes.length})`;
      quotes.append(heading, ...card.quotes.map(quoteElement));
    }
    quotes.hidden = card.quotes.length === 0;
    if (card.details.length === 0 && card.quotes.length === 0) {
      const dd = document.createElement('dd');
      dd.textContent = 'Nothing more is written on this card.';
      list.append(dd);
    }
    panel.hidden = false;
  };

  document.getElementById('close-details')?.addEventListener('click', close);
  return { open, close, isOpen: () => !panel.hidden };
}
