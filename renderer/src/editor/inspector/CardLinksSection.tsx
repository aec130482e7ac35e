import { useMemo } from 'react';
import {
  linkCandidates,
  linkedCards,
  linkingCards,
  rulesFrom,
  rulesTo,
} from '../../../../shared/model/cardLinks';
import { LANE_CARD_NOUNS } from '../../../../shared/model/laneKinds';
import { priorityOf, PRIORITY_FORMULA, priorityText } from '../../../../shared/model/priority';
import type { LaneKind, Touchpoint } from '../../../../shared/model/types';
import { useDocument, useDocumentStore } from '../documentContext';
import type { DocumentStore } from '../documentStore';
import { linkCards } from '../actions';
import { SelectField } from './fields';

const titleOf = (card: Touchpoint, kind: LaneKind) =>
  card.title.trim() || `Untitled ${LANE_CARD_NOUNS[kind].toLowerCase()}`;

/**
 * A pain point's and an opportunity's links, edited here: for each kind of link the card may
 * start, the cards it leads to (each with an unlink button) and a picker of the others; then,
 * read-only, the cards linking to this one. An opportunity also shows its priority and formula.
 */
export function CardLinksSection({ card, kind }: { card: Touchpoint; kind: LaneKind }) {
  const store = useDocumentStore();
  const outgoing = rulesFrom(kind);
  const incoming = rulesTo(kind);
  if (outgoing.length === 0 && incoming.length === 0) return null;
  return (
    <div className="card-links">
      {kind === 'opportunities' && <PriorityLine card={card} />}
      {outgoing.map((rule) => (
        <OutgoingLinks key={rule.meaning} card={card} rule={rule} store={store} />
      ))}
      {incoming.map((rule) => (
        <IncomingLinks key={rule.meaning} card={card} rule={rule} />
      ))}
    </div>
  );
}

function PriorityLine({ card }: { card: Touchpoint }) {
  const priority = priorityOf(card);
  return (
    <div className="field priority-line">
      <span className="field-label">Priority</span>
      <output className="priority-value" aria-label="Priority">
        {priority === null ? 'Not scored: set value and effort' : priorityText(priority)}
      </output>
      <span className="field-hint">{PRIORITY_FORMULA}</span>
    </div>
  );
}

type Rule = ReturnType<typeof rulesFrom>[number];

function OutgoingLinks({
  card,
  rule,
  store,
}: {
  card: Touchpoint;
  rule: Rule;
  store: DocumentStore;
}) {
  // The panel shows one card; working its lists out again after an edit is cheap.
  const doc = useDocument((s) => s.doc);
  const linked = useMemo(() => linkedCards(doc, card.id, rule.meaning), [doc, card.id, rule]);
  const candidates = useMemo(
    () =>
      linkCandidates(doc, card, rule.meaning).filter(
        (c) => !linked.some((l) => l.card.id === c.id),
      ),
    [doc, card, rule, linked],
  );
  const dispatch = store.getState().dispatch;
  return (
    <div className="field" role="group" aria-label={rule.label}>
      <span className="field-label">{rule.label}</span>
      {linked.length === 0 ? (
        <span className="field-hint">None yet.</span>
      ) : (
        <ul className="linked-cards">
          {linked.map(({ link, card: other }) => (
            <li key={link.id}>
              <span>{titleOf(other, rule.to)}</span>
              <button
                type="button"
                className="wl-icon-button"
                aria-label={`Unlink ${titleOf(other, rule.to)}`}
                title="Unlink"
                onClick={() => dispatch({ type: 'deleteRows', ids: { cardLinks: [link.id] } })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {candidates.length > 0 && (
        <SelectField
          label={`Link a ${LANE_CARD_NOUNS[rule.to].toLowerCase()}`}
          value=""
          options={[
            { value: '', label: 'Choose…' },
            ...candidates.map((c) => ({ value: c.id, label: titleOf(c, rule.to) })),
          ]}
          onChange={(id) => {
            if (id) linkCards(store, card.id, id);
          }}
        />
      )}
    </div>
  );
}

function IncomingLinks({ card, rule }: { card: Touchpoint; rule: Rule }) {
  const doc = useDocument((s) => s.doc);
  const linking = useMemo(() => linkingCards(doc, card.id, rule.meaning), [doc, card.id, rule]);
  if (linking.length === 0) return null;
  return (
    <div className="field" role="group" aria-label={rule.inverseLabel}>
      <span className="field-label">{rule.inverseLabel}</span>
      <ul className="linked-cards">
        {linking.map((other) => (
          <li key={other.id}>{titleOf(other, rule.from)}</li>
        ))}
      </ul>
    </div>
  );
}
