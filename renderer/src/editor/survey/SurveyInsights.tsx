import { useMemo } from 'react';
import { ciText, scoreText } from '../../../../shared/insights/fromData';
import { journeySurveyMetrics } from '../../../../shared/insights/journeySurveyMetrics';
import { stagesOf } from '../../../../shared/model/doc';
import { SURVEY_METRICS } from '../../../../shared/model/surveyEntities';
import type { ProjectDoc } from '../../../../shared/model/types';

/** Insights: each stage's survey metrics with n and the 95% interval; nothing without answers. */
export function SurveyInsights({ doc, journeyId }: { doc: ProjectDoc; journeyId: string }) {
  const metrics = useMemo(() => journeySurveyMetrics(doc, journeyId), [doc, journeyId]);
  if (metrics.stages.size === 0) return null;
  const shown = SURVEY_METRICS.filter(({ value }) =>
    [...metrics.stages.values()].some((byMetric) => byMetric[value]),
  );
  return (
    <section aria-labelledby="insights-survey-title" data-testid="insights-survey">
      <h3 id="insights-survey-title">Survey metrics</h3>
      <table className="insights-table">
        <caption>
          Answers pooled over each stage’s touchpoints, with n and a 95% interval: Wald on the
          +1/0/−1 coding for NPS, Wilson for CSAT and needs met, Student’s t for CES.
        </caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            {shown.map((m) => (
              <th key={m.value} scope="col">
                {m.word}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {stagesOf(doc, journeyId).map((stage) => {
            const byMetric = metrics.stages.get(stage.id);
            return (
              <tr key={stage.id}>
                <th scope="row">{stage.name || 'Untitled stage'}</th>
                {shown.map(({ value }) => {
                  const f = byMetric?.[value];
                  return (
                    <td key={value}>
                      {f
                        ? `${scoreText(f).replace(/^\S+( met)? /, '')} (n ${f.n}; ${ciText(f).replace('95% CI ', '')})`
                        : '—'}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
