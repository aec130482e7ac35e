import { stagesOf } from '../../model/doc';
import { LIMITS } from '../../model/fields';
import { holdsTouchpoints } from '../../model/laneKinds';
import { isCalendarDay } from '../../model/opportunityScales';
import { metricInfo, type SurveyMetric } from '../../model/surveyEntities';
import type { ProjectDoc, Touchpoint } from '../../model/types';
import { type CsvRejection, rejectRow } from '../csvRejection';
import { problem, type Problem } from '../problems';
import type { ColumnRole, SurveyMapping } from './mapping';
import { metricOfName } from './mapping';
import type { Sheet, SheetRow } from './sheet';

/** One answer that passed every check. */
export interface SurveyAnswer {
  row: number;
  cardId: string;
  metric: SurveyMetric;
  /** On the stored scale (needs met coded 0 / 1 / 2). */
  score: number;
  respondent: string;
  date: string;
}

/** A comment that becomes a quote on its card. */
export interface SurveyComment {
  row: number;
  cardId: string;
  text: string;
  respondent: string;
  date: string;
}

export interface ReadAnswers {
  answers: SurveyAnswer[];
  comments: SurveyComment[];
  /** Every row with a problem, by spreadsheet row number, with all of its problems. */
  rejected: CsvRejection[];
  /** Rows that gave at least one answer or comment. */
  rowCount: number;
}

const fold = (s: string) => s.normalize('NFKC').trim().toLocaleLowerCase();

const NEEDS_WORDS: Record<string, number> = {
  yes: 2,
  y: 2,
  met: 2,
  true: 2,
  partly: 1,
  partially: 1,
  somewhat: 1,
  no: 0,
  n: 0,
  'not met': 0,
  false: 0,
};

/** A score cell on its metric's scale, or undefined when it is not one. */
export function parseScore(metric: SurveyMetric, cell: string): number | undefined {
  const text = fold(cell);
  if (metric === 'needsMet' && text in NEEDS_WORDS) return NEEDS_WORDS[text];
  if (!/^[0-9]+(\.0+)?$/.test(text)) return undefined;
  const value = Number(text);
  if (metric === 'needsMet') {
    // 1-5 agreement: 1-2 not met, 3 partly, 4-5 met.
    if (value < 1 || value > 5) return undefined;
    return value <= 2 ? 0 : value === 3 ? 1 : 2;
  }
  const { min, max } = metricInfo(metric);
  return value >= min && value <= max ? value : undefined;
}

/** A date cell as a day: YYYY-MM-DD, or the day of an ISO date and time; '' when empty. */
function parseDate(cell: string): string | undefined {
  const text = cell.trim();
  if (text === '') return '';
  const day = text.slice(0, 10);
  return isCalendarDay(day) && (text.length === 10 || text[10] === 'T' || text[10] === ' ')
    ? day
    : undefined;
}

/** The touchpoints a title can name, by folded title: touchpoint lanes only (notes have no metrics). */
function cardIndex(doc: ProjectDoc, journeyId: string) {
  const lanes = new Set(
    Object.values(doc.lanes)
      .filter((l) => l.journeyId === journeyId && holdsTouchpoints(l.kind))
      .map((l) => l.id),
  );
  const byTitle = new Map<string, Touchpoint[]>();
  for (const t of Object.values(doc.touchpoints)) {
    if (t.journeyId !== journeyId || !lanes.has(t.laneId)) continue;
    const key = fold(t.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), t]);
  }
  const stageName = new Map(stagesOf(doc, journeyId).map((s) => [s.id, s.name]));
  return { byTitle, stageName };
}

type Index = ReturnType<typeof cardIndex>;

function findCard(index: Index, title: string, stage: string): string | Problem {
  if (title.trim() === '') return problem('survey_no_touchpoint');
  const named = index.byTitle.get(fold(title)) ?? [];
  const inStage = stage.trim()
    ? named.filter((t) => fold(index.stageName.get(t.stageId) ?? '') === fold(stage))
    : named;
  if (inStage.length === 1) return inStage[0]!.id;
  if (inStage.length === 0) {
    return problem('survey_unknown_card', { title: title.trim(), stage: stage.trim() });
  }
  const stages = [...new Set(inStage.map((t) => `"${index.stageName.get(t.stageId)}"`))];
  return problem('survey_ambiguous_card', { title: title.trim(), stages: stages.join(', ') });
}

function scoreOf(metric: SurveyMetric, cell: string, column: string): number | Problem {
  if (cell.trim() === '') return problem('survey_no_score', undefined, { column });
  const score = parseScore(metric, cell);
  if (score !== undefined) return score;
  const { word, scale } = metricInfo(metric);
  return problem('survey_bad_score', { value: cell.trim(), metric: word, scale }, { column });
}

const isProblem = (v: unknown): v is Problem => typeof v === 'object' && v !== null;

/** Reads every row of a sheet by its mapping; a row with any problem gives nothing. */
export function readAnswers(
  sheet: Sheet,
  mapping: SurveyMapping,
  doc: ProjectDoc,
  journeyId: string,
): ReadAnswers {
  const index = cardIndex(doc, journeyId);
  // Surveys repeat their dates and touchpoints on every row: each is worked out once.
  const days = new Map<string, string | undefined>();
  const dayOf = (cell: string) => {
    if (!days.has(cell)) days.set(cell, parseDate(cell));
    return days.get(cell);
  };
  const found = new Map<string, string | Problem>();
  const cardOf = (title: string, stage: string) => {
    const key = `${title}\u0000${stage}`;
    let card = found.get(key);
    if (card === undefined) found.set(key, (card = findCard(index, title, stage)));
    return card;
  };
  const out: ReadAnswers = {
    answers: [],
    comments: [],
    rejected: [...sheet.unreadable],
    rowCount: 0,
  };
  const columnOf = (role: ColumnRole['role']) => mapping.columns.findIndex((c) => c.role === role);
  const at = (r: SheetRow, i: number) => (i < 0 ? '' : (r.cells[i] ?? ''));
  const named = {
    touchpoint: columnOf('touchpoint'),
    stage: columnOf('stage'),
    metric: columnOf('metric'),
    score: columnOf('score'),
    respondent: columnOf('respondent'),
    date: columnOf('date'),
  };
  for (const r of sheet.rows) {
    const problems: Problem[] = [];
    const keep = <T>(v: T | Problem): T | undefined => {
      if (isProblem(v)) problems.push(v);
      return isProblem(v) ? undefined : v;
    };
    const respondent = at(r, named.respondent).trim();
    if (respondent.length > LIMITS.name) {
      problems.push(
        problem('text_too_long', {
          label: 'The respondent',
          length: respondent.length,
          max: LIMITS.name,
        }),
      );
    }
    const rawDate = at(r, named.date);
    const date = dayOf(rawDate);
    if (date === undefined) problems.push(problem('survey_bad_date', { value: rawDate.trim() }));
    const answers: SurveyAnswer[] = [];
    const comments: SurveyComment[] = [];
    const base = { row: r.row, respondent, date: date ?? '' };
    const comment = (cardId: string | undefined, text: string) => {
      if (!cardId || text.trim() === '') return;
      if (text.length > LIMITS.text) {
        problems.push(
          problem('text_too_long', { label: 'The comment', length: text.length, max: LIMITS.text }),
        );
      } else comments.push({ ...base, cardId, text: text.trim() });
    };
    if (mapping.format === 'long') {
      const cardId = keep(cardOf(at(r, named.touchpoint), at(r, named.stage)));
      const metricCell = at(r, named.metric);
      const metric = metricOfName(metricCell);
      if (!metric) problems.push(problem('survey_unknown_metric', { value: metricCell.trim() }));
      const score = metric
        ? keep(scoreOf(metric, at(r, named.score), sheet.headers[named.score] ?? ''))
        : undefined;
      if (cardId && metric && score !== undefined) answers.push({ ...base, cardId, metric, score });
      mapping.columns.forEach((c, i) => c.role === 'comment' && comment(cardId, at(r, i)));
    } else {
      mapping.columns.forEach((c, i) => {
        if (c.role === 'comment') comment(c.cardId, at(r, i));
        if (c.role !== 'answer' || at(r, i).trim() === '') return;
        const score = keep(scoreOf(c.metric, at(r, i), sheet.headers[i] ?? ''));
        if (score !== undefined)
          answers.push({ ...base, cardId: c.cardId, metric: c.metric, score });
      });
    }
    if (problems.length > 0) out.rejected.push(rejectRow(r.row, ...problems));
    else if (answers.length + comments.length > 0) {
      out.answers.push(...answers);
      out.comments.push(...comments);
      out.rowCount++;
    }
  }
  out.rejected.sort((a, b) => a.row - b.row);
  return out;
}
