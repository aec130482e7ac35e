import { useMemo, useState } from 'react';
import { quoteBylineParts, quotesOf } from '../../../../shared/model/evidence';
import { Byline } from '../../components/Byline';
import { LIMITS } from '../../../../shared/model/fields';
import type { Quote, Source, Touchpoint } from '../../../../shared/model/types';
import { useDocument, useDocumentStore } from '../documentContext';
import type { DocumentStore } from '../documentStore';
import { TextAreaField, TextField } from '../inspector/fields';
import { DateField } from '../inspector/ScoreFields';
import {
  addQuote,
  createSource,
  deleteQuote,
  moveQuoteBy,
  quoteFromNewSource,
  type QuoteDraft,
  updateQuote,
} from './evidenceActions';
import { SourceSelect } from './SourceSelect';
import { useSources } from './useSources';

const WHO_HINT = 'A participant ("P7") or a segment ("Frequent travellers").';
const DATE_SPEC = { label: 'Date', control: 'date' } as const;

/**
 * A card's verbatim quotes: each with who said it, its source and date, edited in place,
 * moved up or down and deleted; "Add quote" below. Each change is one undo step.
 */
export function QuotesSection({ card }: { card: Touchpoint }) {
  const store = useDocumentStore();
  const all = useDocument((s) => s.doc.quotes);
  const quotes = useMemo(() => quotesOf({ quotes: all }, card.id), [all, card.id]);
  const sources = useSources();
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  return (
    <section className="evidence-block" aria-labelledby={`quotes-${card.id}`}>
      <h3 className="evidence-heading field-label" id={`quotes-${card.id}`}>
        Quotes {quotes.length > 0 && <span className="evidence-count">{quotes.length}</span>}
      </h3>
      {quotes.length === 0 && !adding && (
        <p className="field-hint">What customers said about this moment, word for word.</p>
      )}
      {quotes.length > 0 && (
        <ol className="quote-list">
          {quotes.map((quote, i) => (
            <li key={quote.id} className="quote-item" data-quote-id={quote.id}>
              <QuoteView
                quote={quote}
                number={i + 1}
                count={quotes.length}
                editing={editing === quote.id}
                onEdit={() => setEditing(editing === quote.id ? null : quote.id)}
                store={store}
              />
              {editing === quote.id && (
                <QuoteEditor quote={quote} sources={sources} onDone={() => setEditing(null)} />
              )}
            </li>
          ))}
        </ol>
      )}
      {adding ? (
        <NewQuoteForm card={card} sources={sources} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" className="secondary-button" onClick={() => setAdding(true)}>
          + Add quote
        </button>
      )}
    </section>
  );
}

function QuoteView(props: {
  quote: Quote;
  number: number;
  count: number;
  editing: boolean;
  onEdit(): void;
  store: DocumentStore;
}) {
  const { quote, number, store } = props;
  const sources = useDocument((s) => s.doc.sources);
  const byline = quoteBylineParts({ sources }, quote);
  return (
    <>
      <blockquote className="quote-text">“{quote.text}”</blockquote>
      <Byline parts={byline} className="quote-byline" />
      <div className="quote-actions">
        <button
          type="button"
          className="toolbar-text-button"
          aria-expanded={props.editing}
          aria-label={`${props.editing ? 'Close' : 'Edit'} quote ${number}`}
          onClick={props.onEdit}
        >
          {props.editing ? 'Close' : 'Edit'}
        </button>
        {[
          {
            what: 'Move up',
            icon: '↑',
            off: number === 1,
            act: () => moveQuoteBy(store, quote, -1),
          },
          {
            what: 'Move down',
            icon: '↓',
            off: number === props.count,
            act: () => moveQuoteBy(store, quote, 1),
          },
          { what: 'Delete', icon: '×', off: false, act: () => deleteQuote(store, quote.id) },
        ].map(({ what, icon, off, act }) => (
          <button
            key={what}
            type="button"
            className="wl-icon-button"
            // "Move quote 2 up", "Delete quote 2".
            aria-label={what.replace(/^(\w+)/, `$1 quote ${number}`)}
            title={what}
            disabled={off}
            onClick={act}
          >
            {icon}
          </button>
        ))}
      </div>
    </>
  );
}

/** An existing quote's fields, each saved as it changes (words only while there are some). */
function QuoteEditor({
  quote,
  sources,
  onDone,
}: {
  quote: Quote;
  sources: readonly Source[];
  onDone(): void;
}) {
  const store = useDocumentStore();
  const [words, setWords] = useState(quote.text);
  const id = quote.id;
  return (
    <div className="quote-form" role="group" aria-label="Edit quote">
      <TextAreaField
        label="Words"
        rows={3}
        maxLength={LIMITS.text}
        value={words}
        hint={words.trim() === '' ? 'Not saved: a quote needs its words.' : undefined}
        onChange={(v) => {
          setWords(v);
          if (v.trim() !== '') updateQuote(store, id, { text: v }, true);
        }}
      />
      <TextField
        label="Who said it"
        hint={WHO_HINT}
        maxLength={LIMITS.name}
        value={quote.who}
        onChange={(v) => updateQuote(store, id, { who: v }, true)}
      />
      <SourceSelect
        label="Source"
        value={quote.sourceId}
        sources={sources}
        empty="No source"
        onChange={(sourceId) => updateQuote(store, id, { sourceId })}
        onCreate={(draft) => quoteFromNewSource(store, id, draft)}
      />
      <DateField
        spec={DATE_SPEC}
        value={quote.date}
        onChange={(date) => updateQuote(store, id, { date })}
      />
      <button type="button" className="secondary-button" onClick={onDone}>
        Done
      </button>
    </div>
  );
}

const EMPTY_DRAFT: QuoteDraft = { text: '', who: '', sourceId: null, date: '' };

/** A new quote, added in one step by "Add quote" once it has its words. */
function NewQuoteForm({
  card,
  sources,
  onDone,
}: {
  card: Touchpoint;
  sources: readonly Source[];
  onDone(): void;
}) {
  const store = useDocumentStore();
  const [draft, setDraft] = useState<QuoteDraft>(EMPTY_DRAFT);
  const set = (patch: Partial<QuoteDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const ready = draft.text.trim() !== '';
  return (
    <div className="quote-form" role="group" aria-label="New quote">
      <TextAreaField
        label="Words"
        rows={3}
        maxLength={LIMITS.text}
        placeholder="What they said, word for word"
        value={draft.text}
        onChange={(text) => set({ text })}
      />
      <TextField
        label="Who said it"
        hint={WHO_HINT}
        maxLength={LIMITS.name}
        value={draft.who}
        onChange={(who) => set({ who })}
      />
      <SourceSelect
        label="Source"
        value={draft.sourceId}
        sources={sources}
        empty="No source"
        onChange={(sourceId) => set({ sourceId })}
        onCreate={(source) => set({ sourceId: createSource(store, source) })}
      />
      <DateField spec={DATE_SPEC} value={draft.date} onChange={(date) => set({ date })} />
      <div className="evidence-buttons">
        <button
          type="button"
          className="primary-button"
          disabled={!ready}
          onClick={() => {
            addQuote(store, card, draft);
            onDone();
          }}
        >
          Add quote
        </button>
        <button type="button" className="toolbar-text-button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </div>
  );
}
