import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { fuzzyFilter } from '../../../../shared/text/fuzzy';
import { COMMANDS, labelOf, shortcutLabel, type Command } from '../commands';
import { useCommandContext, usePanels } from './commandContext';
import { Modal } from './Modal';

export function CommandPalette() {
  const open = usePanels((s) => s.open === 'palette');
  return open ? <PaletteDialog /> : null;
}

/** Every command, narrowed as you type; arrows pick one, Enter runs it. */
function PaletteDialog() {
  const ctx = useCommandContext();
  const close = usePanels((s) => s.close);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const found = useMemo(() => fuzzyFilter(COMMANDS, query, (c) => labelOf(c, ctx)), [query, ctx]);
  const current = Math.min(active, Math.max(0, found.length - 1));

  const run = (command: Command | undefined) => {
    if (!command || !command.enabled(ctx)) return;
    // Close first, so focus is back where it was before the command moves it on.
    close();
    command.run(ctx);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[e.key];
    if (step !== undefined && found.length > 0) {
      e.preventDefault();
      setActive((current + step + found.length) % found.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      run(found[current]);
    }
  };

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
              <span className="palette-label">{labelOf(command, ctx)}</span>
              {shortcut && <kbd className="palette-shortcut">{shortcutLabel(shortcut)}</kbd>}
            </li>
          );
        })}
        {found.length === 0 && <li className="palette-empty">No command matches “{query}”</li>}
      </ul>
    </Modal>
  );
}
