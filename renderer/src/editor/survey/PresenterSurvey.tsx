import { compactText } from '../../../../shared/insights/fromData';
import { journeySurveyMetrics } from '../../../../shared/insights/journeySurveyMetrics';
import { stagesOf } from '../../../../shared/model/doc';
import { SURVEY_METRICS } from '../../../../shared/model/surveyEntities';
import { useDocument } from '../documentContext';

/** In the presenter line: the stage's survey metrics with n ("Survey: CSAT 67% · n 3"). */
export function PresenterSurvey({ stageIndex }: { stageIndex: number }) {
  const text = useDocument((s) => {
    const stage = stagesOf(s.doc, s.journeyId)[stageIndex];
    const byMetric = stage && journeySurveyMetrics(s.doc, s.journeyId).stages.get(stage.id);
    if (!byMetric) return '';
    return SURVEY_METRICS.flatMap(({ value }) =>
      byMetric[value] ? [compactText(byMetric[value])] : [],
    ).join('; ');
  });
  return text ? <span data-testid="presenter-survey">Survey: {text}</span> : null;
}
