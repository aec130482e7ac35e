import { byOrderKey, getEntity } from './doc';
import type { Citation, ProjectDoc, Quote, Source, Touchpoint } from './types';

/**
 * Questions asked of a project's research: a card's quotes and citations, the sources in the
 * project's order, and what a source backs (what deleting it would change).
 */

/** A card's quotes in their order. */
export function quotesOf(doc: Pick<ProjectDoc, 'quotes'>, cardId: string): Quote[] {
  return Object.values(doc.quotes)
    .filter((q) => q.cardId === cardId)
    .sort(byOrderKey);
}

/** A card's citations, in the project's order of the sources they cite. */
export function citationsOf(
  doc: Pick<ProjectDoc, 'citations' | 'sources'>,
  cardId: string,
): Citation[] {
  const rank = new Map(sourceList(doc).map((s, i) => [s.id, i]));
  return Object.values(doc.citations)
    .filter((c) => c.cardId === cardId)
    .sort((a, b) => (rank.get(a.sourceId) ?? 0) - (rank.get(b.sourceId) ?? 0));
}

/** The project's research sources, in their order. */
export function sourceList(doc: Pick<ProjectDoc, 'sources'>): Source[] {
  return Object.values(doc.sources).sort(byOrderKey);
}

/** What a source backs: the quotes that name it, the citations of it and the cards of both. */
export interface SourceUse {
  quotes: Quote[];
  citations: Citation[];
  /** Cards that cite it or quote it, each once, in no particular order. */
  cards: Touchpoint[];
}

export function sourceUse(doc: ProjectDoc, sourceId: string): SourceUse {
  const quotes = Object.values(doc.quotes).filter((q) => q.sourceId === sourceId);
  const citations = Object.values(doc.citations).filter((c) => c.sourceId === sourceId);
  const cardIds = new Set([...quotes, ...citations].map((r) => r.cardId));
  const cards = [...cardIds].flatMap((id) => getEntity(doc, 'touchpoints', id) ?? []);
  return { quotes, citations, cards };
}

/**
 * What deleting a source does, in words: its citations go, its quotes stay without a source.
 * Empty when nothing uses it.
 */
export function sourceDeletionNote(use: SourceUse): string {
  const parts: string[] = [];
  if (use.citations.length > 0) {
    parts.push(
      `${use.citations.length === 1 ? '1 citation' : `${use.citations.length} citations`} will be removed`,
    );
  }
  if (use.quotes.length > 0) {
    parts.push(
      `${use.quotes.length === 1 ? '1 quote keeps its words but loses' : `${use.quotes.length} quotes keep their words but lose`} this source`,
    );
  }
  return parts.length === 0 ? '' : `${parts.join('; ')}. Undo brings it all back.`;
}

/** Who said a quote, its source's name and its day: the parts that are known, in that order. */
export function quoteBylineParts(doc: Pick<ProjectDoc, 'sources'>, quote: Quote): string[] {
  const source = quote.sourceId ? doc.sources[quote.sourceId] : undefined;
  return [quote.who.trim(), source?.name.trim() ?? '', quote.date].filter(Boolean);
}

/** "P7 · Guest interviews · 2026-03-02": who said it, where and when, the parts there are. */
export const quoteByline = (doc: Pick<ProjectDoc, 'sources'>, quote: Quote): string =>
  quoteBylineParts(doc, quote).join(' · ');

/** The sources a card cites or quotes, each once, in the project's order. */
export function cardSources(doc: ProjectDoc, cardId: string): Source[] {
  const named = new Set<string>();
  for (const q of Object.values(doc.quotes))
    if (q.cardId === cardId && q.sourceId) named.add(q.sourceId);
  for (const c of Object.values(doc.citations)) if (c.cardId === cardId) named.add(c.sourceId);
  return sourceList(doc).filter((s) => named.has(s.id));
}
