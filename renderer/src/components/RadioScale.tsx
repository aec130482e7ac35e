import type { ReactNode } from 'react';
import { handleRadioArrows } from './radioKeys';

/** How one choice of a scale looks: its class, its name and tooltip if any, what it shows. */
export interface ScaleChoice {
  className: string;
  label?: string;
  title?: string;
  content: ReactNode;
}

interface Props {
  /** The group's accessible name. */
  label: string;
  className: string;
  min: number;
  max: number;
  /** The chosen whole number, or null when none is (not rated, or cards that disagree). */
  value: number | null;
  onChange: (value: number) => void;
  choice: (value: number) => ScaleChoice;
}

/**
 * One radio button for each whole number from min to max, as one radio group: one tab stop
 * (the chosen button, else the first), arrow keys move the choice and the focus.
 */
export function RadioScale({ label, className, min, max, value, onChange, choice }: Props) {
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <div className={className} role="radiogroup" aria-label={label}>
      {values.map((v) => {
        const c = choice(v);
        return (
          <button
            key={v}
            type="button"
            role="radio"
            aria-checked={value === v}
            aria-label={c.label}
            title={c.title}
            tabIndex={value === v || (value === null && v === min) ? 0 : -1}
            className={c.className}
            data-value={v}
            onClick={() => onChange(v)}
            onKeyDown={(e) => handleRadioArrows(e, value, min, max, onChange)}
          >
            {c.content}
          </button>
        );
      })}
    </div>
  );
}
