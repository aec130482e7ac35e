import { useId, useMemo, useState } from 'react';
import { fuzzyFilter } from '../../../../shared/text/fuzzy';
import { COMMANDS, shortcutLabel, type Command } from '../commands';
import { useCommandContext, usePanels } from './commandContext';
import { Modal } from './Modal';
import { useActiveOption } from './useActiveOption';

export function CommandPalette() {
  const open = usePanels((s) => s.open === 'palette');
  return open ? <PaletteDialog /> : null;
}

/** Every command, narrowed as you type; arrows pick one, Enter runs it. */
function PaletteDialog() {
  const ctx = useCommandContext();
  const close = usePanels((s) => s.close);
  const [query, setQuery] = useState('');
  const listId = useId();
  const found = useMemo(() => fuzzyFilter(COMMANDS, query, (c) => c.label), [query]);

  const run = (command: Command | undefined) => {
    if (!command || !command.enabled(ctx)) return;
    // Close first, so focus is back where it was before the command moves it on.
    close();
    command.run(ctx);
  };
  const { at: current, setActive, onKeyDown } = useActiveOption(found, run);

  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <Modal label="Command palette" className="command-palette" onClose={close}>
      <input
        className="palette-input"
        autoFocus
        role="combobox"
        aria-label="Command"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={found.length > 0 ? optionId(current) : undefined}
        placeholder="Type a command…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul className="palette-list" role="listbox" id={listId} aria-label="Commands">
        {found.map((command, i) => {
          const enabled = command.enabled(ctx);
          const shortcut = command.shortcuts[0];
          return (
            <li
              key={command.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              aria-disabled={!enabled}
              className={`palette-item${i === current ? ' active' : ''}`}
              onMouseMove={() => setActive(i)}
              onClick={() => run(command)}
            >
              <span className="palette-label">{command.label}</span>
              {shortcut && <kbd className="palette-shortcut">{shortcutLabel(shortcut)}</kbd>}
            </li>
          );
        })}
        {found.length === 0 && <li className="palette-empty">No command matches “{query}”</li>}
      </ul>
    </Modal>
  );
}
