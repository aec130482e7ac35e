import { useState, type KeyboardEvent } from 'react';

/**
 * The highlighted option of a combobox's list (the palette, the pickers): Up and Down move it,
 * round the ends, and Enter picks it.
 */
export function useActiveOption<T>(options: readonly T[], pick: (option: T | undefined) => void) {
  const [active, setActive] = useState(0);
  const at = Math.min(active, Math.max(0, options.length - 1));
  const onKeyDown = (e: KeyboardEvent) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[e.key];
    if (step !== undefined && options.length > 0) {
      e.preventDefault();
      setActive((at + step + options.length) % options.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(options[at]);
    }
  };
  return { at, setActive, onKeyDown };
}
