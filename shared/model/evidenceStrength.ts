import { sourceList } from './evidence';
import type { ProjectDoc, Touchpoint } from './types';

/**
 * How well a card is backed, from its sources and survey data. One rule, written once: the
 * inspector's hint, the card's tooltip, the filter and the README say it in these words.
 */

export const EVIDENCE_STRENGTHS = [
  { value: 'none', word: 'No evidence', marks: '○○○' },
  { value: 'oneSource', word: 'One source', marks: '●○○' },
  { value: 'severalSources', word: 'Several sources', marks: '●●○' },
  { value: 'surveyData', word: 'Backed by survey data', marks: '●●●' },
] as const;

export type EvidenceStrength = (typeof EVIDENCE_STRENGTHS)[number]['value'];

export const EVIDENCE_RULE =
  "A card's sources are the research sources it cites and those its quotes come from, each " +
  'counted once (quotes with no source named count as one source between them). No evidence: ' +
  'no source. One source: one. Several sources: two or more. Backed by survey data: a source ' +
  'of kind Survey among them, a rating set from survey data, or survey answers matched to the ' +
  'card, however many other sources it has.';

/** What the rule reads. */
export interface EvidenceFacts {
  /** Distinct sources the card draws on, as the rule counts them. */
  sources: number;
  /** A source of kind Survey among them. */
  surveySource: boolean;
  /** Ratings set from survey data and confirmed (the touchpoint's `fromData`). */
  ratingsFromData: number;
  /** Survey answers matched to the card by the survey import; absent or 0 when none. */
  surveyAnswers?: number;
}

export function evidenceStrength(facts: EvidenceFacts): EvidenceStrength {
  if (facts.surveySource || facts.ratingsFromData > 0 || (facts.surveyAnswers ?? 0) > 0) {
    return 'surveyData';
  }
  if (facts.sources >= 2) return 'severalSources';
  return facts.sources === 1 ? 'oneSource' : 'none';
}

export const strengthWord = (strength: EvidenceStrength): string =>
  EVIDENCE_STRENGTHS.find((s) => s.value === strength)?.word ?? '';

export const strengthMarks = (strength: EvidenceStrength): string =>
  EVIDENCE_STRENGTHS.find((s) => s.value === strength)?.marks ?? '';

/** A card's evidence as the card face and the inspector show it. */
export interface CardEvidence {
  quotes: number;
  /** Distinct sources, as the rule counts them. */
  sources: number;
  strength: EvidenceStrength;
}

/** The quotes and sources of every card that has any, counted in one pass over the project. */
interface Tally {
  quotes: number;
  sourceIds: Set<string>;
  unnamed: boolean;
  survey: boolean;
}

let cached: { key: readonly unknown[]; tallies: Map<string, Tally> } | undefined;

function talliesOf(doc: ProjectDoc): Map<string, Tally> {
  // Edits replace only the tables they change, so the same tables give the same tallies.
  const key = [doc.quotes, doc.citations, doc.sources];
  if (cached && cached.key.every((k, i) => k === key[i])) return cached.tallies;
  const survey = new Set(sourceList(doc).flatMap((s) => (s.kind === 'survey' ? [s.id] : [])));
  const tallies = new Map<string, Tally>();
  const tallyOf = (cardId: string) => {
    let tally = tallies.get(cardId);
    if (!tally) {
      tally = { quotes: 0, sourceIds: new Set(), unnamed: false, survey: false };
      tallies.set(cardId, tally);
    }
    return tally;
  };
  const draw = (tally: Tally, sourceId: string) => {
    tally.sourceIds.add(sourceId);
    if (survey.has(sourceId)) tally.survey = true;
  };
  for (const quote of Object.values(doc.quotes)) {
    const tally = tallyOf(quote.cardId);
    tally.quotes++;
    if (quote.sourceId === null) tally.unnamed = true;
    else draw(tally, quote.sourceId);
  }
  for (const citation of Object.values(doc.citations))
    draw(tallyOf(citation.cardId), citation.sourceId);
  cached = { key, tallies };
  return tallies;
}

const answerCounts = new WeakMap<ProjectDoc['surveyAnswers'], Map<string, number>>();

/**
 * Survey answers matched to a card: each answers row packs one character per answer
 * (surveyEntities.ts). Counted once per answers table, which almost no edit replaces.
 */
export function surveyAnswersOf(doc: ProjectDoc, cardId: string): number {
  let counts = answerCounts.get(doc.surveyAnswers);
  if (!counts) {
    counts = new Map();
    for (const row of Object.values(doc.surveyAnswers))
      counts.set(row.cardId, (counts.get(row.cardId) ?? 0) + row.scores.length);
    answerCounts.set(doc.surveyAnswers, counts);
  }
  return counts.get(cardId) ?? 0;
}

/** A card's quotes, sources and evidence strength; `surveyAnswers` overrides the project's count. */
export function cardEvidence(
  doc: ProjectDoc,
  card: Touchpoint,
  surveyAnswers: number = surveyAnswersOf(doc, card.id),
): CardEvidence {
  const tally = talliesOf(doc).get(card.id);
  const sources = tally ? tally.sourceIds.size + (tally.unnamed ? 1 : 0) : 0;
  const strength = evidenceStrength({
    sources,
    surveySource: tally?.survey ?? false,
    ratingsFromData: card.fromData.length,
    surveyAnswers,
  });
  return { quotes: tally?.quotes ?? 0, sources, strength };
}

/** "2 quotes · Several sources": a card's evidence in a few words (tooltips, the table). */
export function evidenceSummary(evidence: CardEvidence): string {
  const quotes =
    evidence.quotes === 0 ? '' : `${evidence.quotes} quote${evidence.quotes === 1 ? '' : 's'} · `;
  return `${quotes}${strengthWord(evidence.strength)}`;
}
