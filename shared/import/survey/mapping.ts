import { SURVEY_METRICS, type SurveyMetric } from '../../model/surveyEntities';
import type { Touchpoint } from '../../model/types';

/**
 * What each column of a survey file means. Long format (one row per answer) names the
 * touchpoint, metric and score in columns; wide format (one row per respondent, one column per
 * question) says in the mapping which touchpoint and metric each answer column is.
 */
export type ColumnRole =
  | { role: 'ignore' }
  | { role: 'touchpoint' }
  | { role: 'stage' }
  | { role: 'metric' }
  | { role: 'score' }
  | { role: 'respondent' }
  | { role: 'date' }
  /** Long format: about the row's touchpoint; wide format: about `cardId`. */
  | { role: 'comment'; cardId?: string }
  /** Wide format: the answers of one touchpoint to one metric. */
  | { role: 'answer'; cardId: string; metric: SurveyMetric };

export type SurveyFormat = 'long' | 'wide';

export interface SurveyMapping {
  format: SurveyFormat;
  /** One role per header, by column index. */
  columns: ColumnRole[];
}

const fold = (s: string) =>
  s
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/[_\-–—:|/()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A metric's name in a cell or header: "NPS", "csat", "CES 2.0", "Needs met", "need met". */
export function metricOfName(name: string): SurveyMetric | undefined {
  const key = fold(name).replace(/\s*2\.0$/, '');
  if (['nps', 'net promoter score', 'net promoter'].includes(key)) return 'nps';
  if (['csat', 'satisfaction', 'customer satisfaction'].includes(key)) return 'csat';
  if (['ces', 'effort', 'customer effort', 'customer effort score'].includes(key)) return 'ces';
  if (['needs met', 'need met', 'needsmet', 'needs'].includes(key)) return 'needsMet';
  return undefined;
}

const LONG_ROLES: Record<string, ColumnRole['role']> = {
  touchpoint: 'touchpoint',
  card: 'touchpoint',
  step: 'touchpoint',
  stage: 'stage',
  metric: 'metric',
  question: 'metric',
  score: 'score',
  answer: 'score',
  value: 'score',
  respondent: 'respondent',
  'respondent id': 'respondent',
  participant: 'respondent',
  name: 'respondent',
  comment: 'comment',
  comments: 'comment',
  verbatim: 'comment',
  date: 'date',
  'answered on': 'date',
};

/** A wide header naming a touchpoint and a metric: "Check in - CSAT", "NPS: Book a room". */
function answerOf(header: string, cards: readonly Touchpoint[]): ColumnRole | undefined {
  const key = fold(header);
  for (const card of cards) {
    const title = fold(card.title);
    if (!title || !key.includes(title)) continue;
    const rest = key.replace(title, ' ').trim();
    const metric = metricOfName(rest);
    if (metric) return { role: 'answer', cardId: card.id, metric };
    if (/^comments?$/.test(rest)) return { role: 'comment', cardId: card.id };
  }
  return undefined;
}

/**
 * A first guess from the header row: long format when it has Touchpoint, Metric and Score
 * columns; otherwise wide, each header matched to "<touchpoint> <metric>" where it can be.
 */
export function guessMapping(
  headers: readonly string[],
  cards: readonly Touchpoint[],
): SurveyMapping {
  const long = headers.map((h): ColumnRole => {
    const role = LONG_ROLES[fold(h)];
    return role && role !== 'comment'
      ? ({ role } as ColumnRole)
      : role
        ? { role: 'comment' }
        : { role: 'ignore' };
  });
  const has = (role: ColumnRole['role']) => long.some((c) => c.role === role);
  if (has('touchpoint') && has('metric') && has('score')) return { format: 'long', columns: long };
  const columns = headers.map((h, i): ColumnRole => {
    const own = long[i]!;
    if (own.role === 'respondent' || own.role === 'date') return own;
    return answerOf(h, cards) ?? { role: 'ignore' };
  });
  return { format: 'wide', columns };
}

/** The metric words, for messages and the mapping step's choices. */
export const METRIC_CHOICES = SURVEY_METRICS.map((m) => ({ value: m.value, word: m.word }));
