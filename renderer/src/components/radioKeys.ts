import type { KeyboardEvent } from 'react';

/**
 * Arrow keys in a radio group: picks the neighbouring value within [min, max] and moves
 * focus to its button, as native radio groups do.
 */
export function handleRadioArrows(
  e: KeyboardEvent<HTMLElement>,
  value: number | null,
  min: number,
  max: number,
  onChange: (value: number) => void,
): void {
  const forward = e.key === 'ArrowRight' || e.key === 'ArrowUp';
  const back = e.key === 'ArrowLeft' || e.key === 'ArrowDown';
  if (!forward && !back) return;
  e.preventDefault();
  // With no value chosen yet (cards that disagree), the arrows start from an end.
  const next =
    value === null
      ? forward
        ? min
        : max
      : Math.max(min, Math.min(max, value + (forward ? 1 : -1)));
  onChange(next);
  const button = e.currentTarget.parentElement?.querySelector<HTMLElement>(
    `[data-value="${next}"]`,
  );
  button?.focus();
}
