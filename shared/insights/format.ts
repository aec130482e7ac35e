/** Numbers as insights show them, the same in the panel, the charts and the PDF. */

const MINUS = '\u2212';

/** Fixed decimals with a real minus sign: 3.5 -> "3.5", 3 -> "3.0", -0.25 -> "−0.3". */
export function formatNumber(value: number, decimals = 1): string {
  const fixed = value.toFixed(decimals);
  // "-0.0" would read as a negative average of nothing.
  const text = Number(fixed) === 0 ? (0).toFixed(decimals) : fixed;
  return text.replace('-', MINUS);
}

/** With an explicit sign, for emotion and changes: "+0.3", "−1.0", "0.0". */
export function formatSigned(value: number, decimals = 1): string {
  const text = formatNumber(value, decimals);
  return Number(value.toFixed(decimals)) > 0 ? `+${text}` : text;
}

/** An average that may be missing (a stage without touchpoints). */
export function formatAverage(value: number | null, signed = false): string {
  if (value === null) return '–';
  return signed ? formatSigned(value) : formatNumber(value);
}

/**
 * An average emotion as the nearest level, halves away from neutral so -0.5 and +0.5 read alike
 * ("Negative", "Positive"); Math.round alone would call -0.5 neutral and +0.5 positive.
 */
export function nearestEmotion(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

/** "5 of 7 rated": how many touchpoints an average is over, said wherever one is shown. */
export const ratedOf = (rated: number, total: number) => `${rated} of ${total} rated`;

/** The sentence under the stage table: averages count rated touchpoints only, and how many. */
export function ratedSentence(r: {
  emotionRated: number;
  effortRated: number;
  touchpoints: number;
}) {
  return `Averages count rated touchpoints only: emotion ${ratedOf(r.emotionRated, r.touchpoints)}, effort ${ratedOf(r.effortRated, r.touchpoints)}.`;
}
