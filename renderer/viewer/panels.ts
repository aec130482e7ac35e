import type { ViewerPersona } from '../../shared/export/html/viewerData';

/** The persona and insights panels: one open at a time, Escape or × closes, focus goes back. */
export function bindPanels(persona: ViewerPersona | null) {
  const panels = [
    { button: 'show-persona', panel: 'persona-panel' },
    { button: 'show-insights', panel: 'insights-panel' },
  ];
  if (persona) fillPersona(document.getElementById('persona-body') as HTMLElement, persona);
  let open: { panel: HTMLElement; button: HTMLElement } | null = null;

  const close = () => {
    if (!open) return false;
    open.panel.hidden = true;
    open.button.focus();
    open = null;
    return true;
  };
  for (const ids of panels) {
    const button = document.getElementById(ids.button);
    const panel = document.getElementById(ids.panel);
    if (!button || !panel) continue;
    button.setAttribute('aria-expanded', 'false');
    button.addEventListener('click', () => {
      const wasOpen = open?.panel === panel;
      close();
      button.setAttribute('aria-expanded', String(!wasOpen));
      if (wasOpen) return;
      panel.hidden = false;
      open = { panel, button };
      panel.querySelector<HTMLElement>('.close')?.focus();
    });
    panel.querySelector('.close')?.addEventListener('click', () => {
      button.setAttribute('aria-expanded', 'false');
      close();
    });
  }
  return { close };
}

function fillPersona(body: HTMLElement, persona: ViewerPersona) {
  const add = <K extends keyof HTMLElementTagNameMap>(
    parent: HTMLElement,
    tag: K,
    text: string,
  ) => {
    const el = document.createElement(tag);
    el.textContent = text;
    parent.append(el);
    return el;
  };
  add(body, 'h2', persona.name);
  if (persona.role) add(body, 'p', persona.role);
  if (persona.quote) add(body, 'blockquote', persona.quote);
  for (const section of persona.sections) {
    add(body, 'h3', section.label);
    const list = add(body, 'ul', '');
    for (const item of section.items) add(list, 'li', item);
  }
}
