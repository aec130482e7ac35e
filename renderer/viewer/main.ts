/**
 * The one-file HTML viewer's script (see shared/export/html/viewerPage.ts): read-only pan,
 * zoom, fit, search and filter, a card's details, the persona, insights and presentation,
 * with no network and no other file. Bundled by electron/build.mjs into dist/viewer/viewer.js,
 * which the HTML export inlines.
 */
import type { ViewerData } from '../../shared/export/html/viewerData';
import { cardAt, cardElements } from './cards';
import { boxInRoot } from './geometry';
import { detailsPanel } from './details';
import { bindPanels } from './panels';
import { bindPresentation } from './present';
import { bindSearch } from './search';
import { bindPanZoom, ViewBox } from './viewBox';

function boot() {
  const data = JSON.parse(
    document.getElementById('wayline-data')?.textContent ?? '{}',
  ) as ViewerData;
  const host = document.getElementById('viewport') as HTMLElement;
  const svg = host.querySelector('svg');
  if (!svg) return;
  // The export names the picture an image; here its cards are buttons inside it.
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', `Journey map: ${data.journey}`);
  const view = new ViewBox(svg, host);
  const elements = cardElements(svg, data.cards);
  const details = detailsPanel(data.cards, elements);
  const panels = bindPanels(data.persona);
  const presentation = bindPresentation(data, svg, view, elements, () => {
    details.close();
    panels.close();
  });

  bindPanZoom(view, host, (e) => {
    const card = cardAt(e.clientX, e.clientY);
    const id = card?.getAttribute('data-id');
    if (id) details.open(id);
    else details.close();
  });
  for (const [id, el] of elements) {
    // Tab reaches every card, also those out of view: the view follows the focus.
    el.addEventListener('focus', () => view.reveal(boxInRoot(svg, el)));
    el.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      e.stopPropagation();
      details.open(id);
    });
  }
  bindSearch(
    data.cards,
    elements,
    document.getElementById('search') as HTMLInputElement,
    document.getElementById('lane-filter') as HTMLSelectElement,
    document.getElementById('count') as HTMLElement,
  );
  document.getElementById('zoom-in')?.addEventListener('click', () => view.zoomAt(1.25));
  document.getElementById('zoom-out')?.addEventListener('click', () => view.zoomAt(0.8));
  document.getElementById('fit')?.addEventListener('click', () => view.fit(true));
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || presentation.presenting()) return;
    if (!panels.close() && details.isOpen()) details.close();
  });
  document.body.dataset.ready = 'true';
}

boot();
