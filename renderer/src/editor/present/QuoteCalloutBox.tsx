import type { QuoteCallout } from '../../../../shared/present/quoteCallout';
import { Byline } from '../../components/Byline';
import './quoteCallout.css';

/** The step's quote, beside the framed stage: the words, who said them, and on which card. */
export function QuoteCalloutBox({ callout }: { callout: QuoteCallout | null }) {
  if (!callout) return null;
  return (
    <figure
      className="present-quote"
      data-testid="present-quote"
      data-quote-id={callout.quoteId}
      aria-label={`Quote on ${callout.cardTitle}`}
    >
      <blockquote>“{callout.text}”</blockquote>
      <figcaption>
        <Byline parts={callout.byline} className="present-quote-by" />
        <span className="present-quote-card">On: {callout.cardTitle}</span>
      </figcaption>
    </figure>
  );
}
