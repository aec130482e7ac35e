import type { DataRating, NeedsMet } from '../model/cxLayerFields';
import { EFFORT_MAX, EFFORT_MIN, EMOTION_MAX, EMOTION_MIN } from '../model/scales';
import type { Touchpoint } from '../model/types';
import { formatNumber, formatSigned } from './format';
import { average } from './stageCards';

/**
 * The three layers of a customer experience ("Outside In", Bodine and Manning), each mapped onto
 * 0..100, and a CX index built from them with its formula spelled out. The layers: does the
 * moment meet the customer's need, is it easy (effort turned round), how does it feel (emotion).
 * Each layer averages the touchpoints rated on it; "not rated" is left out, never counted as 0.
 */

export const CX_LAYER_IDS = ['needsMet', 'ease', 'emotion'] as const;
export type CxLayerId = (typeof CX_LAYER_IDS)[number];

/**
 * Each layer's share of the index; they add up to 1 and are printed beside it. Meeting the need
 * weighs most because it is the base of the pyramid: an easy, pleasant moment that does not give
 * the customer what they came for has still failed them.
 */
export const CX_WEIGHTS: Readonly<Record<CxLayerId, number>> = {
  needsMet: 0.4,
  ease: 0.3,
  emotion: 0.3,
};

/** What a touchpoint's need-met rating is worth on the 0..100 scale. */
export const NEEDS_MET_POINTS: Readonly<Record<NeedsMet, number>> = {
  met: 100,
  partly: 50,
  notMet: 0,
};

export const CX_LAYER_LABELS: Readonly<Record<CxLayerId, string>> = {
  needsMet: 'Needs met',
  ease: 'Ease',
  emotion: 'Emotion',
};

/** The rating a layer is read from, as `fromData` names it. */
const LAYER_RATING: Readonly<Record<CxLayerId, DataRating>> = {
  needsMet: 'needsMet',
  ease: 'effort',
  emotion: 'emotion',
};

/** What the index reads of a touchpoint. */
export type CxCard = Pick<Touchpoint, 'needsMet' | 'effort' | 'emotion' | 'fromData'>;

export interface CxLayer {
  id: CxLayerId;
  label: string;
  /** 0..100, rounded to a whole number; null when no touchpoint is rated on this layer. */
  score: number | null;
  /** Touchpoints rated on this layer: the n of "n of m rated". */
  rated: number;
  /** Of `rated`, how many were set from survey data (the rest are assumed). */
  fromData: number;
  /** The layer's average in its own units: share of needs met, effort 1..7, emotion −2..+2. */
  mean: number | null;
}

export interface NeedsTally {
  met: number;
  partly: number;
  notMet: number;
}

export interface CxSummary {
  /** Touchpoints counted (m of "n of m rated"). */
  touchpoints: number;
  layers: Readonly<Record<CxLayerId, CxLayer>>;
  needs: NeedsTally;
  /** Touchpoints rated on all three layers. */
  fullyRated: number;
  /** 0..100, or null unless every layer has at least one rated touchpoint. */
  index: number | null;
  /** The index with these numbers, one line per layer and the sum last. */
  formula: string[];
}

const pct = (share: number) => `${Math.round(share * 100)}%`;
const EMOTION_SPAN = EMOTION_MAX - EMOTION_MIN;
const EFFORT_SPAN = EFFORT_MAX - EFFORT_MIN;

/** Emotion −2..+2 onto 0..100. */
export const emotionPoints = (emotion: number) => ((emotion - EMOTION_MIN) / EMOTION_SPAN) * 100;
/** Effort 1..7 onto ease 100..0: the lowest effort is the easiest moment. */
export const easePoints = (effort: number) => ((EFFORT_MAX - effort) / EFFORT_SPAN) * 100;

function layerOf(
  id: CxLayerId,
  cards: readonly CxCard[],
  value: (c: CxCard) => number | null,
  points: (mean: number) => number,
): CxLayer {
  const rated = cards.filter((c) => value(c) !== null);
  const mean = average(rated.map(value));
  return {
    id,
    label: CX_LAYER_LABELS[id],
    score: mean === null ? null : Math.round(points(mean)),
    rated: rated.length,
    fromData: rated.filter((c) => c.fromData.includes(LAYER_RATING[id])).length,
    mean,
  };
}

const needsValue = (c: CxCard) => (c.needsMet === null ? null : NEEDS_MET_POINTS[c.needsMet]);

function tallyNeeds(cards: readonly CxCard[]): NeedsTally {
  const tally: NeedsTally = { met: 0, partly: 0, notMet: 0 };
  for (const c of cards) if (c.needsMet !== null) tally[c.needsMet] += 1;
  return tally;
}

/** "4 of 6 rated, 1 from data". */
const ratedText = (layer: CxLayer, total: number) =>
  `${layer.rated} of ${total} rated` + (layer.fromData > 0 ? `, ${layer.fromData} from data` : '');

function layerLine(layer: CxLayer, total: number, needs: NeedsTally): string {
  if (layer.score === null || layer.mean === null) {
    return `${layer.label}: no touchpoint rated yet (0 of ${total})`;
  }
  const rated = ratedText(layer, total);
  switch (layer.id) {
    case 'needsMet':
      return (
        `Needs met ${layer.score}: met 100, partly 50, not met 0, averaged over ${rated} ` +
        `(${needs.met} met, ${needs.partly} partly, ${needs.notMet} not met)`
      );
    case 'ease':
      return (
        `Ease ${layer.score}: (7 − average effort ${formatNumber(layer.mean, 2)}) ÷ ` +
        `${EFFORT_SPAN} × 100, over ${rated}`
      );
    case 'emotion':
      return (
        `Emotion ${layer.score}: (average emotion ${formatSigned(layer.mean, 2)} + 2) ÷ ` +
        `${EMOTION_SPAN} × 100, over ${rated}`
      );
  }
}

/** The formula's first line: the weights, as the panel, the PDF and the README print them. */
export const CX_FORMULA_HEADER =
  `CX index = ${pct(CX_WEIGHTS.needsMet)} needs met + ${pct(CX_WEIGHTS.ease)} ease + ` +
  `${pct(CX_WEIGHTS.emotion)} emotion, each layer 0–100`;

/**
 * The three layers and the CX index of a set of touchpoints (a stage, a channel, a journey).
 * Layers are rounded to whole numbers before weighting, so the sum can be redone by hand; the
 * index needs every layer rated on at least one touchpoint, since a missing layer counted as 0
 * would sink it and one left out would change what the index means.
 */
export function cxSummary(cards: readonly CxCard[]): CxSummary {
  const layers = {
    needsMet: layerOf('needsMet', cards, needsValue, (m) => m),
    ease: layerOf('ease', cards, (c) => c.effort, easePoints),
    emotion: layerOf('emotion', cards, (c) => c.emotion, emotionPoints),
  };
  const needs = tallyNeeds(cards);
  const total = cards.length;
  const fullyRated = cards.filter(
    (c) => c.needsMet !== null && c.effort !== null && c.emotion !== null,
  ).length;
  const lines = CX_LAYER_IDS.map((id) => layerLine(layers[id], total, needs));
  const missing = CX_LAYER_IDS.filter((id) => layers[id].score === null);
  let index: number | null = null;
  let last: string;
  if (total === 0) {
    last = 'No touchpoints yet: the index needs their ratings.';
  } else if (missing.length > 0) {
    const names = missing.map((id) => CX_LAYER_LABELS[id].toLowerCase()).join(' and ');
    last = `No index yet: rate ${names} on at least one touchpoint.`;
  } else {
    const terms = CX_LAYER_IDS.map((id) => `${CX_WEIGHTS[id]} × ${layers[id].score}`);
    const exact = CX_LAYER_IDS.reduce((sum, id) => sum + CX_WEIGHTS[id] * layers[id].score!, 0);
    index = Math.round(exact);
    last = `${terms.join(' + ')} = ${formatNumber(exact, 1)}, rounded ${index}`;
  }
  return {
    touchpoints: total,
    layers,
    needs,
    fullyRated,
    index,
    formula: [CX_FORMULA_HEADER, ...lines, last],
  };
}

/** "4 of 6 touchpoints rated on all three layers (67%)": said wherever an index is shown. */
export function coverageSentence(cx: CxSummary): string {
  if (cx.touchpoints === 0) return 'No touchpoints.';
  const share = Math.round((cx.fullyRated / cx.touchpoints) * 100);
  return `${cx.fullyRated} of ${cx.touchpoints} touchpoints rated on all three layers (${share}%)`;
}

/** One row of a layer-by-layer comparison: a layer, or the index itself. */
export interface CxLayerChange {
  id: CxLayerId | 'index';
  label: string;
  before: number | null;
  after: number | null;
  /** After minus before, in points of 0..100; null unless both sides have a value. */
  change: number | null;
}

/** Two summaries layer by layer, then the index: what a future state changes. */
export function compareCx(before: CxSummary, after: CxSummary): CxLayerChange[] {
  const row = (id: CxLayerChange['id'], label: string, b: number | null, a: number | null) => ({
    id,
    label,
    before: b,
    after: a,
    change: b === null || a === null ? null : a - b,
  });
  return [
    ...CX_LAYER_IDS.map((id) =>
      row(id, CX_LAYER_LABELS[id], before.layers[id].score, after.layers[id].score),
    ),
    row('index', 'CX index', before.index, after.index),
  ];
}
