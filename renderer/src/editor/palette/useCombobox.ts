import { useId, useMemo, useState, type ChangeEvent, type KeyboardEvent } from 'react';

/**
 * A search field over a list (the palette, the pickers): what is typed narrows the list, Up
 * and Down move the highlighted option round the ends, Enter picks it. `filter` must keep its
 * identity between renders (module level, or useCallback).
 */
export function useCombobox<T>(
  filter: (query: string) => readonly T[],
  pick: (option: T | undefined) => void,
) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const shown = useMemo(() => filter(query), [filter, query]);
  const at = Math.min(active, Math.max(0, shown.length - 1));
  const optionId = (i: number) => `${listId}-${i}`;
  const onKeyDown = (e: KeyboardEvent) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[e.key];
    if (step !== undefined && shown.length > 0) {
      e.preventDefault();
      setActive((at + step + shown.length) % shown.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(shown[at]);
    }
  };
  /** The field's props, but its name and placeholder. */
  const inputProps = {
    className: 'palette-input',
    autoFocus: true,
    role: 'combobox',
    'aria-expanded': true,
    'aria-controls': listId,
    'aria-activedescendant': shown.length > 0 ? optionId(at) : undefined,
    value: query,
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      setQuery(e.target.value);
      setActive(0);
    },
    onKeyDown,
  };
  return { query, shown, at, setActive, listId, optionId, inputProps };
}
