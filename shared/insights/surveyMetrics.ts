import { metricInfo, type SurveyMetric } from '../model/surveyEntities';

/**
 * Survey metrics from answer counts, with 95% confidence intervals. Every figure is computed
 * from a tally of the answers per score (a card's answers to one metric, or a stage's pooled),
 * so a stage is the sum of its cards' tallies and nothing is read twice.
 *
 * Score and interval methods:
 * - NPS = % answers 9-10 minus % answers 0-6. Each answer coded +1 / 0 / -1, NPS is 100 x the
 *   mean code; its interval is the normal (Wald) one, mean code +/- 1.96 x s / sqrt(n), with s
 *   the sample standard deviation of the codes (n - 1), clamped to -100..100.
 * - CSAT = % answers 4-5, and needs met = % answers "met": proportions, with the Wilson score
 *   interval (z = 1.96), which stays inside 0..100 and behaves at 0% and 100%.
 * - CES = the mean answer (1-7, 7 = easiest): Student's t interval, mean +/- t(0.975, n - 1) x
 *   s / sqrt(n).
 * An interval needs two answers or more for NPS and CES (one answer has no spread).
 */

export const Z95 = 1.96;

/** t(0.975, df) for df = 1..30, from the standard table. */
const T_TABLE = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
  2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048,
  2.045, 2.042,
];

/** The two-sided 95% quantile of Student's t: the table, then the Cornish-Fisher expansion. */
export function t95(df: number): number {
  if (df < 1) return Number.NaN;
  if (df <= T_TABLE.length) return T_TABLE[Math.round(df) - 1]!;
  const z = Z95;
  return (
    z +
    (z ** 3 + z) / (4 * df) +
    (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df ** 2) +
    (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / (384 * df ** 3)
  );
}

/** The Wilson score interval of k successes in n, as fractions. */
export function wilson(k: number, n: number, z = Z95): [number, number] {
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

export interface MetricFigures {
  metric: SurveyMetric;
  /** Answers counted. */
  n: number;
  /** The mean answer on the metric's own scale (needs met coded 0 not met, 1 partly, 2 met). */
  mean: number;
  /** NPS -100..100, CSAT and needs met in %, CES the mean answer. */
  score: number;
  /** The 95% interval of the score; null when it cannot be worked out (too few answers). */
  ci: [number, number] | null;
  /** Answers per score, index = score. */
  counts: readonly number[];
}

/** Answers per score (index = score, 0..10), from scores or their stored text (encodeScores). */
export function tally(scores: readonly number[] | string, into: number[] = new Array(11).fill(0)) {
  if (typeof scores === 'string') {
    for (let i = 0; i < scores.length; i++) {
      const c = scores.charCodeAt(i);
      // "0"-"9" are 48-57, "a" (10) is 97.
      const s = c === 97 ? 10 : c - 48;
      into[s] = (into[s] ?? 0) + 1;
    }
    return into;
  }
  for (const s of scores) into[s] = (into[s] ?? 0) + 1;
  return into;
}

function sumRange(counts: readonly number[], from: number, to: number): number {
  let sum = 0;
  for (let s = from; s <= to; s++) sum += counts[s] ?? 0;
  return sum;
}

function meanAndVariance(counts: readonly number[], code: (score: number) => number) {
  let n = 0;
  let sum = 0;
  let squares = 0;
  counts.forEach((c, score) => {
    const x = code(score);
    n += c;
    sum += c * x;
    squares += c * x * x;
  });
  const mean = sum / n;
  // Sample variance (n - 1); 0 / 0 for one answer, which gives no interval.
  const variance = n > 1 ? Math.max(0, (squares - n * mean * mean) / (n - 1)) : Number.NaN;
  return { n, mean, variance };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const identity = (s: number) => s;

/** A metric's figures from its tally; null when there are no answers. */
export function metricFigures(
  metric: SurveyMetric,
  counts: readonly number[],
): MetricFigures | null {
  const { n, mean, variance } = meanAndVariance(counts, identity);
  if (n === 0) return null;
  const base = { metric, n, mean, counts: [...counts] };
  if (metric === 'nps') {
    const codes = meanAndVariance(counts, (s) => (s >= 9 ? 1 : s <= 6 ? -1 : 0));
    const half = Z95 * Math.sqrt(codes.variance / n);
    const ci: [number, number] | null =
      n > 1
        ? [clamp(100 * (codes.mean - half), -100, 100), clamp(100 * (codes.mean + half), -100, 100)]
        : null;
    return { ...base, score: 100 * codes.mean, ci };
  }
  if (metric === 'ces') {
    const half = t95(n - 1) * Math.sqrt(variance / n);
    const { min, max } = metricInfo('ces');
    return {
      ...base,
      score: mean,
      ci: n > 1 ? [clamp(mean - half, min, max), clamp(mean + half, min, max)] : null,
    };
  }
  // CSAT: answers 4-5; needs met: answers coded 2 (met).
  const k = metric === 'csat' ? sumRange(counts, 4, 5) : (counts[2] ?? 0);
  const [lo, hi] = wilson(k, n);
  return { ...base, score: (100 * k) / n, ci: [100 * lo, 100 * hi] };
}
