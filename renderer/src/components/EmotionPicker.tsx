import { handleRadioArrows } from './radioKeys';
import { EMOTION_LEVELS, EMOTION_MAX, EMOTION_MIN } from '../../../shared/model/scales';
import { EmotionFace } from './EmotionFace';
import { NotRatedChoice, type Rating } from './NotRatedChoice';

interface Props {
  /** null: not rated; 'mixed' when several cards are edited at once and their emotions differ. */
  value: Rating;
  onChange: (value: number | null) => void;
}

/** Five faces with their words, as one radio group (arrow keys move between them), then "Not rated". */
export function EmotionPicker({ value: rating, onChange }: Props) {
  const value = typeof rating === 'number' ? rating : null;
  return (
    <div className="rating-picker">
      <div className="scale-picker emotion-picker" role="radiogroup" aria-label="Emotion">
        {EMOTION_LEVELS.map((level, i) => (
          <button
            key={level.value}
            type="button"
            role="radio"
            aria-checked={value === level.value}
            tabIndex={value === level.value || (value === null && i === 0) ? 0 : -1}
            className={value === level.value ? 'choice chosen' : 'choice'}
            title={level.word}
            onClick={() => onChange(level.value)}
            onKeyDown={(e) => handleRadioArrows(e, value, EMOTION_MIN, EMOTION_MAX, onChange)}
            data-value={level.value}
          >
            <EmotionFace emotion={level.value} size={26} />
            <span className="choice-word">{level.word}</span>
          </button>
        ))}
      </div>
      <NotRatedChoice what="Emotion" rating={rating} onChange={onChange} />
    </div>
  );
}
