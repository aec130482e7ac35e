import type { ConnectionKind, LaneKind, Persona, Touchpoint } from './types';

/** A card of a template, placed by stage index and lane kind. */
export type CardSpec = Partial<
  Omit<Touchpoint, 'id' | 'journeyId' | 'stageId' | 'laneId' | 'orderKey'>
> & {
  stage: number;
  lane: LaneKind;
  title: string;
  /** A name other cards' connections refer to. */
  key?: string;
};

/** A journey template: what `journeyFromTemplate` turns into rows. */
export interface TemplateSpec {
  id: string;
  /** Shorter names the command line also takes ("hotel"). */
  aliases?: readonly string[];
  label: string;
  summary: string;
  journeyName: string;
  journeyDescription?: string;
  stages: readonly { name: string; description?: string }[];
  lanes: readonly LaneKind[];
  persona?: Omit<Persona, 'id' | 'orderKey' | 'color'>;
  cards?: readonly CardSpec[];
  connections?: readonly { from: string; to: string; label?: string; kind?: ConnectionKind }[];
  /** Card links by key: a pain point to a touchpoint it hurts, an opportunity to what it fixes. */
  links?: readonly { from: string; to: string }[];
  /**
   * A future state made with the journey (as "Create future state" makes it): the opportunities
   * it implements, and the copied cards it changes, each by the key of its source card.
   */
  futureState?: {
    implements: readonly string[];
    changes?: Readonly<Record<string, Partial<CardSpec>>>;
  };
}

/** The lanes of a customer-journey map, top to bottom. */
export const JOURNEY_LANES: readonly LaneKind[] = [
  'actions',
  'touchpoints',
  'thoughts',
  'emotion',
  'painPoints',
  'opportunities',
];
