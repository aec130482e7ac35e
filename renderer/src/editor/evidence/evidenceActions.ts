import { getEntity } from '../../../../shared/model/doc';
import { quotesOf, sourceList } from '../../../../shared/model/evidence';
import { newId } from '../../../../shared/model/ids';
import type { Quote, Source, Touchpoint } from '../../../../shared/model/types';
import { orderKeysAt, shiftedIndex } from '../../../../shared/ops/position';
import type { SingleOp } from '../../../../shared/ops/schema';
import type { DocumentStore } from '../documentStore';

/** Edits of quotes, citations and sources; each is one op, so one undo step. */

export type SourceKind = Source['kind'];

/** What a new source starts with; the rest is edited in the sources panel. */
export interface SourceDraft {
  name: string;
  kind: SourceKind;
}

/** A new source row at the end of the project's list. */
export function makeSource(store: DocumentStore, draft: SourceDraft): Source {
  const sources = sourceList(store.getState().doc);
  return {
    id: newId(),
    name: draft.name.trim(),
    kind: draft.kind,
    date: '',
    note: '',
    orderKey: orderKeysAt(sources, sources.length, 1)[0] as string,
  };
}

/** Adds a source to the project; its id, or null when the edit was refused. */
export function createSource(store: DocumentStore, draft: SourceDraft): string | null {
  const source = makeSource(store, draft);
  store.getState().dispatch({ type: 'insertRows', rows: { sources: [source] } });
  return getEntity(store.getState().doc, 'sources', source.id) ? source.id : null;
}

export type QuoteDraft = Pick<Quote, 'text' | 'who' | 'sourceId' | 'date'>;

/**
 * A quote at the end of the card's quotes, with a source made for it in the same step when
 * `newSource` is given (then the quote names it).
 */
export function addQuote(
  store: DocumentStore,
  card: Touchpoint,
  draft: QuoteDraft,
  newSource?: SourceDraft,
): void {
  const quotes = quotesOf(store.getState().doc, card.id);
  const source = newSource ? makeSource(store, newSource) : undefined;
  const quote: Quote = {
    id: newId(),
    journeyId: card.journeyId,
    cardId: card.id,
    text: draft.text.trim(),
    who: draft.who.trim(),
    sourceId: source ? source.id : draft.sourceId,
    date: draft.date,
    orderKey: orderKeysAt(quotes, quotes.length, 1)[0] as string,
  };
  store.getState().dispatch({
    type: 'insertRows',
    rows: source ? { sources: [source], quotes: [quote] } : { quotes: [quote] },
  });
}

type QuotePatch = Extract<SingleOp, { type: 'updateQuote' }>['patch'];

/** A typing burst in one field of one quote is one undo step. */
export function updateQuote(store: DocumentStore, id: string, patch: QuotePatch, typing = false) {
  const field = Object.keys(patch)[0] ?? '';
  store
    .getState()
    .dispatch(
      { type: 'updateQuote', id, patch },
      typing ? { mergeKey: `quote-${field}:${id}` } : undefined,
    );
}

/** Makes a source and names it as the quote's, in one step. */
export function quoteFromNewSource(store: DocumentStore, quoteId: string, draft: SourceDraft) {
  const source = makeSource(store, draft);
  store.getState().dispatch({
    type: 'batch',
    ops: [
      { type: 'insertRows', rows: { sources: [source] } },
      { type: 'updateQuote', id: quoteId, patch: { sourceId: source.id } },
    ],
  });
}

export function moveQuoteBy(store: DocumentStore, quote: Quote, delta: number): void {
  const ids = quotesOf(store.getState().doc, quote.cardId).map((q) => q.id);
  const index = shiftedIndex(ids, quote.id, delta);
  if (index !== null) store.getState().dispatch({ type: 'moveQuote', id: quote.id, at: { index } });
}

export function deleteQuote(store: DocumentStore, id: string): void {
  store.getState().dispatch({ type: 'deleteRows', ids: { quotes: [id] } });
}

/** The card cites a source (an existing one, or one made in the same step). */
export function citeSource(
  store: DocumentStore,
  card: Touchpoint,
  source: { id: string } | SourceDraft,
): void {
  const made = 'id' in source ? undefined : makeSource(store, source);
  const sourceId = made ? made.id : (source as { id: string }).id;
  const citation = { id: newId(), journeyId: card.journeyId, cardId: card.id, sourceId };
  store.getState().dispatch({
    type: 'insertRows',
    rows: made ? { sources: [made], citations: [citation] } : { citations: [citation] },
  });
}

export function uncite(store: DocumentStore, citationId: string): void {
  store.getState().dispatch({ type: 'deleteRows', ids: { citations: [citationId] } });
}

export function deleteSource(store: DocumentStore, id: string): void {
  if (getEntity(store.getState().doc, 'sources', id)) {
    store.getState().dispatch({ type: 'deleteRows', ids: { sources: [id] } });
  }
}
