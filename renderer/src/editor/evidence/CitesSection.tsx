import { useMemo } from 'react';
import { citationsOf } from '../../../../shared/model/evidence';
import {
  cardEvidence,
  EVIDENCE_RULE,
  evidenceSummary,
  strengthMarks,
} from '../../../../shared/model/evidenceStrength';
import type { Touchpoint } from '../../../../shared/model/types';
import { useDocument, useDocumentStore } from '../documentContext';
import { citeSource, uncite } from './evidenceActions';
import { SourceSelect, sourceLabel } from './SourceSelect';
import { useSources } from './useSources';

/** The card's evidence strength, with the rule it follows one click away. */
export function EvidenceStrengthLine({ card }: { card: Touchpoint }) {
  const doc = useDocument((s) => s.doc);
  const evidence = cardEvidence(doc, card);
  return (
    <div className="field evidence-strength" data-strength={evidence.strength}>
      <span className="field-label">Evidence</span>
      <output aria-label="Evidence strength">
        <span className="evidence-marks" aria-hidden="true">
          {strengthMarks(evidence.strength)}
        </span>{' '}
        {evidenceSummary(evidence)}
        {evidence.sources > 0 &&
          ` (${evidence.sources} source${evidence.sources === 1 ? '' : 's'})`}
      </output>
      <details className="evidence-rule">
        <summary>How is this worked out?</summary>
        <p>{EVIDENCE_RULE}</p>
      </details>
    </div>
  );
}

/** The research sources this card draws on: each with an unlink button, and a picker. */
export function CitesSection({ card }: { card: Touchpoint }) {
  const store = useDocumentStore();
  const sources = useSources();
  const citationRows = useDocument((s) => s.doc.citations);
  const sourceRows = useDocument((s) => s.doc.sources);
  const citations = useMemo(
    () => citationsOf({ citations: citationRows, sources: sourceRows }, card.id),
    [citationRows, sourceRows, card.id],
  );
  const cited = new Set(citations.map((c) => c.sourceId));
  return (
    <section className="evidence-block" aria-labelledby={`cites-${card.id}`}>
      <h3 className="evidence-heading field-label" id={`cites-${card.id}`}>
        Cites
      </h3>
      {citations.length === 0 ? (
        <p className="field-hint">The research sources this card draws on.</p>
      ) : (
        <ul className="linked-cards cited-sources">
          {citations.map((c) => {
            const source = sourceRows[c.sourceId];
            const label = source ? sourceLabel(source) : 'Unknown source';
            return (
              <li key={c.id}>
                <span>{label}</span>
                <button
                  type="button"
                  className="wl-icon-button"
                  aria-label={`Stop citing ${label}`}
                  title="Stop citing"
                  onClick={() => uncite(store, c.id)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <SourceSelect
        label="Cite a source"
        value={null}
        sources={sources.filter((s) => !cited.has(s.id))}
        empty="Choose…"
        onChange={(id) => {
          if (id) citeSource(store, card, { id });
        }}
        onCreate={(draft) => citeSource(store, card, draft)}
      />
    </section>
  );
}
