/**
 * The insight tests' journeys, built card by card so every figure can be worked out by hand.
 * Each card is [stage, lane, title, emotion, effort, channel, moment of truth].
 */
import { generateNKeysBetween } from 'fractional-indexing';
import { emptyDoc } from '../model/doc';
import {
  makeJourney,
  makeLane,
  makeStage,
  makeTouchpoint,
  LANE_KIND_LABELS,
} from '../model/factories';
import { isNoteLane } from '../model/laneKinds';
import type { Emotion } from '../model/scales';
import type { Journey, LaneKind, ProjectDoc, RowSet, Touchpoint } from '../model/types';
import { applyOp } from '../ops/applyOp';

export type CardSpec = [
  stage: number,
  lane: LaneKind,
  title: string,
  /** Null: not rated. */
  emotion?: Emotion | null,
  effort?: number | null,
  channel?: string,
  momentOfTruth?: boolean,
];

export interface JourneySpec {
  id: string;
  state?: Journey['state'];
  currentJourneyId?: string;
  stages: string[];
  cards: CardSpec[];
  /** More fields of a card, by its index in `cards` (severity, status, value...). */
  fields?: Record<number, Partial<Touchpoint>>;
  /** Card links, [from, to] by index in `cards`. */
  links?: [from: number, to: number][];
}

/** Lanes of every fixture journey, top to bottom: the actions lane's cards must not count. */
const LANES: LaneKind[] = ['touchpoints', 'actions', 'painPoints', 'opportunities'];

/** Valid fractional order keys for the first n items: "a0", "a1", ... past "a9" too. */
const KEYS = generateNKeysBetween(null, null, 100);
const key = (i: number) => KEYS[i]!;

export function journeyRows(spec: JourneySpec): RowSet {
  const journeyId = spec.id;
  const stages = spec.stages.map((name, i) =>
    makeStage({ id: `${journeyId}-s${i}`, journeyId, name, color: '#3b5bdb', orderKey: key(i) }),
  );
  const lanes = LANES.map((kind, i) =>
    makeLane({
      id: `${journeyId}-${kind}`,
      journeyId,
      kind,
      name: LANE_KIND_LABELS[kind],
      orderKey: key(i),
    }),
  );
  const touchpoints = spec.cards.map(
    ([stage, lane, title, emotion = 0, effort = 4, channel = '', momentOfTruth = false], i) =>
      makeTouchpoint({
        id: `${journeyId}-c${i}`,
        journeyId,
        stageId: `${journeyId}-s${stage}`,
        laneId: `${journeyId}-${lane}`,
        // Cards are listed in order within their cell; a shared counter keeps that order.
        orderKey: key(i),
        title,
        // A note has no emotion or effort: what a spec gives it is what applyOp would refuse.
        emotion: isNoteLane(lane) ? null : emotion,
        effort: isNoteLane(lane) ? null : effort,
        channel,
        momentOfTruth,
        ...spec.fields?.[i],
      }),
  );
  const cardLinks = (spec.links ?? []).map(([from, to], i) => ({
    id: `${journeyId}-k${i}`,
    journeyId,
    fromId: `${journeyId}-c${from}`,
    toId: `${journeyId}-c${to}`,
  }));
  return {
    journeys: [
      makeJourney({
        id: journeyId,
        name: journeyId,
        orderKey: key(0),
        state: spec.state ?? 'current',
        currentJourneyId: spec.currentJourneyId ?? null,
      }),
    ],
    stages: stages as RowSet['stages'],
    lanes: lanes as RowSet['lanes'],
    touchpoints: touchpoints as RowSet['touchpoints'],
    cardLinks,
  };
}

export function docOf(...specs: JourneySpec[]): ProjectDoc {
  return specs.reduce(
    (doc, spec) => applyOp(doc, { type: 'insertRows', rows: journeyRows(spec) }).doc,
    emptyDoc('Insights test', '2024-01-01T00:00:00Z'),
  );
}

/**
 * A subscription journey. Only touchpoint-lane cards carry emotion and effort: the "Scrolls"
 * action card's (-2, effort 7) are dropped, as a note has none.
 */
export const SUBSCRIBE: JourneySpec = {
  id: 'sub',
  stages: ['Discover', 'Buy', 'Use', 'Renew'],
  cards: [
    [0, 'touchpoints', 'Sees an ad', 1, 2, 'Advertising'],
    [0, 'touchpoints', 'Reads reviews', 0, 3, 'Website'],
    [0, 'actions', 'Scrolls', -2, 7, 'Website'],
    [0, 'painPoints', 'Too many options'],
    [0, 'opportunities', 'Curated shortlist'],
    [1, 'touchpoints', 'Checkout', -2, 6, 'Website', true],
    [1, 'touchpoints', 'Calls support', -1, 6, 'Phone'],
    [1, 'touchpoints', 'Confirmation', 1, 1, 'Email', true],
    [1, 'painPoints', 'Hidden fees'],
    [1, 'painPoints', 'Long hold'],
    [2, 'opportunities', 'Onboarding tips'],
    [3, 'touchpoints', 'Renewal email', -2, 5, ''],
  ],
  // Too many options (minor) is addressed by the shipped shortlist: resolved. Long hold (no
  // severity) by onboarding tips, planned in another stage: planned. Hidden fees (critical): open.
  fields: {
    3: { severity: 1 },
    4: { status: 'shipped' },
    8: { severity: 4 },
    10: { status: 'planned' },
  },
  links: [
    [4, 3],
    [10, 9],
  ],
};
