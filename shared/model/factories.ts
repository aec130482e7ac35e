import { CONNECTION, defaultsOf, JOURNEY, LANE, PERSONA, STAGE, TOUCHPOINT } from './entities';
import type { Connection, Journey, Lane, Persona, Stage, Touchpoint } from './types';

/**
 * Complete rows from the few fields that matter at the call site: every other field starts at
 * its descriptor's default (a new touchpoint's emotion and effort are "not rated" until someone
 * rates them), so callers never spell out a whole row.
 */
type Given<T, K extends keyof T> = Pick<T, K> & Partial<T>;
type Unordered<T extends { orderKey: string }> = Omit<T, 'orderKey'> & Partial<Pick<T, 'orderKey'>>;

// The descriptor gives every field but the required ones, which `Given` demands.
export function makeJourney(j: Given<Journey, 'id' | 'name' | 'orderKey'>): Journey {
  return { ...defaultsOf(JOURNEY), ...j } as Journey;
}

export function makePersona(p: Given<Persona, 'id' | 'name' | 'color' | 'orderKey'>): Persona {
  return { ...defaultsOf(PERSONA), ...p } as Persona;
}

export function makeStage(
  s: Given<Stage, 'id' | 'journeyId' | 'name' | 'color'>,
): Unordered<Stage> {
  return { ...defaultsOf(STAGE), ...s } as Unordered<Stage>;
}

export function makeLane(l: Given<Lane, 'id' | 'journeyId' | 'kind' | 'name'>): Unordered<Lane> {
  return { ...defaultsOf(LANE), ...l } as Unordered<Lane>;
}

export function makeTouchpoint(
  t: Given<Touchpoint, 'id' | 'journeyId' | 'stageId' | 'laneId' | 'title'>,
): Unordered<Touchpoint> {
  return { ...defaultsOf(TOUCHPOINT), ...t } as Unordered<Touchpoint>;
}

export function makeConnection(
  c: Given<Connection, 'id' | 'journeyId' | 'fromId' | 'toId'>,
): Connection {
  return { ...defaultsOf(CONNECTION), ...c } as Connection;
}

/** The default lane names, declared in the lane-kind registry. */
export { LANE_KIND_LABELS } from './laneKinds';
