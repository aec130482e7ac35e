import { memo } from 'react';
import { EFFORT_MAX, effortPhrase, effortWord } from '../../../shared/model/scales';

/** Seven bars filled up to the effort, with the word: readable without colour. */
export const EffortMeter = memo(function EffortMeter({ effort }: { effort: number | null }) {
  return (
    <span
      className="effort-meter"
      title={
        effort === null
          ? effortPhrase(effort)
          : `Effort ${effort} of ${EFFORT_MAX}: ${effortWord(effort)}`
      }
    >
      <span className="effort-bars" aria-hidden="true">
        {Array.from({ length: EFFORT_MAX }, (_, i) => (
          <span
            key={i}
            className={effort !== null && i < effort ? 'bar filled' : 'bar'}
            style={{ height: 4 + i * 1.5 }}
          />
        ))}
      </span>
      <span className="effort-word">{effortPhrase(effort)}</span>
    </span>
  );
});
