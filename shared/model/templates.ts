import { generateNKeysBetween } from 'fractional-indexing';
import { emptyDoc } from './doc';
import { newId } from './ids';
import type { ProjectDoc } from './types';

export const STAGE_COLORS: readonly string[] = [
  '#4c6ef5',
  '#7950f2',
  '#be4bdb',
  '#e64980',
  '#f76707',
  '#f59f00',
  '#37b24d',
  '#1098ad',
];

export const CUSTOMER_LIFECYCLE_STAGES: readonly string[] = [
  'Awareness',
  'Discovery',
  'Attraction',
  'Interaction',
  'Purchase',
  'Use',
  'Cultivation',
  'Advocacy',
];

export function stageColor(index: number): string {
  return STAGE_COLORS[index % STAGE_COLORS.length] as string;
}

/** A new project: one current-state journey on the 8-stage customer lifecycle. */
export function createLifecycleProject(
  name: string,
  createdAt: string,
  makeId: () => string = newId,
): ProjectDoc {
  const doc = emptyDoc(name, createdAt);
  const journeyId = makeId();
  doc.journeys[journeyId] = {
    id: journeyId,
    name: 'Customer journey',
    description: '',
    state: 'current',
    orderKey: 'a0',
  };
  const keys = generateNKeysBetween(null, null, CUSTOMER_LIFECYCLE_STAGES.length);
  CUSTOMER_LIFECYCLE_STAGES.forEach((stageName, i) => {
    const id = makeId();
    doc.stages[id] = {
      id,
      journeyId,
      name: stageName,
      color: stageColor(i),
      orderKey: keys[i] as string,
    };
  });
  const laneId = makeId();
  doc.lanes[laneId] = {
    id: laneId,
    journeyId,
    kind: 'touchpoints',
    name: 'Touchpoints',
    orderKey: 'a0',
  };
  return doc;
}
