import { memo } from 'react';
import { getEntity } from '../../../shared/model/doc';
import {
  cardEvidence,
  EVIDENCE_RULE,
  strengthMarks,
  type EvidenceStrength,
  strengthWord,
} from '../../../shared/model/evidenceStrength';
import { useDocument } from '../editor/documentContext';
import './cardEvidenceBadges.css';

/**
 * A card's quote count (❝ 2) and evidence strength (●●○, its word in the tooltip and for
 * screen readers), on the canvas and presentation cards. Each reads two numbers from the
 * project's evidence tallies (worked out once per edit of quotes, citations or sources), so a
 * card re-renders only when its own evidence changes.
 */
export const CardEvidenceBadges = memo(function CardEvidenceBadges({
  cardId,
  className,
  hideNone = false,
}: {
  cardId: string;
  className: string;
  /** Leave the badges out while the card has no evidence at all (a note keeps its room). */
  hideNone?: boolean;
}) {
  // One subscription per card, its answer a string (equal answers re-render nothing): every
  // change of the store runs each card's selector, a keystroke's save three or four times.
  const [count, strength] = useDocument((s) => {
    const card = getEntity(s.doc, 'touchpoints', cardId);
    const evidence = card ? cardEvidence(s.doc, card) : null;
    return `${evidence?.quotes ?? 0} ${evidence?.strength ?? 'none'}`;
  }).split(' ') as [string, EvidenceStrength];
  const quotes = Number(count);
  if (hideNone && quotes === 0 && strength === 'none') return null;
  const word = strengthWord(strength);
  return (
    <span className={`evidence-badges ${className}`} data-testid="evidence-badges">
      {quotes > 0 && (
        <span
          className="badge badge-quotes"
          data-testid="quote-badge"
          role="img"
          title={`${quotes} quote${quotes === 1 ? '' : 's'}`}
          aria-label={`${quotes} quote${quotes === 1 ? '' : 's'}`}
        >
          <span aria-hidden="true">❝ {quotes}</span>
        </span>
      )}
      <span
        className={`badge badge-evidence evidence-${strength}`}
        data-strength={strength}
        role="img"
        title={`Evidence: ${word}. ${EVIDENCE_RULE}`}
        aria-label={`Evidence: ${word}`}
      >
        <span aria-hidden="true">{strengthMarks(strength)}</span>
      </span>
    </span>
  );
});
