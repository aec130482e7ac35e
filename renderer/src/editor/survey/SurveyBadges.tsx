import { ciText, compactText, scoreText } from '../../../../shared/insights/fromData';
import { surveyMetricsByCard } from '../../../../shared/insights/journeySurveyMetrics';
import { SURVEY_METRICS } from '../../../../shared/model/surveyEntities';
import type { Touchpoint } from '../../../../shared/model/types';
import { useDocument } from '../documentContext';
import './survey.css';

const RATING_WORDS = { emotion: 'emotion', effort: 'effort', needsMet: 'need met' } as const;

/** On a touchpoint card: its headline survey metric with n; every metric in the tooltip. */
export function SurveyBadges({ card }: { card: Touchpoint }) {
  const figures = useDocument((s) => surveyMetricsByCard(s.doc).get(card.id));
  if (!figures) return null;
  const all = SURVEY_METRICS.flatMap(({ value }) => (figures[value] ? [figures[value]] : []));
  const headline = figures.csat ?? figures.nps ?? figures.ces ?? figures.needsMet;
  if (!headline) return null;
  return (
    <span
      className="badge badge-metric"
      data-testid="card-metric"
      title={all.map((f) => `${scoreText(f)}, n ${f.n}, ${ciText(f)}`).join('\n')}
    >
      {compactText(headline)}
    </span>
  );
}

/**
 * Beside the card's ratings: "from data" when survey data set them (and nobody changed them
 * since), "assumed" when the card has survey data but its ratings are not from it.
 */
export function SurveyOrigin({ card }: { card: Touchpoint }) {
  const hasData = useDocument((s) => surveyMetricsByCard(s.doc).has(card.id));
  if (!hasData && card.fromData.length === 0) return null;
  const fromData = card.fromData.map((r) => RATING_WORDS[r]).join(', ');
  return (
    <span
      className={card.fromData.length ? 'card-origin from-data' : 'card-origin'}
      data-testid="card-data-origin"
      title={
        card.fromData.length
          ? `Set from survey data: ${fromData}`
          : 'Ratings assumed: the inspector proposes them from the survey data'
      }
    >
      {card.fromData.length ? 'from data' : 'assumed'}
    </span>
  );
}
