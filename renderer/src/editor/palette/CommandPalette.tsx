import { useCallback } from 'react';
import { declarationOf } from '../../../../shared/commands/registry';
import { fuzzyFilter } from '../../../../shared/text/fuzzy';
import { commandById, COMMANDS, keyHint, labelOf, type Command } from '../commands';
import { useCommandContext, usePanels } from './commandContext';
import { Modal } from './Modal';
import { useCombobox } from './useCombobox';

export function CommandPalette() {
  const open = usePanels((s) => s.open === 'palette');
  const pick = usePanels((s) => s.pick);
  // A new key per step, so the field and the highlighted row start afresh.
  return open ? <PaletteDialog key={pick ?? ''} /> : null;
}

/** A row of the palette: a command, or one of a command's choices (a card, a journey). */
interface Row {
  key: string;
  label: string;
  detail?: string;
  shortcut?: string;
  enabled: boolean;
  act(): void;
}

/** The rows for what is typed: the commands, or the choices of the command being asked. */
function useRowFilter(): { filter: (query: string) => Row[]; placeholder: string; title: string } {
  const ctx = useCommandContext();
  const pick = usePanels((s) => s.pick);
  const close = usePanels((s) => s.close);
  const filter = useCallback(
    (query: string): Row[] => {
      if (pick) {
        const command = commandById(pick);
        const choices = command.choices?.(ctx) ?? [];
        return fuzzyFilter(choices, query, (c) => `${c.label} ${c.detail ?? ''}`).map((c) => ({
          key: c.id,
          label: c.label,
          detail: c.detail,
          enabled: true,
          act: () => {
            close();
            command.choose?.(ctx, c.id);
          },
        }));
      }
      return fuzzyFilter(COMMANDS, query, (c) => labelOf(c, ctx)).map((command: Command) => ({
        key: command.id,
        label: labelOf(command, ctx),
        shortcut: keyHint(command),
        enabled: command.enabled(ctx),
        act: () => {
          // Close first, so focus is back where it was before the command moves it on; a
          // command that asks for a choice opens the palette again at that step.
          close();
          command.run(ctx);
        },
      }));
    },
    [pick, ctx, close],
  );
  if (!pick) return { filter, title: 'Command palette', placeholder: 'Type a command…' };
  const what = declarationOf(pick).pick ?? 'Choice';
  return { filter, title: commandById(pick).label, placeholder: `${what}: type to narrow…` };
}

/** Every command (or a command's choices), narrowed as you type; arrows pick one, Enter runs it. */
function PaletteDialog() {
  const { filter, placeholder, title } = useRowFilter();
  const close = usePanels((s) => s.close);
  const run = (row: Row | undefined) => {
    if (row?.enabled) row.act();
  };
  const combobox = useCombobox(filter, run);
  const { query, shown: rows, at: current, setActive, listId, optionId } = combobox;
  return (
    <Modal label={title} className="command-palette" onClose={close}>
      <input
        {...combobox.inputProps}
        aria-label={title === 'Command palette' ? 'Command' : title}
        placeholder={placeholder}
      />
      <ul className="palette-list" role="listbox" id={listId} aria-label={title}>
        {rows.map((row, i) => (
          <li
            key={row.key}
            id={optionId(i)}
            role="option"
            aria-selected={i === current}
            aria-disabled={!row.enabled}
            className={`palette-item${i === current ? ' active' : ''}`}
            onMouseMove={() => setActive(i)}
            onClick={() => run(row)}
          >
            <span className="palette-label">{row.label}</span>
            {row.detail && <span className="palette-detail">{row.detail}</span>}
            {row.shortcut && <kbd className="palette-shortcut">{row.shortcut}</kbd>}
          </li>
        ))}
        {rows.length === 0 && <li className="palette-empty">Nothing matches “{query}”</li>}
      </ul>
    </Modal>
  );
}
