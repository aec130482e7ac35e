import type { Connection, Journey, Lane, Persona, Stage, Touchpoint } from './types';

/**
 * Complete rows from the few fields that matter at the call site: every other field starts
 * neutral (a new touchpoint is "neutral" emotion and "moderate" effort until someone says
 * otherwise), so callers never spell out a whole row.
 */
type Given<T, K extends keyof T> = Pick<T, K> & Partial<T>;

export function makeJourney(j: Given<Journey, 'id' | 'name' | 'orderKey'>): Journey {
  return {
    description: '',
    state: 'current',
    personaId: null,
    currentJourneyId: null,
    ...j,
  };
}

export function makePersona(p: Given<Persona, 'id' | 'name' | 'color' | 'orderKey'>): Persona {
  return { role: '', quote: '', goals: '', needs: '', frustrations: '', ...p };
}

export function makeStage(
  s: Given<Stage, 'id' | 'journeyId' | 'name' | 'color'>,
): Omit<Stage, 'orderKey'> & Partial<Pick<Stage, 'orderKey'>> {
  return { description: '', ...s };
}

export function makeLane(
  l: Given<Lane, 'id' | 'journeyId' | 'kind' | 'name'>,
): Omit<Lane, 'orderKey'> & Partial<Pick<Lane, 'orderKey'>> {
  return { collapsed: false, hidden: false, ...l };
}

export function makeTouchpoint(
  t: Given<Touchpoint, 'id' | 'journeyId' | 'stageId' | 'laneId' | 'title'>,
): Omit<Touchpoint, 'orderKey'> & Partial<Pick<Touchpoint, 'orderKey'>> {
  return {
    description: '',
    channel: '',
    emotion: 0,
    effort: 4,
    momentOfTruth: false,
    owner: '',
    tags: [],
    evidence: '',
    ...t,
  };
}

export function makeConnection(
  c: Given<Connection, 'id' | 'journeyId' | 'fromId' | 'toId'>,
): Connection {
  return { label: '', kind: 'path', ...c };
}

/** The default lane names, declared in the lane-kind registry. */
export { LANE_KIND_LABELS } from './laneKinds';
