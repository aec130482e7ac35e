import { handleRadioArrows } from './radioKeys';
import { EFFORT_MAX, EFFORT_MIN, effortWord } from '../../../shared/model/scales';

interface Props {
  /** null when several cards are edited at once and their efforts differ. */
  value: number | null;
  onChange: (value: number) => void;
}

const VALUES = Array.from({ length: EFFORT_MAX - EFFORT_MIN + 1 }, (_, i) => EFFORT_MIN + i);

/** 1 = very low effort .. 7 = very high effort, with the word for the chosen value. */
export function EffortPicker({ value, onChange }: Props) {
  return (
    <div className="effort-picker">
      <div
        className="scale-picker"
        role="radiogroup"
        aria-label="Effort, 1 very low to 7 very high"
      >
        {VALUES.map((v) => (
          <button
            key={v}
            type="button"
            role="radio"
            aria-checked={value === v}
            aria-label={`${v}: ${effortWord(v)} effort`}
            tabIndex={value === v || (value === null && v === EFFORT_MIN) ? 0 : -1}
            className={value === v ? 'choice effort chosen' : 'choice effort'}
            data-value={v}
            onClick={() => onChange(v)}
            onKeyDown={(e) => handleRadioArrows(e, value, EFFORT_MIN, EFFORT_MAX, onChange)}
          >
            {v}
          </button>
        ))}
      </div>
      <div className="effort-legend">
        <span>Very low</span>
        <strong>{value === null ? 'Mixed' : `${effortWord(value)} effort`}</strong>
        <span>Very high</span>
      </div>
    </div>
  );
}
