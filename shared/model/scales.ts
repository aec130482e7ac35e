/** Emotion runs -2 (very negative) .. +2 (very positive); effort 1 (very low) .. 7 (very high). */
export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;
export const EFFORT_MIN = 1;
export const EFFORT_MAX = 7;

export type Emotion = -2 | -1 | 0 | 1 | 2;

export interface EmotionLevel {
  value: Emotion;
  word: string;
  /** Fill colour of the face; never the only cue, the word and the face shape go with it. */
  color: string;
  /** Mouth curvature from -1 (frown) to 1 (smile), used to draw the face. */
  mouth: number;
}

export const EMOTION_LEVELS: readonly EmotionLevel[] = [
  { value: -2, word: 'Very negative', color: '#d64545', mouth: -1 },
  { value: -1, word: 'Negative', color: '#f08c4a', mouth: -0.5 },
  { value: 0, word: 'Neutral', color: '#e8c547', mouth: 0 },
  { value: 1, word: 'Positive', color: '#8cc665', mouth: 0.5 },
  { value: 2, word: 'Very positive', color: '#3fa66b', mouth: 1 },
];

/** What a card, a list or an export says for an emotion or effort nobody has rated. */
export const NOT_RATED = 'Not rated';

/** The look of an unrated emotion: a grey face with a question mark (shape and word, not colour). */
export const NOT_RATED_LEVEL = {
  value: null,
  word: NOT_RATED,
  color: '#c9ccd3',
  mouth: 0,
} as const;
export type ShownEmotion = EmotionLevel | typeof NOT_RATED_LEVEL;

export function emotionLevel(value: number): EmotionLevel;
export function emotionLevel(value: number | null): ShownEmotion;
export function emotionLevel(value: number | null): ShownEmotion {
  if (value === null) return NOT_RATED_LEVEL;
  const clamped = Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, Math.round(value)));
  return EMOTION_LEVELS[clamped - EMOTION_MIN] as EmotionLevel;
}

export const EFFORT_WORDS: readonly string[] = [
  'Very low',
  'Low',
  'Fairly low',
  'Moderate',
  'Fairly high',
  'High',
  'Very high',
];

export function effortWord(value: number | null): string {
  if (value === null) return NOT_RATED;
  const clamped = Math.max(EFFORT_MIN, Math.min(EFFORT_MAX, Math.round(value)));
  return EFFORT_WORDS[clamped - EFFORT_MIN] as string;
}

/** "Fairly high effort", or "Effort not rated": a phrase that reads right either way. */
export const effortPhrase = (value: number | null) =>
  value === null ? 'Effort not rated' : `${effortWord(value)} effort`;
