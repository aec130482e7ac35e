import { EFFORT_MAX, EFFORT_MIN, EMOTION_MAX, EMOTION_MIN } from '../model/scales';
import { formatNumber, formatSigned } from './format';
import { type PainTally, UNSET_SEVERITY_WEIGHT } from './painResolution';

/** The weights of the health score; they add up to 1 and are printed beside the score. */
export const HEALTH_WEIGHTS = { emotion: 0.4, effort: 0.4, painPoints: 0.2 } as const;

export interface HealthInput {
  /** Average emotion over every touchpoint of the journey (not an average of stage averages). */
  averageEmotion: number | null;
  averageEffort: number | null;
  /** The journey's pain points: how many are resolved, planned or open, weighed by severity. */
  pains: PainTally;
}

export interface HealthScore {
  /** 0..100, or null for a journey without touchpoints (there is nothing to score). */
  score: number | null;
  /** The three parts, each 0..100 and rounded to whole numbers before weighting. */
  emotion: number | null;
  effort: number | null;
  painPoints: number;
  /** The formula with this journey's numbers, one line per part and the sum last. */
  formula: string[];
}

const pct = (w: number) => `${Math.round(w * 100)}%`;

/**
 * A journey health score from 0 (hurts everywhere) to 100, with its formula spelled out:
 * emotion mapped from -2..+2 onto 0..100, effort from 1..7 onto 100..0, and the share of pain
 * points resolved (a linked opportunity has shipped), each weighed by its severity, so a
 * critical pain left open costs four times a minor one. Planned fixes are named but not counted:
 * the customer still feels the pain. Parts are rounded first, so the sum can be redone by hand.
 */
export function healthScore(input: HealthInput): HealthScore {
  const { emotion: we, effort: wf, painPoints: wp } = HEALTH_WEIGHTS;
  const { pains } = input;
  const painPoints =
    pains.weight === 0 ? 100 : Math.round((pains.resolvedWeight / pains.weight) * 100);
  const painLines = [
    `Pain points ${painPoints}: ${pains.resolved} of ${pains.all} resolved (a linked ` +
      `opportunity shipped), ${pains.planned} planned, ${pains.open} open`,
    `Resolved severity ${pains.resolvedWeight} ÷ all severity ${pains.weight} × 100; ` +
      `severity 1 minor .. 4 critical, not set ${UNSET_SEVERITY_WEIGHT}`,
  ];
  const header = `Health = ${pct(we)} emotion + ${pct(wf)} effort + ${pct(wp)} pain points resolved`;
  if (input.averageEmotion === null || input.averageEffort === null) {
    return {
      score: null,
      emotion: null,
      effort: null,
      painPoints,
      formula: [header, 'No touchpoints yet: the score needs their emotion and effort.'],
    };
  }
  const emotionSpan = EMOTION_MAX - EMOTION_MIN;
  const effortSpan = EFFORT_MAX - EFFORT_MIN;
  const emotion = Math.round(((input.averageEmotion - EMOTION_MIN) / emotionSpan) * 100);
  const effort = Math.round(((EFFORT_MAX - input.averageEffort) / effortSpan) * 100);
  const exact = we * emotion + wf * effort + wp * painPoints;
  const score = Math.round(exact);
  return {
    score,
    emotion,
    effort,
    painPoints,
    formula: [
      header,
      `Emotion ${emotion}: average ${formatSigned(input.averageEmotion, 2)} on −2..+2; ` +
        `(average + 2) ÷ ${emotionSpan} × 100`,
      `Effort ${effort}: average ${formatNumber(input.averageEffort, 2)} on 1..7; ` +
        `(7 − average) ÷ ${effortSpan} × 100`,
      ...painLines,
      `${we} × ${emotion} + ${wf} × ${effort} + ${wp} × ${painPoints} = ` +
        `${formatNumber(exact, 1)}, rounded ${score}`,
    ],
  };
}
