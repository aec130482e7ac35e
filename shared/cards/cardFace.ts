import { TOUCHPOINT } from '../model/entities';
import type { CardShow, Fields } from '../model/entityKit';
import { holdsTouchpoints, LANE_CARD_NOUNS } from '../model/laneKinds';
import type { DataRating, NeedsMet } from '../model/cxLayerFields';
import { NEEDS_MET_MARKS, needsMetPhrase, needsMetWord } from '../model/needsMet';
import { EFFORT_MAX, effortPhrase, emotionLevel } from '../model/scales';
import type { LaneKind, Touchpoint } from '../model/types';
import { linkText } from './cardLink';
import { isSafeExternalUrl } from '../text/externalUrl';

/**
 * What a card shows, decided once: the canvas, the presentation and the SVG export (and the
 * PNG and PDF drawn from it) each draw this description and decide nothing about content.
 * A card is a touchpoint (ratings, channel, badges, extra fields) or a note (title and text).
 */

export interface CardTitle {
  /** The title, or "Untitled pain point" when it is blank. */
  text: string;
  untitled: boolean;
}

export interface CardEmotion {
  /** Null: not rated, drawn as a grey face with a question mark. */
  value: number | null;
  /** "Negative", or "Not rated": always shown beside the face, never colour alone. */
  word: string;
  /** The face's fill and the card's left edge. */
  color: string;
}

export interface CardEffort {
  value: number | null;
  /** "Fairly high effort", or "Effort not rated". */
  phrase: string;
  /** "Effort 5/7", or "Effort not rated": the short form where type is large. */
  score: string;
}

/** Whether the need was met: a mark and words, on a line of its own below the effort. */
export interface CardNeedsMet {
  value: NeedsMet;
  /** ✓, ◐ or ✕: the shape tells them apart, with the words beside it. */
  mark: string;
  /** "Partly met". */
  word: string;
  /** "Need partly met". */
  phrase: string;
}

/** A field declared with `card` in the touchpoint's descriptor, with its value as text. */
export type CardExtra =
  | { field: string; show: 'line'; label: string; text: string }
  | {
      field: string;
      show: 'link';
      label: string;
      /** Host and path, shortened: what the link reads as. */
      text: string;
      /** The address to open, only when `isSafeExternalUrl` accepts it; otherwise plain text. */
      href: string | null;
    };

interface FaceBase {
  id: string;
  laneKind: LaneKind;
  /** What one card of the lane is called: "Pain point". */
  noun: string;
  title: CardTitle;
}

export interface TouchpointFace extends FaceBase {
  kind: 'touchpoint';
  emotion: CardEmotion;
  effort: CardEffort;
  /** Null when not rated: the card then has no need-met line. */
  needsMet: CardNeedsMet | null;
  /** The feeling in words beside the emotion's ("reassured"); empty when none. */
  feeling: string;
  /** Which ratings came from survey data; the others are assumed. */
  fromData: Readonly<Record<DataRating, boolean>>;
  momentOfTruth: boolean;
  /** Empty when none. */
  channel: string;
  owner: string;
  tags: readonly string[];
  /** Shown below the ratings, one line each, in declared order; empty values left out. */
  extras: readonly CardExtra[];
}

export interface NoteFace extends FaceBase {
  kind: 'note';
  /** The note's text; empty when none. */
  text: string;
}

export type CardFace = TouchpointFace | NoteFace;

function valueText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'Yes' : '';
  if (Array.isArray(value)) return value.map(valueText).filter(Boolean).join(', ');
  return '';
}

function extra(field: string, card: CardShow, value: string): CardExtra {
  if (card.show === 'line') return { field, show: 'line', label: card.label, text: value };
  return {
    field,
    show: 'link',
    label: card.label,
    text: linkText(value),
    href: isSafeExternalUrl(value) ? value : null,
  };
}

/**
 * Every field of `fields` that declares `card`, in declared order, with its value in `row`;
 * empty values are left out. `fields` is the touchpoint descriptor's unless a test passes its own.
 */
export function cardExtras(
  row: Touchpoint,
  fields: Fields = TOUCHPOINT.fields as Fields,
): CardExtra[] {
  const values = row as unknown as Record<string, unknown>;
  const out: CardExtra[] = [];
  for (const [name, spec] of Object.entries(fields)) {
    if (!spec.card) continue;
    const value = valueText(values[name]);
    if (value) out.push(extra(name, spec.card, value));
  }
  return out;
}

/**
 * How many extra lines a card shows (its need-met line when rated, then its extra fields): the
 * layout makes its card that much taller.
 */
export function cardExtraLines(t: Touchpoint, laneKind: LaneKind): number {
  if (!holdsTouchpoints(laneKind)) return 0;
  return (t.needsMet === null ? 0 : 1) + cardExtras(t).length;
}

function needsMetOf(value: NeedsMet | null): CardNeedsMet | null {
  if (value === null) return null;
  return {
    value,
    mark: NEEDS_MET_MARKS[value],
    word: needsMetWord(value),
    phrase: needsMetPhrase(value),
  };
}

export function cardFace(
  t: Touchpoint,
  laneKind: LaneKind,
  fields: Fields = TOUCHPOINT.fields as Fields,
): CardFace {
  const noun = LANE_CARD_NOUNS[laneKind];
  const untitled = t.title.trim() === '';
  const base = {
    id: t.id,
    laneKind,
    noun,
    title: { text: untitled ? `Untitled ${noun.toLowerCase()}` : t.title, untitled },
  };
  if (!holdsTouchpoints(laneKind)) return { ...base, kind: 'note', text: t.description.trim() };
  const level = emotionLevel(t.emotion);
  return {
    ...base,
    kind: 'touchpoint',
    emotion: { value: level.value, word: level.word, color: level.color },
    effort: {
      value: t.effort,
      phrase: effortPhrase(t.effort),
      score: t.effort === null ? effortPhrase(null) : `Effort ${t.effort}/${EFFORT_MAX}`,
    },
    needsMet: needsMetOf(t.needsMet),
    feeling: t.feeling.trim(),
    fromData: {
      emotion: t.emotion !== null && t.fromData.includes('emotion'),
      effort: t.effort !== null && t.fromData.includes('effort'),
      needsMet: t.needsMet !== null && t.fromData.includes('needsMet'),
    },
    momentOfTruth: t.momentOfTruth,
    channel: t.channel.trim(),
    owner: t.owner.trim(),
    tags: t.tags,
    extras: cardExtras(t, fields),
  };
}

/** The card as a screen reader names it: "Touchpoint: Book the room, Book, emotion positive…". */
export function cardAccessibleName(face: CardFace, stageName: string): string {
  const head = `${face.noun}: ${face.title.text}, ${stageName}`;
  if (face.kind === 'note') return head;
  const effort =
    face.effort.value === null
      ? 'effort not rated'
      : `effort ${face.effort.value} of ${EFFORT_MAX}`;
  const data = (rating: DataRating) => (face.fromData[rating] ? ' (from data)' : '');
  const feeling = face.feeling ? `, feels ${face.feeling}` : '';
  const parts = [
    head,
    `emotion ${face.emotion.word.toLowerCase()}${feeling}${data('emotion')}`,
    `${effort}${data('effort')}`,
  ];
  if (face.needsMet) parts.push(`${face.needsMet.phrase.toLowerCase()}${data('needsMet')}`);
  if (face.momentOfTruth) parts.push('moment of truth');
  return parts.join(', ');
}
