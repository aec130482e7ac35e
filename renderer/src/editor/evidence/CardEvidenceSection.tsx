import type { Touchpoint } from '../../../../shared/model/types';
import { CitesSection, EvidenceStrengthLine } from './CitesSection';
import { QuotesSection } from './QuotesSection';
import './evidence.css';

/** The inspector's research part of a card (touchpoint or note): strength, quotes, sources. */
export function CardEvidenceSection({ card }: { card: Touchpoint }) {
  return (
    <div className="card-evidence" data-testid="card-evidence">
      <EvidenceStrengthLine card={card} />
      <QuotesSection card={card} />
      <CitesSection card={card} />
    </div>
  );
}
