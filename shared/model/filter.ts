import { EFFORT_MAX, EFFORT_MIN } from './scales';
import { countOf } from '../text/plural';
import { isTouchpointLane } from './laneKinds';
import type { Lane, Touchpoint } from './types';

/** What the search bar narrows the cards to. Empty fields do not narrow. */
export interface CardFilter {
  /** Words looked up in title, description, tags and owner; every word must occur. */
  text: string;
  /** A channel name, matched exactly (case aside); '' for any. */
  channel: string;
  /** Emotions to keep; empty for any. */
  emotions: number[];
  effortMin: number;
  effortMax: number;
  /** A tag, matched exactly (case aside); '' for any. */
  tag: string;
  momentOfTruthOnly: boolean;
}

export const EMPTY_FILTER: CardFilter = {
  text: '',
  channel: '',
  emotions: [],
  effortMin: EFFORT_MIN,
  effortMax: EFFORT_MAX,
  tag: '',
  momentOfTruthOnly: false,
};

/** True when the filter would leave some card out, so there is something to highlight. */
export function isFilterActive(filter: CardFilter | null): filter is CardFilter {
  if (!filter) return false;
  return (
    filter.text.trim() !== '' ||
    filter.channel !== '' ||
    filter.emotions.length > 0 ||
    filter.effortMin > EFFORT_MIN ||
    filter.effortMax < EFFORT_MAX ||
    filter.tag !== '' ||
    filter.momentOfTruthOnly
  );
}

const fold = (s: string) => s.toLocaleLowerCase();

export function matchesFilter(card: Touchpoint, filter: CardFilter): boolean {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  if (words.length > 0) {
    const haystack = fold([card.title, card.description, card.owner, ...card.tags].join('\n'));
    if (!words.every((w) => haystack.includes(w))) return false;
  }
  if (filter.channel && fold(card.channel) !== fold(filter.channel)) return false;
  // A card not rated (or a note) is none of the chosen emotions and in no narrowed effort range.
  if (
    filter.emotions.length > 0 &&
    (card.emotion === null || !filter.emotions.includes(card.emotion))
  )
    return false;
  const effortNarrowed = filter.effortMin > EFFORT_MIN || filter.effortMax < EFFORT_MAX;
  if (
    effortNarrowed &&
    (card.effort === null || card.effort < filter.effortMin || card.effort > filter.effortMax)
  )
    return false;
  if (filter.tag && !card.tags.some((t) => fold(t) === fold(filter.tag))) return false;
  if (filter.momentOfTruthOnly && !card.momentOfTruth) return false;
  return true;
}

/** The distinct values cards use, sorted, for the filter's pick lists. */
export function filterChoices(cards: readonly Touchpoint[]): {
  channels: string[];
  tags: string[];
} {
  const channels = new Set<string>();
  const tags = new Set<string>();
  for (const card of cards) {
    if (card.channel) channels.add(card.channel);
    for (const tag of card.tags) tags.add(tag);
  }
  const sorted = (set: Set<string>) => [...set].sort((a, b) => a.localeCompare(b));
  return { channels: sorted(channels), tags: sorted(tags) };
}

/**
 * The search bar's count, touchpoints and notes (cards of other lanes) apart, e.g. "4 of 17
 * touchpoints, 2 of 10 notes"; a kind the journey has none of is left out.
 */
export function describeFilterCount(
  cards: readonly Touchpoint[],
  lanes: Readonly<Record<string, Lane>>,
  filter: CardFilter,
): string {
  const active = isFilterActive(filter);
  const tally = { touchpoint: { shown: 0, all: 0 }, note: { shown: 0, all: 0 } };
  for (const card of cards) {
    const kind = isTouchpointLane(lanes[card.laneId]?.kind) ? tally.touchpoint : tally.note;
    kind.all++;
    if (!active || matchesFilter(card, filter)) kind.shown++;
  }
  const parts = (['touchpoint', 'note'] as const)
    .filter((k) => tally[k].all > 0)
    .map((k) => `${tally[k].shown} of ${countOf(tally[k].all, k)}`);
  return parts.length > 0 ? parts.join(', ') : 'No cards yet';
}
