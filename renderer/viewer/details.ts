import type { ViewerCard, ViewerFile, ViewerQuote } from '../../shared/export/html/viewerData';

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

/** A file as a thumbnail with its name under it (a picture), or its kind and name. */
function fileElement(file: ViewerFile) {
  const item = document.createElement('li');
  if (file.thumb) {
    const img = document.createElement('img');
    img.src = file.thumb;
    img.alt = file.name;
    img.loading = 'lazy';
    item.append(img);
  }
  const name = document.createElement('span');
  name.textContent = file.thumb ? file.name : `${file.kind}: ${file.name}`;
  item.append(name);
  return item;
}

/** The details panel: a card's fields as the inspector labels them, read-only. */
export function detailsPanel(cards: readonly ViewerCard[], elements: Map<string, SVGGElement>) {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const panel = document.getElementById('details') as HTMLElement;
  const title = document.getElementById('details-title') as HTMLElement;
  const kicker = document.getElementById('details-kicker') as HTMLElement;
  const list = document.getElementById('details-list') as HTMLElement;
  const quotes = document.getElementById('details-quotes') as HTMLElement;
  const files = document.getElementById('details-files') as HTMLElement;
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
    files.replaceChildren();
    if (card.files.length > 0) {
      const heading = document.createElement('h3');
      heading.textContent = card.files.length === 1 ? 'File' : `Files (${card.files.length})`;
      const list = document.createElement('ul');
      list.append(...card.files.map(fileElement));
      files.append(heading, list);
    }
    files.hidden = card.files.length === 0;
    if (card.details.length === 0 && card.quotes.length === 0 && card.files.length === 0) {
      const dd = document.createElement('dd');
      dd.textContent = 'Nothing more is written on this card.';
      list.append(dd);
    }
    panel.hidden = false;
  };

  document.getElementById('close-details')?.addEventListener('click', close);
  return { open, close, isOpen: () => !panel.hidden };
}
