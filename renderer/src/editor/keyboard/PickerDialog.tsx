import { useId, useMemo, useState } from 'react';
import { fuzzyFilter } from '../../../../shared/text/fuzzy';
import { Modal } from '../palette/Modal';
import { useActiveOption } from '../palette/useActiveOption';
import type { PickerChoice } from './keyboardCommands';

interface Props {
  title: string;
  /** The search field's name, e.g. "Card to connect to". */
  searchLabel: string;
  choices: readonly PickerChoice[];
  onPick(id: string): void;
  onClose(): void;
}

/**
 * A searchable list to pick one item from (a card, a lane): type to narrow it, arrows move,
 * Enter or a click picks. A combobox with a listbox, as the command palette is.
 */
export function PickerDialog({ title, searchLabel, choices, onPick, onClose }: Props) {
  const [query, setQuery] = useState('');
  const listId = useId();
  const shown = useMemo(
    () => fuzzyFilter(choices, query, (c) => `${c.label} ${c.detail}`),
    [choices, query],
  );
  const pick = (choice: PickerChoice | undefined) => {
    if (!choice) return;
    // Closed first, so the focus is back on the map before the pick moves it on.
    onClose();
    onPick(choice.id);
  };
  const { at, setActive, onKeyDown } = useActiveOption(shown, pick);
  const optionId = (i: number) => `${listId}-${i}`;

  return (
    <Modal label={title} className="command-palette picker-dialog" onClose={onClose}>
      {/* A heading, not ModalHeader: its Close button would take the focus from the field. */}
      <h2 className="picker-title">{title}</h2>
      <input
        className="palette-input"
        autoFocus
        role="combobox"
        aria-label={searchLabel}
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={shown.length > 0 ? optionId(at) : undefined}
        placeholder="Type to search…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul className="palette-list" role="listbox" id={listId} aria-label={searchLabel}>
        {shown.map((choice, i) => (
          <li
            key={choice.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === at}
            className={`palette-item${i === at ? ' active' : ''}`}
            onMouseMove={() => setActive(i)}
            onClick={() => pick(choice)}
          >
            <span className="palette-label">{choice.label}</span>
            <span className="picker-detail">{choice.detail}</span>
          </li>
        ))}
        {shown.length === 0 && <li className="palette-empty">Nothing matches “{query}”</li>}
      </ul>
    </Modal>
  );
}
