import { NO_SURVEY_DATA, type MetricRow } from '../../../../shared/layout/metricsLane';
import './survey.css';

/** A stage's cell in the survey metrics lane: each metric with n, its 95% interval below. */
export function StageMetrics({ rows, stageName }: { rows: MetricRow[]; stageName: string }) {
  if (rows.length === 0) {
    return (
      <p className="stage-metrics-none" data-testid="stage-metrics">
        {NO_SURVEY_DATA}
      </p>
    );
  }
  return (
    <ul
      className="stage-metrics"
      data-testid="stage-metrics"
      aria-label={`Survey metrics of ${stageName || 'the stage'}`}
    >
      {rows.map((r) => (
        <li key={r.metric} title={`${r.text}, ${r.interval}`} data-metric={r.metric}>
          <span className="stage-metric-figure">{r.text}</span>
          <span className="stage-metric-ci">{r.interval}</span>
        </li>
      ))}
    </ul>
  );
}
