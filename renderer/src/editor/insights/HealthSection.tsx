import type { HealthScore } from '../../../../shared/insights/health';

/** The score and, beside it, the formula with this journey's numbers: no black box. */
export function HealthSection({ health }: { health: HealthScore }) {
  return (
    <section className="insights-health" aria-labelledby="insights-health-title">
      <div className="insights-score">
        <h3 id="insights-health-title">Journey health</h3>
        <p data-testid="health-score">
          <strong>{health.score ?? '–'}</strong>
          <span> / 100</span>
        </p>
      </div>
      <ul className="insights-formula" aria-label="How the score is worked out">
        {health.formula.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
