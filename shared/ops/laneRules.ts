import { lanesOf } from '../model/doc';
import { singletonClash } from '../model/laneKinds';
import type { Lane, ProjectDoc } from '../model/types';
import { OpError } from './errors';

/** Refuses a lane of a singleton kind (the emotion curve) in a journey that has one already. */
export function refuseSecondSingleton(doc: ProjectDoc, lane: Lane): void {
  const others = lanesOf(doc, lane.journeyId).filter((l) => l.id !== lane.id);
  const label = singletonClash(
    lane.kind,
    others.map((l) => l.kind),
  );
  if (label) throw new OpError(`A journey has at most one lane of the kind "${label}"`);
}
