import { useId, useMemo, useState } from 'react';
import { declarationOf } from '../../../../shared/commands/registry';
import { fuzzyFilter } from '../../../../shared/text/fuzzy';
import { commandById, COMMANDS, labelOf, shortcutLabel, type Command } from '../commands';
import { useCommandContext, usePanels } from './commandContext';
import { Modal } from './Modal';
import { useActiveOption } from './useActiveOption';

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

function useRows(query: string): { rows: Row[]; placeholder: string; title: string } {
  const ctx = useCommandContext();
  const pick = usePanels((s) => s.pick);
  const close = usePanels((s) => s.close);
  return useMemo(() => {
    if (pick) {
      const command = commandById(pick);
      const choices = command.choices?.(ctx) ?? [];
      const what = declarationOf(pick).pick ?? 'Choice';
      return {
        title: command.label,
        placeholder: `${what}: type to narrow…`,
        rows: fuzzyFilter(choices, query, (c) => `${c.label} ${c.detail ?? ''}`).map((c) => ({
          key: c.id,
          label: c.label,
          detail: c.detail,
          enabled: true,
          act: () => {
            close();
            command.choose?.(ctx, c.id);
          },
        })),
      };
    }
    const found = fuzzyFilter(COMMANDS, query, (c) => labelOf(c, ctx));
    return {
      title: 'Command palette',
      placeholder: 'Type a command…',
      rows: found.map((command: Command) => ({
        key: command.id,
        label: labelOf(command, ctx),
        shortcut: command.shortcuts[0] && shortcutLabel(command.shortcuts[0]),
        enabled: command.enabled(ctx),
        act: () => {
          // Close first, so focus is back where it was before the command moves it on; a
          // command that asks for a choice opens the palette again at that step.
          close();
          command.run(ctx);
        },
      })),
    };
  }, [pick, ctx, query, close]);
}

/** Every command, narrowed as you type; arrows pick one, Enter runs it. */
function PaletteDialog() {
  const [query, setQuery] = useState('');
  const listId = useId();
  const { rows, placeholder, title } = useRows(query);
  const close = usePanels((s) => s.close);

  const run = (row: Row | undefined) => {
    if (row?.enabled) row.act();
  };
  const { at: current, setActive, onKeyDown } = useActiveOption(rows, run);

  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <Modal label={title} className="command-palette" onClose={close}>
      <input
        className="palette-input"
        autoFocus
        role="combobox"
        aria-label={title === 'Command palette' ? 'Command' : title}
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={rows.length > 0 ? optionId(current) : undefined}
        placeholder={placeholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
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
