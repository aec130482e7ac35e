import type { z } from 'zod';
import type {
  journeySchema,
  journeyStateSchema,
  laneKindSchema,
  laneSchema,
  projectInfoSchema,
  stageSchema,
  touchpointSchema,
} from './schema';

export type Journey = z.infer<typeof journeySchema>;
export type JourneyState = z.infer<typeof journeyStateSchema>;
export type Stage = z.infer<typeof stageSchema>;
export type Lane = z.infer<typeof laneSchema>;
export type LaneKind = z.infer<typeof laneKindSchema>;
export type Touchpoint = z.infer<typeof touchpointSchema>;
export type ProjectInfo = z.infer<typeof projectInfoSchema>;

/**
 * A whole project in memory: entities in id-keyed tables, mirroring the SQLite tables one to
 * one, so an edit names exactly the rows it touched. Order lives in fractional `orderKey`s,
 * so moving one item rewrites one row rather than renumbering its siblings.
 */
export interface ProjectDoc {
  info: ProjectInfo;
  journeys: Record<string, Journey>;
  stages: Record<string, Stage>;
  lanes: Record<string, Lane>;
  touchpoints: Record<string, Touchpoint>;
}

export type EntityTable = 'journeys' | 'stages' | 'lanes' | 'touchpoints';

export interface EntityByTable {
  journeys: Journey;
  stages: Stage;
  lanes: Lane;
  touchpoints: Touchpoint;
}

/** Parents before children: the order rows are inserted in (and deleted in reverse). */
export const ENTITY_TABLES: readonly EntityTable[] = ['journeys', 'stages', 'lanes', 'touchpoints'];
