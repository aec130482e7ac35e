import { cellKey, lanesOf, stagesOf, touchpointsByCell } from '../model/doc';
import { SURVEY_METRICS, type SurveyMetric } from '../model/surveyEntities';
import type { ProjectDoc, SurveyAnswers } from '../model/types';
import { metricFigures, tally, type MetricFigures } from './surveyMetrics';

/** A card's or a stage's figures, by metric; a metric nobody answered is absent. */
export type FiguresByMetric = Partial<Record<SurveyMetric, MetricFigures>>;

export interface JourneySurveyMetrics {
  /** Per touchpoint id. */
  cards: Map<string, FiguresByMetric>;
  /** Per stage id: the answers of the stage's cards pooled. */
  stages: Map<string, FiguresByMetric>;
}

/**
 * Tallies per answers row, kept while the row object lives: an edit replaces only the rows it
 * touches, so after an edit only the tallies are summed again, never the 100,000 scores.
 */
const TALLIES = new WeakMap<SurveyAnswers, number[]>();

function tallyOf(row: SurveyAnswers): number[] {
  let counts = TALLIES.get(row);
  if (!counts) {
    counts = tally(row.scores);
    TALLIES.set(row, counts);
  }
  return counts;
}

type Tallies = Map<string, Map<SurveyMetric, number[]>>;

function add(into: Tallies, key: string, metric: SurveyMetric, counts: readonly number[]) {
  let byMetric = into.get(key);
  if (!byMetric) into.set(key, (byMetric = new Map()));
  const sum = byMetric.get(metric) ?? new Array<number>(11).fill(0);
  counts.forEach((c, i) => (sum[i] = (sum[i] ?? 0) + c));
  byMetric.set(metric, sum);
}

function figuresOf(tallies: Tallies): Map<string, FiguresByMetric> {
  const out = new Map<string, FiguresByMetric>();
  for (const [key, byMetric] of tallies) {
    const figures: FiguresByMetric = {};
    for (const { value } of SURVEY_METRICS) {
      const counts = byMetric.get(value);
      const f = counts && metricFigures(value, counts);
      if (f) figures[value] = f;
    }
    out.set(key, figures);
  }
  return out;
}

/**
 * Every touchpoint's and stage's survey metrics in a journey. A stage pools the answers of the
 * cards in it now (moving a card moves its answers with it).
 */
export function journeySurveyMetrics(doc: ProjectDoc, journeyId: string): JourneySurveyMetrics {
  const cards: Tallies = new Map();
  const stages: Tallies = new Map();
  for (const row of Object.values(doc.surveyAnswers)) {
    if (row.journeyId !== journeyId) continue;
    const card = doc.touchpoints[row.cardId];
    if (!card) continue;
    const counts = tallyOf(row);
    const metric = row.metric as SurveyMetric;
    add(cards, card.id, metric, counts);
    add(stages, card.stageId, metric, counts);
  }
  return { cards: figuresOf(cards), stages: figuresOf(stages) };
}

/** One row of the metrics table (CSV export, insights): a stage's row has no touchpoint. */
export interface MetricsRow {
  stage: string;
  touchpoint: string;
  figures: MetricFigures;
}

/** Stage by stage in map order: each touchpoint's metrics, then the stage's. */
export function metricsRows(doc: ProjectDoc, journeyId: string): MetricsRow[] {
  const metrics = journeySurveyMetrics(doc, journeyId);
  const rows: MetricsRow[] = [];
  const inOrder = (byMetric: FiguresByMetric | undefined) =>
    SURVEY_METRICS.flatMap(({ value }) => (byMetric?.[value] ? [byMetric[value]] : []));
  const lanes = lanesOf(doc, journeyId);
  const cells = touchpointsByCell(doc, journeyId);
  for (const stage of stagesOf(doc, journeyId)) {
    // Lane by lane, each cell in its order: the map's reading order within the stage.
    const cards = lanes
      .flatMap((lane) => cells.get(cellKey(stage.id, lane.id)) ?? [])
      .filter((t) => metrics.cards.has(t.id));
    for (const card of cards) {
      for (const figures of inOrder(metrics.cards.get(card.id))) {
        rows.push({ stage: stage.name, touchpoint: card.title, figures });
      }
    }
    for (const figures of inOrder(metrics.stages.get(stage.id))) {
      rows.push({ stage: stage.name, touchpoint: '', figures });
    }
  }
  return rows;
}

const BY_CARD = new WeakMap<object, Map<string, FiguresByMetric>>();

/**
 * Every card's metrics in the project, kept while the answers table is the same object: an
 * edit that touches no answers (almost every edit) reuses them, and so do the cards showing them.
 */
export function surveyMetricsByCard(doc: ProjectDoc): Map<string, FiguresByMetric> {
  let cards = BY_CARD.get(doc.surveyAnswers);
  if (!cards) {
    const tallies: Tallies = new Map();
    for (const row of Object.values(doc.surveyAnswers)) {
      add(tallies, row.cardId, row.metric as SurveyMetric, tallyOf(row));
    }
    cards = figuresOf(tallies);
    BY_CARD.set(doc.surveyAnswers, cards);
  }
  return cards;
}
