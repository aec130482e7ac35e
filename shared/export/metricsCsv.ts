import { getEntity } from '../model/doc';
import { metricInfo } from '../model/surveyEntities';
import type { ProjectDoc } from '../model/types';
import { metricsRows } from '../insights/journeySurveyMetrics';
import { csvFile, guardFormula } from './csv';

/** The columns of the metrics CSV, in order. */
export const METRICS_COLUMNS = [
  'journey',
  'stage',
  'touchpoint',
  'metric',
  'n',
  'mean',
  'score',
  'ci_low',
  'ci_high',
] as const;

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * A journey's survey metrics as CSV: one row per touchpoint and metric, then one per stage and
 * metric with the touchpoint empty, stage by stage. Figures to two decimals; an interval that
 * cannot be worked out (one answer) leaves ci_low and ci_high empty.
 */
export function exportMetricsCsv(doc: ProjectDoc, journeyId: string): string {
  const journey = getEntity(doc, 'journeys', journeyId)?.name ?? '';
  const data = metricsRows(doc, journeyId).map(({ stage, touchpoint, figures: f }) => [
    guardFormula(journey),
    guardFormula(stage),
    guardFormula(touchpoint),
    metricInfo(f.metric).word,
    f.n,
    round(f.mean),
    round(f.score),
    f.ci ? round(f.ci[0]) : '',
    f.ci ? round(f.ci[1]) : '',
  ]);
  return csvFile(METRICS_COLUMNS, data);
}
