import { z } from 'zod';
import { cardOfJourney, id, ofJourney } from './baseFields';
import { entity, field } from './entityKit';
import { idSchema, LIMITS } from './fields';

/**
 * Survey answers as evidence: one import of a spreadsheet, its answers and the comments it
 * turned into quotes. Answers are stored compactly, one row per import, card and metric with the
 * scores as one list, so 100,000 answers are a few hundred rows in the document (opening a
 * project and every edit stay quick) and removing an import, or the card, takes them along.
 */

/**
 * The metrics a survey answers, with the range a stored score has. "Needs met" is stored coded
 * 0 = not met, 1 = partly, 2 = met (a 1-5 answer is coded when imported: 1-2, 3, 4-5).
 */
export const SURVEY_METRICS = [
  { value: 'nps', word: 'NPS', min: 0, max: 10, scale: '0–10' },
  { value: 'csat', word: 'CSAT', min: 1, max: 5, scale: '1–5' },
  { value: 'ces', word: 'CES', min: 1, max: 7, scale: '1–7, 7 = easiest' },
  { value: 'needsMet', word: 'Needs met', min: 0, max: 2, scale: 'yes / partly / no, or 1–5' },
] as const;

export type SurveyMetric = (typeof SURVEY_METRICS)[number]['value'];
export const surveyMetricSchema = z.enum(['nps', 'csat', 'ces', 'needsMet']);

export const metricInfo = (metric: SurveyMetric) => SURVEY_METRICS.find((m) => m.value === metric)!;

/** Answers in one row: one card's answers to one metric can be all of a large survey. */
export const MAX_ANSWERS_PER_ROW = 1_000_000;

export const SURVEY_IMPORT = entity('surveyImports', 'survey import', {
  id,
  journeyId: ofJourney,
  /** The file it came from: how the list of imports names it. */
  name: field(z.string().min(1).max(LIMITS.name)),
  /** When it was imported (ISO 8601). */
  importedAt: field(z.string().max(64)),
  /** Spreadsheet rows it read (a wide file's row holds several answers). */
  rowCount: field(z.number().int().min(0)),
  /** Answers it added. */
  answerCount: field(z.number().int().min(0)),
  /** The research source (kind survey) its comments quote. */
  sourceId: field(idSchema.nullable(), {
    default: null,
    ref: { table: 'sources', onDelete: 'setNull', noun: 'research source' },
  }),
});

const answeredCard = cardOfJourney('Survey answers belong to a card of their own journey');

/**
 * Scores as one character each ("0"-"9", "a" = 10): 100,000 answers are 100,000 characters,
 * checked by one regular expression rather than 100,000 schema checks (which took a second).
 */
const SCORE_CHARS = '0123456789a';
export const encodeScores = (scores: readonly number[]) =>
  scores.map((s) => SCORE_CHARS[s]).join('');
export const decodeScores = (text: string) => [...text].map((c) => SCORE_CHARS.indexOf(c));

/** Respondents one per line, dates comma-separated: '' when the file had none. */
export const RESPONDENT_SEPARATOR = '\n';
export const listOf = (text: string, separator: string) =>
  text === '' ? [] : text.split(separator);

const SCORES_OF: Record<SurveyMetric, RegExp> = {
  nps: /^[0-9a]*$/,
  csat: /^[1-5]*$/,
  ces: /^[1-7]*$/,
  needsMet: /^[0-2]*$/,
};
const DATES = /^(?:\d{4}-\d{2}-\d{2})?(?:,(?:\d{4}-\d{2}-\d{2})?)*$/;
const count = (text: string, ch: string) => {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
};
const parallel = (list: string, separator: string, scores: string) =>
  list !== '' && count(list, separator) + 1 !== scores.length;

/** One card's answers to one metric from one import; respondents and dates run parallel. */
export const SURVEY_ANSWERS = entity(
  'surveyAnswers',
  'survey answers',
  {
    id,
    journeyId: ofJourney,
    importId: field(idSchema, {
      ref: { table: 'surveyImports', onDelete: 'cascade', noun: 'survey import' },
    }),
    cardId: answeredCard,
    metric: field(surveyMetricSchema),
    /** One character per answer, in file order (see encodeScores). */
    scores: field(
      z
        .string()
        .min(1)
        .max(MAX_ANSWERS_PER_ROW)
        .regex(/^[0-9a]+$/),
    ),
    /** One line per answer; empty when the file named no respondents. */
    respondents: field(z.string().max(MAX_ANSWERS_PER_ROW * (LIMITS.name + 1)), { default: '' }),
    /** YYYY-MM-DD per answer (empty when unknown), comma-separated; empty when none. */
    dates: field(
      z
        .string()
        .max(MAX_ANSWERS_PER_ROW * 11)
        .regex(DATES),
      { default: '' },
    ),
  },
  [
    {
      field: 'scores',
      message: 'A survey score is outside its metric’s range',
      broken: (a) => !SCORES_OF[a.metric as SurveyMetric].test(a.scores),
    },
    {
      field: 'respondents',
      message: 'Respondents and dates run parallel to the scores',
      broken: (a) =>
        parallel(a.respondents, RESPONDENT_SEPARATOR, a.scores) || parallel(a.dates, ',', a.scores),
    },
  ],
);

/** A quote made from a survey comment: removing the import removes the quote. */
export const SURVEY_QUOTE = entity('surveyQuotes', 'survey comment', {
  id,
  journeyId: ofJourney,
  importId: field(idSchema, {
    ref: { table: 'surveyImports', onDelete: 'cascade', noun: 'survey import' },
  }),
  quoteId: field(idSchema, { ref: { table: 'quotes', onDelete: 'cascade', noun: 'quote' } }),
});
