import { generateNKeysBetween } from 'fractional-indexing';
import { byOrderKey } from '../../model/doc';
import { MAX_ROWS_PER_TABLE } from '../../model/entities';
import { newId } from '../../model/ids';
import { encodeScores, RESPONDENT_SEPARATOR, type SurveyMetric } from '../../model/surveyEntities';
import type {
  ProjectDoc,
  Quote,
  Source,
  SurveyAnswers,
  SurveyImport,
  SurveyQuote,
} from '../../model/types';
import type { CsvRejection } from '../csvRejection';
import { preflight, refuseImport } from '../plan';
import { problem, type Problem } from '../problems';
import { ok, type Result } from '../../result';
import { readAnswers, type SurveyAnswer, type SurveyComment } from './answers';
import type { SurveyMapping } from './mapping';
import type { Sheet } from './sheet';

export interface SurveyImportPlan {
  /** One insertRows op: the import, its answers, its source, and quotes from its comments. */
  rows: {
    sources: Source[];
    quotes: Quote[];
    surveyImports: SurveyImport[];
    surveyAnswers: SurveyAnswers[];
    surveyQuotes: SurveyQuote[];
  };
  importId: string;
  answerCount: number;
  commentCount: number;
  /** Touchpoints that get answers. */
  cardCount: number;
  /** Rows left out (only when the user chose to skip them; otherwise the plan fails). */
  rejected: CsvRejection[];
  warnings: string[];
}

export interface SurveyPlanOptions {
  fileName: string;
  /** Import the good rows and leave out the bad ones (listed); otherwise any bad row refuses. */
  skipBadRows?: boolean;
  now?: Date;
  makeId?: () => string;
}

/** A refused plan lists every problem; when rows were bad, `rejected` lists them by row. */
export type SurveyPlanResult =
  | Extract<Result<SurveyImportPlan, Problem[]>, { ok: true }>
  | { ok: false; error: Problem[]; rejected?: CsvRejection[] };

/** Answers grouped by card and metric: one compact row each, respondents and dates parallel. */
function answerRows(
  answers: readonly SurveyAnswer[],
  ids: { journeyId: string; importId: string; makeId: () => string },
): SurveyAnswers[] {
  const anyRespondent = answers.some((a) => a.respondent !== '');
  const anyDate = answers.some((a) => a.date !== '');
  const groups = new Map<string, { row: SurveyAnswers; list: SurveyAnswer[] }>();
  for (const a of answers) {
    const key = `${a.cardId}\u0000${a.metric}`;
    let group = groups.get(key);
    if (!group) {
      const row = {
        id: ids.makeId(),
        journeyId: ids.journeyId,
        importId: ids.importId,
        cardId: a.cardId,
        metric: a.metric as SurveyMetric,
        scores: '',
        respondents: '',
        dates: '',
      };
      groups.set(key, (group = { row, list: [] }));
    }
    group.list.push(a);
  }
  return [...groups.values()].map(({ row, list }) => ({
    ...row,
    scores: encodeScores(list.map((a) => a.score)),
    respondents: anyRespondent
      ? list.map((a) => a.respondent.replace(/[\r\n]+/g, ' ')).join(RESPONDENT_SEPARATOR)
      : '',
    dates: anyDate ? list.map((a) => a.date).join(',') : '',
  }));
}

/** Quotes after each card's last one, in file order. */
function quoteRows(
  doc: ProjectDoc,
  comments: readonly SurveyComment[],
  ids: { journeyId: string; sourceId: string; makeId: () => string },
): Quote[] {
  const byCard = new Map<string, SurveyComment[]>();
  for (const c of comments) byCard.set(c.cardId, [...(byCard.get(c.cardId) ?? []), c]);
  const quotes: Quote[] = [];
  for (const [cardId, list] of byCard) {
    const last =
      Object.values(doc.quotes)
        .filter((q) => q.cardId === cardId)
        .sort(byOrderKey)
        .at(-1)?.orderKey ?? null;
    const keys = generateNKeysBetween(last, null, list.length);
    list.forEach((c, i) =>
      quotes.push({
        id: ids.makeId(),
        journeyId: ids.journeyId,
        cardId,
        text: c.text,
        who: c.respondent,
        sourceId: ids.sourceId,
        date: c.date,
        orderKey: keys[i]!,
      }),
    );
  }
  return quotes;
}

/**
 * Plans a survey import into a journey: every row checked first; any bad row refuses the whole
 * import (listing each with its row number) unless `skipBadRows`. The plan is one insertRows op,
 * so one undo step, and its rows are applied in memory first (`preflight`), as the backend will.
 */
export function planSurveyImport(
  doc: ProjectDoc,
  journeyId: string,
  sheet: Sheet,
  mapping: SurveyMapping,
  options: SurveyPlanOptions,
): SurveyPlanResult {
  const makeId = options.makeId ?? newId;
  const read = readAnswers(sheet, mapping, doc, journeyId);
  if (read.rejected.length > 0 && !options.skipBadRows) {
    return {
      ...refuseImport(...read.rejected.flatMap((r) => r.problems)),
      rejected: read.rejected,
    };
  }
  if (read.answers.length + read.comments.length === 0)
    return refuseImport(problem('survey_nothing'));
  if (read.comments.length > MAX_ROWS_PER_TABLE) {
    return refuseImport(
      problem('survey_too_many_comments', { count: read.comments.length, max: MAX_ROWS_PER_TABLE }),
    );
  }
  const now = options.now ?? new Date();
  const importId = makeId();
  const sourceId = makeId();
  const name = options.fileName.replace(/^.*[\\/]/, '').slice(0, 200) || 'Survey';
  const lastSource = Object.values(doc.sources).sort(byOrderKey).at(-1)?.orderKey ?? null;
  const source: Source = {
    id: sourceId,
    name,
    kind: 'survey',
    date: now.toISOString().slice(0, 10),
    note: `${read.answers.length} answers imported from ${name}`.slice(0, 20_000),
    orderKey: generateNKeysBetween(lastSource, null, 1)[0]!,
  };
  const surveyAnswers = answerRows(read.answers, { journeyId, importId, makeId });
  const quotes = quoteRows(doc, read.comments, { journeyId, sourceId, makeId });
  const rows: SurveyImportPlan['rows'] = {
    sources: [source],
    surveyImports: [
      {
        id: importId,
        journeyId,
        name,
        importedAt: now.toISOString(),
        rowCount: read.rowCount,
        answerCount: read.answers.length,
        sourceId,
      },
    ],
    surveyAnswers,
    quotes,
    surveyQuotes: quotes.map((q) => ({ id: makeId(), journeyId, importId, quoteId: q.id })),
  };
  const refused = preflight(doc, rows);
  if (refused) return refuseImport(refused);
  return ok({
    rows,
    importId,
    answerCount: read.answers.length,
    commentCount: quotes.length,
    cardCount: new Set(read.answers.map((a) => a.cardId)).size,
    rejected: read.rejected,
    warnings: sheet.warning ? [sheet.warning] : [],
  });
}
