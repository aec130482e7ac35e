import './cardMenu.css';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { CARD_MENU } from '../../../../shared/commands/cardMenu';
import { getEntity } from '../../../../shared/model/doc';
import { commandById, keyHint, labelOf } from '../commands';
import { useDocument } from '../documentContext';
import { useCommandContext, usePanels } from '../palette/commandContext';
import { JourneyMenu, type MenuItem } from '../sidebar/JourneyMenu';
import { cardElement } from './openCardMenu';

/** Room kept between the menu and the window's edges (px). */
const EDGE = 8;

/**
 * A card's context menu (a right-click, Shift+F10 or the Menu key on a card): the commands of
 * `CARD_MENU`, each as the registry labels it, with its shortcut, enabled as the registry's
 * `enabled` says. It acts on the selection, which opening it made the card.
 */
export function CardMenu() {
  const place = usePanels((s) => (s.open === 'card-menu' ? s.cardMenu : null));
  return place ? <CardMenuAt key={`${place.cardId} ${place.x} ${place.y}`} {...place} /> : null;
}

function CardMenuAt({ cardId, x, y }: { cardId: string; x: number; y: number }) {
  const ctx = useCommandContext();
  const title = useDocument((s) => getEntity(s.doc, 'touchpoints', cardId)?.title);
  // Re-read on every edit: what is enabled follows the document and the selection.
  useDocument((s) => s.doc);
  useDocument((s) => s.selection);
  const frame = useRef<HTMLDivElement>(null);
  const [at, setAt] = useState({ x, y });

  // Kept inside the window: a menu opened near the right or bottom edge opens leftward/upward.
  useLayoutEffect(() => {
    const box = frame.current?.getBoundingClientRect();
    if (!box) return;
    const left = Math.max(EDGE, Math.min(x, window.innerWidth - box.width - EDGE));
    const top = Math.max(EDGE, Math.min(y, window.innerHeight - box.height - EDGE));
    if (left !== x || top !== y) setAt({ x: left, y: top });
  }, [x, y]);

  // Closed by Escape, Tab or a click elsewhere: the focus goes back to the card it came from
  // (a command that opens a dialog, "Connect to…", moves it on from there).
  const close = useCallback(() => {
    ctx.panels?.getState().close();
    cardElement(cardId)?.focus({ preventScroll: true });
  }, [ctx, cardId]);

  if (title === undefined) return null;
  const items: MenuItem[] = CARD_MENU.flatMap((group) =>
    group.map((id, i) => {
      const command = commandById(id);
      const hint = keyHint(command);
      return {
        label: labelOf(command, ctx),
        run: () => command.run(ctx),
        disabled: !command.enabled(ctx),
        danger: id === 'delete',
        ...(hint && { hint }),
        startsGroup: i === 0 && group !== CARD_MENU[0],
      };
    }),
  );
  return (
    <div className="card-menu" ref={frame} style={{ left: at.x, top: at.y }}>
      <JourneyMenu label={`Card: ${title || 'Untitled'}`} items={items} onClose={close} />
    </div>
  );
}
