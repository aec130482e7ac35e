import { useEffect, useRef, useState } from 'react';
import type { EditorCommandId } from '../../../shared/commands/registry';
import { commandById } from './commands';
import { useCommandContext } from './palette/commandContext';

export interface OverflowItem {
  id: EditorCommandId;
  label: string;
  disabled: boolean;
}

/**
 * "More ▾": below 1440 px the toolbar's less used buttons (marked `toolbar-wide`) are hidden by
 * CSS and reached here instead, so the bar never wraps onto two lines.
 */
export function ToolbarOverflow({ items }: { items: readonly OverflowItem[] }) {
  const ctx = useCommandContext();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
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
          {items.map((item, i) => (
            <button
              key={item.id}
              type="button"
              role="menuitem"
              autoFocus={i === 0}
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
