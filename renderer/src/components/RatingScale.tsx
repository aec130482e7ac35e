import type { ReactNode } from 'react';
import { EFFORT_MAX, EFFORT_MIN, EMOTION_MAX, EMOTION_MIN } from '../../../shared/model/scales';
import { NotRatedChoice, type Rating } from './NotRatedChoice';
import { RadioScale, type ScaleChoice } from './RadioScale';

/** What the emotion and effort pickers take. */
export interface RatingPickerProps {
  /** null: not rated; 'mixed' when several cards are edited at once and their values differ. */
  value: Rating;
  onChange: (value: number | null) => void;
}

interface Props extends RatingPickerProps {
  what: 'Emotion' | 'Effort';
  /** The scale's accessible name, when it says more than `what`. */
  label?: string;
  className: string;
  scaleClassName: string;
  choice: (value: number, chosen: boolean) => ScaleChoice;
  /** Shown between the scale and "Not rated", e.g. a legend. */
  children?: ReactNode;
}

/** The whole numbers each rating runs through. */
const RANGES = { Emotion: [EMOTION_MIN, EMOTION_MAX], Effort: [EFFORT_MIN, EFFORT_MAX] } as const;

/** A rating as a scale of radio buttons, then "Not rated" (how a rating is taken back). */
export function RatingScale({
  what,
  value: rating,
  onChange,
  scaleClassName,
  choice,
  ...rest
}: Props) {
  const value = typeof rating === 'number' ? rating : null;
  const [min, max] = RANGES[what];
  return (
    <div className={rest.className}>
      <RadioScale
        label={rest.label ?? what}
        className={scaleClassName}
        min={min}
        max={max}
        value={value}
        onChange={onChange}
        choice={(v) => choice(v, value === v)}
      />
      {rest.children}
      <NotRatedChoice what={what} rating={rating} onChange={onChange} />
    </div>
  );
}
