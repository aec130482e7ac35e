/**
 * The survey metrics lane: in each stage's cell, the stage's metrics (its cards' answers pooled),
 * one row per metric with n, and its 95% interval on a second line. Every surface (canvas,
 * presentation, SVG/PNG/PDF) draws the rows the layout hands it, so they all say the same.
 */
import { ciText, compactText } from '../insights/fromData';
import type { FiguresByMetric } from '../insights/journeySurveyMetrics';
import { SURVEY_METRICS, type SurveyMetric } from '../model/surveyEntities';
import type { LayoutTheme } from './theme';

export interface MetricRow {
  metric: SurveyMetric;
  /** "CSAT 67% · n 12". */
  text: string;
  /** "95% CI 39% to 86%", or that there is none. */
  interval: string;
}

/** What a stage without answers says in the lane. */
export const NO_SURVEY_DATA = 'No survey data';

/** Height of one metric row: its figure and its interval below. */
export const METRIC_ROW_HEIGHT = 38;

/** A stage's metrics, in the order the metrics are declared; none when nobody answered. */
export function metricRows(figures: FiguresByMetric | undefined): MetricRow[] {
  return SURVEY_METRICS.flatMap(({ value }) => {
    const f = figures?.[value];
    return f ? [{ metric: value, text: compactText(f), interval: ciText(f) }] : [];
  });
}

/** The lane is as tall as its fullest stage (at least one row, for "No survey data"). */
export function metricsLaneHeight(rowsPerStage: readonly number[], theme: LayoutTheme): number {
  const rows = Math.max(1, ...rowsPerStage);
  return Math.max(theme.minNoteCellHeight, 2 * theme.cellPadding + rows * METRIC_ROW_HEIGHT);
}
