import { useEffect, type RefObject } from 'react';
import type { CommandContext } from '../commands';
import { useCommandContext } from '../palette/commandContext';
import { selectedCardIds } from '../editing/cardClipboard';
import { navKey } from '../keyboard/navModel';

/** The map element of a card, if it is drawn. */
export const cardElement = (cardId: string): HTMLElement | null =>
  document.querySelector<HTMLElement>(`[data-kb="${CSS.escape(navKey.card(cardId))}"]`);

/**
 * Opens the context menu of `cardId` at (x, y). Its commands act on the selection, so a card
 * outside the selection becomes it (as in file managers); one inside keeps the others.
 */
export function openCardMenuAt(ctx: CommandContext, cardId: string, x: number, y: number): void {
  if (!selectedCardIds(ctx.store).includes(cardId)) {
    ctx.store.getState().select({ kind: 'touchpoint', ids: [cardId] });
  }
  ctx.panels?.getState().showCardMenu({ cardId, x, y });
}

/** The card the keyboard is on, if it has the focus now. */
function focusedCard(ctx: CommandContext): string | null {
  const key = ctx.focus?.getState().key;
  const active = document.activeElement;
  if (!key?.startsWith('card:') || !(active instanceof HTMLElement)) return null;
  return active.dataset.kb === key ? key.slice('card:'.length) : null;
}

/**
 * Shift+F10 or the Menu key (the `card-menu` command): the menu of the focused card, else of
 * the first selected one, below the card's top left corner.
 */
export function openCardMenu(ctx: CommandContext): void {
  const cardId = focusedCard(ctx) ?? selectedCardIds(ctx.store)[0];
  if (!cardId) return;
  const rect = cardElement(cardId)?.getBoundingClientRect();
  const x = rect ? rect.left + 12 : window.innerWidth / 2;
  const y = rect ? rect.top + Math.min(rect.height, 40) : window.innerHeight / 2;
  openCardMenuAt(ctx, cardId, x, y);
}

/** A right-click on a card of the map (in `container`) opens its menu at the pointer. */
export function useCardContextMenu(container: RefObject<HTMLElement | null>): void {
  const ctx = useCommandContext();
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const onContextMenu = (e: MouseEvent) => {
      if (!(e.target instanceof Element)) return;
      // The card's own title or text being edited keeps the browser's menu (spelling, paste).
      if (e.target.closest('input, textarea, [contenteditable="true"]')) return;
      const key = e.target.closest<HTMLElement>('[data-kb^="card:"]')?.dataset.kb;
      if (!key) return;
      e.preventDefault();
      const cardId = key.slice('card:'.length);
      // A menu key the browser turned into this event has no pointer: under the card then.
      if (e.button !== 2 && e.clientX === 0 && e.clientY === 0) openCardMenu(ctx);
      else openCardMenuAt(ctx, cardId, e.clientX, e.clientY);
    };
    root.addEventListener('contextmenu', onContextMenu);
    return () => root.removeEventListener('contextmenu', onContextMenu);
  }, [container, ctx]);
}
