import { NEEDS_MET_ORDER, NEEDS_MET_MARKS, needsMetWord } from '../../../shared/model/needsMet';
import type { NeedsMet } from '../../../shared/model/cxLayerFields';
import { NotRatedChoice } from './NotRatedChoice';
import { RadioScale } from './RadioScale';

/**
 * Whether the moment meets the customer's need, as one radio group of three (not met, partly,
 * met: worst to best, as the emotion scale runs), each a mark and a word, then "Not rated".
 * `mixed` when several cards are edited at once and they disagree.
 */
export function NeedsMetPicker({
  value,
  onChange,
}: {
  value: NeedsMet | null | 'mixed';
  onChange: (value: NeedsMet | null) => void;
}) {
  const index = value === null || value === 'mixed' ? -1 : NEEDS_MET_ORDER.indexOf(value);
  return (
    <div className="rating-picker">
      <RadioScale
        label="Need met"
        className="scale-picker needs-picker"
        min={0}
        max={NEEDS_MET_ORDER.length - 1}
        value={index >= 0 ? index : null}
        onChange={(i) => onChange(NEEDS_MET_ORDER[i]!)}
        choice={(i) => {
          const level = NEEDS_MET_ORDER[i]!;
          return {
            className: i === index ? 'choice chosen' : 'choice',
            content: (
              <>
                <span className={`needs-mark needs-${level}`} aria-hidden="true">
                  {NEEDS_MET_MARKS[level]}
                </span>
                <span className="choice-word">{needsMetWord(level)}</span>
              </>
            ),
          };
        }}
      />
      <NotRatedChoice
        what="Need met"
        rating={value === null ? null : 'mixed'}
        onChange={() => onChange(null)}
      />
    </div>
  );
}
