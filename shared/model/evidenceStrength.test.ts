import { describe, expect, it } from 'vitest';
import { evidenceDoc } from '../../test/unit/evidenceFixture';
import { withRows } from '../../test/unit/dataFixtures';
import { applyOp } from '../ops/applyOp';
import {
  cardEvidence,
  EVIDENCE_RULE,
  EVIDENCE_STRENGTHS,
  evidenceStrength,
  evidenceSummary,
  surveyAnswersOf,
} from './evidenceStrength';

const facts = { sources: 0, surveySource: false, ratingsFromData: 0 };

describe('evidenceStrength', () => {
  it('counts sources: none, one, several', () => {
    expect(evidenceStrength(facts)).toBe('none');
    expect(evidenceStrength({ ...facts, sources: 1 })).toBe('oneSource');
    expect(evidenceStrength({ ...facts, sources: 2 })).toBe('severalSources');
    expect(evidenceStrength({ ...facts, sources: 9 })).toBe('severalSources');
  });

  it('is backed by survey data with a survey source, a rating from data or survey answers', () => {
    expect(evidenceStrength({ ...facts, sources: 1, surveySource: true })).toBe('surveyData');
    expect(evidenceStrength({ ...facts, ratingsFromData: 1 })).toBe('surveyData');
    expect(evidenceStrength({ ...facts, surveyAnswers: 12 })).toBe('surveyData');
    expect(evidenceStrength({ ...facts, sources: 3, surveyAnswers: 0 })).toBe('severalSources');
  });

  it('has a word and marks for every level, and the rule names each', () => {
    for (const level of EVIDENCE_STRENGTHS) {
      expect(level.marks).toHaveLength(3);
      expect(EVIDENCE_RULE).toContain(level.word);
    }
  });
});

describe('cardEvidence', () => {
  it('counts quotes and distinct sources, cited or quoted, unnamed quotes as one', () => {
    const { doc, card, note } = evidenceDoc();
    // s1 quoted, s2 cited, a quote without source: three sources, one of them a survey.
    expect(cardEvidence(doc, card)).toEqual({ quotes: 2, sources: 3, strength: 'surveyData' });
    expect(cardEvidence(doc, note)).toEqual({ quotes: 1, sources: 1, strength: 'surveyData' });
    expect(evidenceSummary(cardEvidence(doc, card))).toBe('2 quotes · Backed by survey data');
  });

  it('follows edits: a source turned from survey to interview, a citation removed', () => {
    const { doc, card } = evidenceDoc();
    let next = applyOp(doc, { type: 'updateSource', id: 's2', patch: { kind: 'interview' } }).doc;
    expect(cardEvidence(next, card).strength).toBe('severalSources');
    next = applyOp(next, { type: 'deleteRows', ids: { citations: ['c1'] } }).doc;
    expect(cardEvidence(next, card)).toEqual({ quotes: 2, sources: 2, strength: 'severalSources' });
    next = applyOp(next, { type: 'deleteRows', ids: { quotes: ['q2'] } }).doc;
    expect(cardEvidence(next, card).strength).toBe('oneSource');
    next = applyOp(next, { type: 'deleteRows', ids: { quotes: ['q1'] } }).doc;
    expect(cardEvidence(next, card)).toEqual({ quotes: 0, sources: 0, strength: 'none' });
    expect(evidenceSummary(cardEvidence(next, card))).toBe('No evidence');
  });

  it('takes ratings from data and a survey answer count (the survey import plugs in here)', () => {
    const { doc, card } = evidenceDoc();
    const bare = withRows(doc, {}).touchpoints[card.id]!;
    const other = { ...bare, id: 'elsewhere' };
    expect(cardEvidence(doc, other).strength).toBe('none');
    expect(cardEvidence(doc, { ...other, fromData: ['emotion'] }).strength).toBe('surveyData');
    expect(cardEvidence(doc, other, 40).strength).toBe('surveyData');
  });

  it('counts the survey answers matched to a card from the answers rows themselves', () => {
    const { doc } = evidenceDoc();
    const cited = new Set([...Object.values(doc.quotes), ...Object.values(doc.citations)]);
    const card = Object.values(doc.touchpoints).find(
      (t) => ![...cited].some((r) => r.cardId === t.id),
    )!;
    const bare = { ...card, fromData: [] };
    const answered = {
      ...doc,
      surveyAnswers: {
        a1: {
          id: 'a1',
          journeyId: card.journeyId,
          importId: 'i1',
          cardId: card.id,
          metric: 'csat' as const,
          scores: '45a',
          respondents: '',
          dates: '',
        },
      },
    };
    expect(cardEvidence(doc, bare).strength).not.toBe('surveyData');
    expect(surveyAnswersOf(answered, card.id)).toBe(3);
    expect(surveyAnswersOf(answered, 'elsewhere')).toBe(0);
    expect(cardEvidence(answered, bare).strength).toBe('surveyData');
  });
});
