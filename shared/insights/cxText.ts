import type { CxLayerChange, CxLayerId, CxSummary } from './cxIndex';
import { formatSigned } from './format';

/** The layers' questions, as the method asks them. */
export const CX_LAYER_QUESTIONS: Readonly<Record<CxLayerId, string>> = {
  needsMet: 'Does it meet the need?',
  ease: 'Is it easy?',
  emotion: 'How does it feel?',
};

/** Why both scores are shown: said under the index in the panel, the PDF and the README. */
export const CX_BESIDE_HEALTH =
  'The CX index stands beside the health score, not in its place: the index reads only the ' +
  'customer’s three layers, while health also counts the pain points the team has fixed, which ' +
  'is progress on the work rather than what customers live.';

/** "70 (5 of 6 rated)": a layer's score with how many touchpoints it is over. */
export function layerText(cx: CxSummary, id: CxLayerId): string {
  const layer = cx.layers[id];
  const score = layer.score === null ? '–' : String(layer.score);
  return `${score} (${layer.rated} of ${cx.touchpoints} rated)`;
}

/** The index, or a dash where a layer has no rating. */
export const indexText = (cx: CxSummary) => (cx.index === null ? '–' : String(cx.index));

/** "5 of 6 (83%)": touchpoints rated on all three layers. */
export function fullyRatedText(cx: CxSummary): string {
  if (cx.touchpoints === 0) return '0';
  return `${cx.fullyRated} of ${cx.touchpoints} (${Math.round((cx.fullyRated / cx.touchpoints) * 100)}%)`;
}

/** "+23" or "–": a change in points of 0..100. */
export const changeText = (row: CxLayerChange) =>
  row.change === null ? '–' : formatSigned(row.change, 0);
