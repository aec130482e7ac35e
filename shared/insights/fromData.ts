import type { DataRating, NeedsMet } from '../model/cxLayerFields';
import { metricInfo } from '../model/surveyEntities';
import type { Touchpoint } from '../model/types';
import type { FiguresByMetric } from './journeySurveyMetrics';
import type { MetricFigures } from './surveyMetrics';

/** How a metric reads in a line of text: "NPS +20", "CSAT 60%", "CES 5.0", "Needs met 50%". */
export function scoreText(f: MetricFigures): string {
  const word = metricInfo(f.metric).word;
  if (f.metric === 'nps') return `${word} ${signed(Math.round(f.score))}`;
  if (f.metric === 'ces') return `${word} ${f.score.toFixed(1)}`;
  return `${word} ${Math.round(f.score)}%`;
}

const signed = (v: number) => (v > 0 ? `+${v}` : v < 0 ? `−${-v}` : '0');

/** The 95% interval in words: "95% CI −37 to +77", or that there is none. */
export function ciText(f: MetricFigures): string {
  if (!f.ci) return 'no interval (one answer)';
  const [lo, hi] = f.ci;
  if (f.metric === 'nps') return `95% CI ${signed(Math.round(lo))} to ${signed(Math.round(hi))}`;
  if (f.metric === 'ces') return `95% CI ${lo.toFixed(1)} to ${hi.toFixed(1)}`;
  return `95% CI ${Math.round(lo)}% to ${Math.round(hi)}%`;
}

/** "NPS +20 · n 10": what a card shows of one metric. */
export const compactText = (f: MetricFigures) => `${scoreText(f)} · n ${f.n}`;

/** A rating Wayline proposes from a card's metrics, with the mapping spelled out. */
export interface DataProposal {
  rating: DataRating;
  value: number | NeedsMet;
  /** "CSAT mean 4.2 (n 120): emotion = round(mean − 3) = +1". */
  basis: string;
}

// Symmetric rounding: -0.5 goes to -1 as 0.5 goes to 1, and never a -0.
const roundHalfAway = (v: number) => {
  const r = Math.sign(v) * Math.round(Math.abs(v));
  return r === 0 ? 0 : r;
};
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const emotionWord = (v: number) => (v > 0 ? `+${v}` : `${v}`);

/**
 * What the metrics say a touchpoint's ratings are:
 * - emotion from CSAT when answered: round(mean CSAT − 3), so 1..5 maps to −2..+2; else from
 *   NPS: round(NPS ÷ 50), so −100..+100 maps to −2..+2;
 * - effort from CES 2.0 (7 = easiest): round(8 − mean CES), as the CSV import converts;
 * - need met: met when at least half answered "met", partly when at least half answered met or
 *   partly, not met otherwise.
 */
export function proposeFromData(figures: FiguresByMetric): DataProposal[] {
  const out: DataProposal[] = [];
  const { csat, nps, ces, needsMet } = figures;
  if (csat) {
    const value = clamp(roundHalfAway(csat.mean - 3), -2, 2);
    out.push({
      rating: 'emotion',
      value,
      basis: `CSAT mean ${csat.mean.toFixed(2)} (n ${csat.n}): emotion = round(mean − 3) = ${emotionWord(value)}`,
    });
  } else if (nps) {
    const value = clamp(roundHalfAway(nps.score / 50), -2, 2);
    out.push({
      rating: 'emotion',
      value,
      basis: `NPS ${Math.round(nps.score)} (n ${nps.n}): emotion = round(NPS ÷ 50) = ${emotionWord(value)}`,
    });
  }
  if (ces) {
    const value = clamp(roundHalfAway(8 - ces.mean), 1, 7);
    out.push({
      rating: 'effort',
      value,
      basis: `CES mean ${ces.mean.toFixed(2)} (n ${ces.n}, 7 = easiest): effort = round(8 − mean) = ${value}`,
    });
  }
  if (needsMet) {
    const met = needsMet.counts[2] ?? 0;
    const partly = needsMet.counts[1] ?? 0;
    const n = needsMet.n;
    const value: NeedsMet = 2 * met >= n ? 'met' : 2 * (met + partly) >= n ? 'partly' : 'notMet';
    const pct = (k: number) => `${Math.round((100 * k) / n)}%`;
    out.push({
      rating: 'needsMet',
      value,
      basis: `${pct(met)} met, ${pct(partly)} partly (n ${n}): met if half or more said met, partly if half or more said met or partly → ${value === 'notMet' ? 'not met' : value}`,
    });
  }
  return out;
}

/** The patch that confirms proposals: the ratings set and listed as from data. */
export function confirmPatch(card: Touchpoint, proposals: readonly DataProposal[]) {
  const patch: { emotion?: number; effort?: number; needsMet?: NeedsMet; fromData: DataRating[] } =
    { fromData: [...card.fromData] };
  for (const p of proposals) {
    if (p.rating === 'needsMet') patch.needsMet = p.value as NeedsMet;
    else patch[p.rating] = p.value as number;
    if (!patch.fromData.includes(p.rating)) patch.fromData.push(p.rating);
  }
  return patch;
}
