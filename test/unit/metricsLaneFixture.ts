import { applyOp } from '../../shared/ops/applyOp';
import { makeLane } from '../../shared/model/factories';
import { encodeScores, type SurveyMetric } from '../../shared/model/surveyEntities';
import type { ProjectDoc } from '../../shared/model/types';
import { surveyDoc } from './surveyFixture';

/** Answers by card and metric: [card, metric, scores]. */
const ANSWERS: [string, SurveyMetric, number[]][] = [
  // Stage Book (s1): t1, t2, t3 and t5.
  ['t1', 'csat', [5, 4, 2]],
  ['t2', 'needsMet', [2, 2, 1]],
  ['t5', 'nps', [10, 9, 3, 8]],
  // Stage Stay (s2): t4, a single answer.
  ['t4', 'ces', [6]],
  // s3 has no cards answered.
];

/**
 * The survey sample (test/unit/surveyFixture.ts) with a small hand-made set of answers and a
 * survey metrics lane (`m1`) at the bottom of journey j1.
 */
export function metricsLaneDoc(): ProjectDoc {
  let doc = surveyDoc();
  doc = applyOp(doc, {
    type: 'addLane',
    lane: makeLane({ id: 'm1', journeyId: 'j1', kind: 'metrics', name: 'Survey metrics' }),
    at: { index: 99 },
  }).doc;
  doc.surveyImports = {
    i1: {
      id: 'i1',
      journeyId: 'j1',
      name: 'answers.csv',
      importedAt: '2026-11-20T10:00:00.000Z',
      rowCount: 11,
      answerCount: 11,
      sourceId: null,
    },
  };
  doc.surveyAnswers = Object.fromEntries(
    ANSWERS.map(([cardId, metric, scores], i) => [
      `a${i}`,
      {
        id: `a${i}`,
        journeyId: 'j1',
        importId: 'i1',
        cardId,
        metric,
        scores: encodeScores(scores),
        respondents: '',
        dates: '',
      },
    ]),
  );
  return doc;
}
