import { NOT_RATED } from '../../../shared/model/scales';

/** A rating as a picker shows it: a value, not rated (null), or cards that disagree. */
export type Rating = number | null | 'mixed';

/**
 * "Not rated" beside a scale: an emotion, effort or need met nobody has rated is unknown, not neutral,
 * and this is how a rating is taken back. A toggle button, so it says its state in words.
 */
export function NotRatedChoice({
  what,
  rating,
  onChange,
}: {
  what: 'Emotion' | 'Effort' | 'Need met';
  rating: Rating;
  onChange: (value: null) => void;
}) {
  const chosen = rating === null;
  return (
    <button
      type="button"
      className={chosen ? 'not-rated-choice chosen' : 'not-rated-choice'}
      aria-pressed={chosen}
      aria-label={`${what} not rated`}
      data-testid={`${what.toLowerCase().replace(' ', '-')}-not-rated`}
      onClick={() => onChange(null)}
    >
      {NOT_RATED}
    </button>
  );
}
