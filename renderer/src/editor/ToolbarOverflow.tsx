import { useEffect, useRef, useState } from 'react';
import type { EditorCommandId } from '../../../shared/commands/registry';
import { commandById } from './commands';
import { useCommandContext } from './palette/commandContext';

/**
 * Where a toolbar button waits in "More ▾": `wider` ones below 1680 px, `wide` ones below
 * 1440 px (editorFrame.css), so the bar never wraps and the names keep room to be read.
 */
export type OverflowTier = 'wide' | 'wider';

export interface OverflowItem {
  id: EditorCommandId;
  label: string;
  disabled: boolean;
  tier: OverflowTier;
}

/** "More ▾": the toolbar's buttons CSS hides at this width, each as a menu item. */
export function ToolbarOverflow({ items }: { items: readonly OverflowItem[] }) {
  const ctx = useCommandContext();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    // The first item shown at this width (the menu hides those the bar still shows).
    const first = [...(root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    first.find((item) => item.offsetParent !== null)?.focus();
    const away = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);
  return (
    <div className="toolbar-overflow" ref={root}>
      <button
        type="button"
        className="toolbar-text-button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        More ▾
      </button>
      {open && (
        <div
          className="toolbar-menu"
          role="menu"
          aria-label="More"
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.stopPropagation();
            setOpen(false);
          }}
        >
          {items.map((item) => (
            <button
              key={item.id}
              type="button"
              role="menuitem"
              className={`toolbar-menu-${item.tier}`}
              disabled={item.disabled}
              onClick={() => {
                setOpen(false);
                commandById(item.id).run(ctx);
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
