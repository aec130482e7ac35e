import { memo } from 'react';
import { EFFORT_MAX, effortPhrase, effortWord } from '../../../shared/model/scales';

/**
 * Seven bars filled up to the effort, with the word: readable without colour. Read-only, and
 * light (a bar is a span and its class; map.css gives each its height): a card at rest draws its
 * effort with this, and only the selected card the seven controls that set it.
 */
export const EffortMeter = memo(function EffortMeter({
  effort,
  className,
}: {
  effort: number | null;
  /** Added to `effort-meter`, for a place that sizes the bars its own way. */
  className?: string;
}) {
  return (
    <span
      className={className ? `effort-meter ${className}` : 'effort-meter'}
      title={
        effort === null
          ? effortPhrase(effort)
          : `Effort ${effort} of ${EFFORT_MAX}: ${effortWord(effort)}`
      }
    >
      <span className="effort-bars" aria-hidden="true">
        {Array.from({ length: EFFORT_MAX }, (_, i) => (
          <span key={i} className={effort !== null && i < effort ? 'bar filled' : 'bar'} />
        ))}
      </span>
      <span className="effort-word">{effortPhrase(effort)}</span>
    </span>
  );
});
