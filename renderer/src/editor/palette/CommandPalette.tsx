import { fuzzyFilter } from '../../../../shared/text/fuzzy';
import { COMMANDS, shortcutLabel, type Command } from '../commands';
import { useCommandContext, usePanels } from './commandContext';
import { Modal } from './Modal';
import { useCombobox } from './useCombobox';

export function CommandPalette() {
  const open = usePanels((s) => s.open === 'palette');
  return open ? <PaletteDialog /> : null;
}

const findCommands = (query: string) => fuzzyFilter(COMMANDS, query, (c) => c.label);

/** Every command, narrowed as you type; arrows pick one, Enter runs it. */
function PaletteDialog() {
  const ctx = useCommandContext();
  const close = usePanels((s) => s.close);
  const run = (command: Command | undefined) => {
    if (!command || !command.enabled(ctx)) return;
    // Close first, so focus is back where it was before the command moves it on.
    close();
    command.run(ctx);
  };
  const combobox = useCombobox(findCommands, run);
  const { query, shown: found, at: current, setActive, listId, optionId } = combobox;

  return (
    <Modal label="Command palette" className="command-palette" onClose={close}>
      <input {...combobox.inputProps} aria-label="Command" placeholder="Type a command…" />
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
