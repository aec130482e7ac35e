import { useMemo } from 'react';
import {
  ciText,
  confirmPatch,
  proposeFromData,
  scoreText,
} from '../../../../shared/insights/fromData';
import { surveyMetricsByCard } from '../../../../shared/insights/journeySurveyMetrics';
import { SURVEY_METRICS } from '../../../../shared/model/surveyEntities';
import type { Touchpoint } from '../../../../shared/model/types';
import { useDocument, useDocumentStore } from '../documentContext';

const RATING_LABELS = { emotion: 'Emotion', effort: 'Effort', needsMet: 'Need met' } as const;

/**
 * A touchpoint's survey metrics (n, score, 95% interval) and the ratings they propose, with the
 * mapping written out; "Use these ratings" sets them as from data (one undo step).
 */
export function SurveyMetricsSection({ card }: { card: Touchpoint }) {
  const store = useDocumentStore();
  const figures = useDocument((s) => surveyMetricsByCard(s.doc).get(card.id));
  const proposals = useMemo(() => (figures ? proposeFromData(figures) : []), [figures]);
  if (!figures) return null;
  const pending = proposals.filter(
    (p) => !card.fromData.includes(p.rating) || card[p.rating] !== p.value,
  );
  const confirm = () =>
    store.getState().dispatch({
      type: 'updateTouchpoint',
      id: card.id,
      patch: confirmPatch(card, pending),
    });
  return (
    <section className="survey-metrics" aria-label="Survey metrics" data-testid="survey-metrics">
      <h3>Survey metrics</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col">n</th>
            <th scope="col">95% interval</th>
          </tr>
        </thead>
        <tbody>
          {SURVEY_METRICS.flatMap(({ value }) => {
            const f = figures[value];
            return f
              ? [
                  <tr key={value}>
                    <th scope="row">{scoreText(f)}</th>
                    <td>{f.n}</td>
                    <td>{ciText(f).replace('95% CI ', '')}</td>
                  </tr>,
                ]
              : [];
          })}
        </tbody>
      </table>
      <ul className="survey-origin" data-testid="rating-origin">
        {(['emotion', 'effort', 'needsMet'] as const).map((r) => (
          <li key={r}>
            {RATING_LABELS[r]}: {card.fromData.includes(r) ? 'from data' : 'assumed'}
          </li>
        ))}
      </ul>
      {pending.length > 0 && (
        <div className="survey-proposal" data-testid="survey-proposal">
          <p>The data suggests:</p>
          <ul>
            {pending.map((p) => (
              <li key={p.rating}>{p.basis}</li>
            ))}
          </ul>
          <button type="button" className="secondary-button" onClick={confirm}>
            Use these ratings
          </button>
        </div>
      )}
    </section>
  );
}
