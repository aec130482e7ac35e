import { handleRadioArrows } from './radioKeys';
import { EFFORT_MAX, EFFORT_MIN, effortPhrase, effortWord } from '../../../shared/model/scales';
import { NotRatedChoice, type Rating } from './NotRatedChoice';

interface Props {
  /** null: not rated; 'mixed' when several cards are edited at once and their efforts differ. */
  value: Rating;
  onChange: (value: number | null) => void;
}

const VALUES = Array.from({ length: EFFORT_MAX - EFFORT_MIN + 1 }, (_, i) => EFFORT_MIN + i);

/** 1 = very low effort .. 7 = very high effort, with the word for the chosen value. */
export function EffortPicker({ value: rating, onChange }: Props) {
  const value = typeof rating === 'number' ? rating : null;
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
        <strong>{rating === 'mixed' ? 'Mixed' : effortPhrase(value)}</strong>
        <span>Very high</span>
      </div>
      <NotRatedChoice what="Effort" rating={rating} onChange={onChange} />
    </div>
  );
}
