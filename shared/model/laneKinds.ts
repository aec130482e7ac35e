import type { LaneKind } from './types';

/** What one card of a lane is called: "Pain point", used in headings and accessible names. */
export const LANE_CARD_NOUNS: Record<LaneKind, string> = {
  touchpoints: 'Touchpoint',
  actions: 'Customer action',
  thoughts: 'Thought or feeling',
  emotion: 'Emotion',
  painPoints: 'Pain point',
  opportunities: 'Opportunity',
  frontstage: 'Frontstage action',
  backstage: 'Backstage action',
  support: 'Support process',
  text: 'Note',
};

/** Touchpoint lanes hold rich cards; every other lane except the curve holds title-and-text notes. */
export const isNoteLane = (kind: LaneKind) => kind !== 'touchpoints' && kind !== 'emotion';

/** The emotion curve lane draws the touchpoints' emotions and holds no cards of its own. */
export const holdsCards = (kind: LaneKind) => kind !== 'emotion';
