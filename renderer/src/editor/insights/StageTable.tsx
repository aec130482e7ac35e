import { painBreakdown } from '../../../../shared/insights/painResolution';
import { formatAverage, ratedOf } from '../../../../shared/insights/format';
import type { StageInsight } from '../../../../shared/insights/journeyInsights';
import { effortWord } from '../../../../shared/model/scales';
import { EmotionValue } from './EmotionValue';

/** "2 of 3 rated" under an average that leaves touchpoints out; nothing when all are rated. */
function Rated({ rated, total }: { rated: number; total: number }) {
  if (rated === total) return null;
  return <span className="insights-rated"> ({ratedOf(rated, total)})</span>;
}

/** Per stage: averages over the stage's touchpoints, and the counts of its cards. */
export function StageTable({ stages }: { stages: readonly StageInsight[] }) {
  return (
    <section aria-labelledby="insights-stages-title">
      <h3 id="insights-stages-title">Stages</h3>
      <table className="insights-table">
        <caption>
          Emotion and effort are averages over each stage’s rated touchpoints; unrated ones are
          counted, not averaged.
        </caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Touchpoints</th>
            <th scope="col">Emotion</th>
            <th scope="col">Effort (1–7)</th>
            <th scope="col">Pain points</th>
            <th scope="col">Opportunities</th>
            <th scope="col">Moments of truth</th>
          </tr>
        </thead>
        <tbody>
          {stages.map((s) => (
            <tr key={s.stageId} data-testid="insight-stage-row" data-stage-name={s.name}>
              <th scope="row">{s.name || 'Untitled stage'}</th>
              <td>{s.touchpoints}</td>
              <td>
                <EmotionValue value={s.averageEmotion} />
                <Rated rated={s.emotionRated} total={s.touchpoints} />
              </td>
              <td>
                {formatAverage(s.averageEffort)}
                {s.averageEffort !== null && (
                  <span className="insights-word"> {effortWord(s.averageEffort)}</span>
                )}
                <Rated rated={s.effortRated} total={s.touchpoints} />
              </td>
              <td>
                {s.painPoints}
                {s.painPoints > 0 && (
                  <span className="insights-word"> ({painBreakdown(s.pains)})</span>
                )}
              </td>
              <td>{s.opportunities}</td>
              <td>{s.momentsOfTruth}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
