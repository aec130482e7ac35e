import { Fragment, useEffect, useRef, type KeyboardEvent } from 'react';

export interface MenuItem {
  label: string;
  run(): void;
  disabled?: boolean;
  danger?: boolean;
  /** Its shortcut, written for people ("Ctrl+L"), shown at the item's end. */
  hint?: string;
  /** A separator goes before it: it starts another group of items. */
  startsGroup?: boolean;
}

interface Props {
  label: string;
  items: MenuItem[];
  onClose(): void;
}

/**
 * A small menu of actions: arrows, Home and End move, Enter runs, Esc, Tab or a click
 * elsewhere closes. The journeys' menus and a card's context menu (cardMenu/) use it.
 */
export function JourneyMenu({ label, items, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    const onPointerDown = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [onClose]);

  const onKeyDown = (e: KeyboardEvent) => {
    const buttons = [
      ...(ref.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? []),
    ];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape' || e.key === 'Tab') {
      // Stopped here, so the editor's own Escape (clear selection) does not also run.
      e.stopPropagation();
      if (e.key === 'Escape') e.preventDefault();
      onClose();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      buttons[(at + step + buttons.length) % buttons.length]?.focus();
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      (e.key === 'Home' ? buttons[0] : buttons.at(-1))?.focus();
    }
  };

  return (
    <div className="journey-menu" role="menu" aria-label={label} ref={ref} onKeyDown={onKeyDown}>
      {items.map((item) => (
        <Fragment key={item.label}>
          {item.startsGroup && <div role="separator" className="menu-separator" />}
          <button
            type="button"
            role="menuitem"
            className={item.danger ? 'danger' : undefined}
            disabled={item.disabled}
            onClick={() => {
              onClose();
              item.run();
            }}
          >
            {item.label}
            {item.hint && (
              <span className="menu-hint" aria-hidden="true">
                {item.hint}
              </span>
            )}
          </button>
        </Fragment>
      ))}
    </div>
  );
}
