import { describe, expect, it } from 'vitest';
import { metricFigures, t95, tally, wilson } from './surveyMetrics';

const figures = (metric: Parameters<typeof metricFigures>[0], scores: number[]) =>
  metricFigures(metric, tally(scores))!;

describe('survey metrics, worked by hand', () => {
  it('NPS: % 9-10 minus % 0-6, Wald interval on the +1/0/-1 coding', () => {
    // 10 answers: promoters 10,10,9,9,9 (5), passives 8,7 (2), detractors 6,2,0 (3).
    // NPS = 100 x (5 - 3) / 10 = 20. Mean answer = 70 / 10 = 7.
    // Codes: mean m = 0.2; sum of squares = 5 + 3 = 8; s^2 = (8 - 10 x 0.04) / 9 = 0.844444;
    // se = sqrt(0.844444 / 10) = 0.290593; half = 1.96 x 0.290593 = 0.569562.
    // 95% CI = 100 x (0.2 -/+ 0.569562) = -36.956 .. 76.956.
    const f = figures('nps', [10, 10, 9, 9, 9, 8, 7, 6, 2, 0]);
    expect(f.n).toBe(10);
    expect(f.mean).toBeCloseTo(7, 10);
    expect(f.score).toBeCloseTo(20, 10);
    expect(f.ci![0]).toBeCloseTo(-36.956, 2);
    expect(f.ci![1]).toBeCloseTo(76.956, 2);
  });

  it('CSAT: % 4-5, Wilson interval', () => {
    // 5 answers 5,4,4,3,2: k = 3 of 4-5, p = 0.6, CSAT = 60; mean = 18 / 5 = 3.6.
    // z^2 = 3.8416; centre = (0.6 + 3.8416 / 10) / (1 + 3.8416 / 5) = 0.98416 / 1.76832 = 0.556551
    // half = (1.96 / 1.76832) x sqrt(0.6 x 0.4 / 5 + 3.8416 / 100) = 1.108396 x 0.293966 = 0.325831
    // 95% CI = 23.072 .. 88.238 (%).
    const f = figures('csat', [5, 4, 4, 3, 2]);
    expect(f.score).toBeCloseTo(60, 10);
    expect(f.mean).toBeCloseTo(3.6, 10);
    expect(f.ci![0]).toBeCloseTo(23.072, 2);
    expect(f.ci![1]).toBeCloseTo(88.238, 2);
  });

  it('CES: the mean answer, t interval', () => {
    // 6 answers 7,6,6,5,3,3: mean = 30 / 6 = 5; sum of squares 164; s^2 = (164 - 6 x 25) / 5 = 2.8
    // se = sqrt(2.8 / 6) = 0.683130; t(0.975, 5) = 2.571; half = 1.756327.
    // 95% CI = 3.2437 .. 6.7563.
    const f = figures('ces', [7, 6, 6, 5, 3, 3]);
    expect(f.score).toBe(5);
    expect(f.ci![0]).toBeCloseTo(3.2437, 3);
    expect(f.ci![1]).toBeCloseTo(6.7563, 3);
  });

  it('needs met: % met, Wilson interval', () => {
    // Codes 2,2,1,0 (met, met, partly, not met): 2 of 4 met = 50%; mean code 5 / 4 = 1.25.
    // centre = (0.5 + 3.8416 / 8) / (1 + 3.8416 / 4) = 0.9802 / 1.9604 = 0.5
    // half = (1.96 / 1.9604) x sqrt(0.25 / 4 + 3.8416 / 64) = 0.999796 x 0.350036 = 0.349964
    // 95% CI = 15.004 .. 84.996 (%).
    const f = figures('needsMet', [2, 2, 1, 0]);
    expect(f.score).toBe(50);
    expect(f.mean).toBe(1.25);
    expect(f.ci![0]).toBeCloseTo(15.004, 2);
    expect(f.ci![1]).toBeCloseTo(84.996, 2);
  });

  it('one answer has no spread: no interval for NPS and CES; Wilson still has one', () => {
    expect(figures('nps', [10]).ci).toBeNull();
    expect(figures('ces', [4]).ci).toBeNull();
    // k = 1, n = 1: centre = (1 + 1.9208) / 4.8416 = 0.603272; half = 0.404822 x sqrt(0.9604)
    // = 0.396726; 20.65 .. 100 (%).
    const csat = figures('csat', [5]);
    expect(csat.ci![0]).toBeCloseTo(20.65, 1);
    expect(csat.ci![1]).toBe(100);
  });

  it('no answers, no figures', () => {
    expect(metricFigures('nps', tally([]))).toBeNull();
  });

  it('t quantiles: the table, and the expansion beyond 30 degrees of freedom', () => {
    expect(t95(5)).toBe(2.571);
    // 1.96 + 9.489536 / 160 + 270.98 / 153600 + 981.55 / 24576000 = 2.02111 (table: 2.021).
    expect(t95(40)).toBeCloseTo(2.0211, 3);
    expect(t95(100_000)).toBeCloseTo(1.96, 3);
  });

  it('Wilson keeps inside 0..1', () => {
    const [lo, hi] = wilson(0, 20);
    expect(lo).toBe(0);
    // k = 0, n = 20: (0.09604 +/- 0.09604) / 1.19208 -> hi = 0.161130.
    expect(hi).toBeCloseTo(0.16113, 4);
  });
});
