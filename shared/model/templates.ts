import { generateNKeysBetween } from 'fractional-indexing';
import { emptyDoc, emptyRows } from './doc';
import {
  LANE_KIND_LABELS,
  makeConnection,
  makeJourney,
  makeLane,
  makePersona,
  makeStage,
  makeTouchpoint,
} from './factories';
import { HOTEL_EXAMPLE } from './hotelExample';
import { newId } from './ids';
import { JOURNEY_LANES, type TemplateSpec } from './templateSpec';
import type { Journey, LaneKind, ProjectDoc, RowSet } from './types';

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

export const PERSONA_COLORS: readonly string[] = [
  '#1c7ed6',
  '#d6336c',
  '#2b8a3e',
  '#e8590c',
  '#5f3dc4',
];

export function stageColor(index: number): string {
  return STAGE_COLORS[index % STAGE_COLORS.length] as string;
}

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

const named = (names: readonly string[]) => names.map((name) => ({ name }));

const BLANK: TemplateSpec = {
  id: 'blank',
  label: 'Blank',
  summary: 'One stage and a touchpoints lane: build the map your own way.',
  journeyName: 'New journey',
  stages: named(['Stage 1']),
  lanes: ['touchpoints'],
};

const LIFECYCLE: TemplateSpec = {
  id: 'lifecycle',
  label: 'Customer lifecycle (8 stages)',
  summary: 'Awareness to advocacy, with the usual journey-map lanes.',
  journeyName: 'Customer journey',
  stages: named(CUSTOMER_LIFECYCLE_STAGES),
  lanes: JOURNEY_LANES,
};

const FIVE_STAGE: TemplateSpec = {
  id: 'five-stage',
  label: 'Five stages',
  summary: 'Awareness, consideration, purchase, retention, advocacy.',
  journeyName: 'Customer journey',
  stages: named(['Awareness', 'Consideration', 'Purchase', 'Retention', 'Advocacy']),
  lanes: JOURNEY_LANES,
};

const BLUEPRINT: TemplateSpec = {
  id: 'service-blueprint',
  label: 'Service blueprint',
  summary:
    'Customer actions, frontstage, backstage and support processes, with the lines of interaction, visibility and internal interaction.',
  journeyName: 'Service blueprint',
  stages: named(['Before', 'Arrival', 'Service', 'Departure', 'After']),
  lanes: ['touchpoints', 'actions', 'frontstage', 'backstage', 'support'],
};

export const JOURNEY_TEMPLATES: readonly TemplateSpec[] = [
  BLANK,
  LIFECYCLE,
  FIVE_STAGE,
  BLUEPRINT,
  HOTEL_EXAMPLE,
];
export type JourneyTemplateId = (typeof JOURNEY_TEMPLATES)[number]['id'];

export interface TemplateOptions {
  orderKey: string;
  /** Where a new persona goes among the project's personas, when the template has one. */
  personaOrderKey?: string;
  personaColor?: string;
  name?: string;
  makeId?: () => string;
}

/** Every row of a new journey built from a template, ready for one insertRows op. */
export function journeyFromTemplate(templateId: string, options: TemplateOptions): RowSet {
  const spec = JOURNEY_TEMPLATES.find((t) => t.id === templateId);
  if (!spec) throw new Error(`No journey template ${templateId}`);
  const makeId = options.makeId ?? newId;
  const journeyId = makeId();
  const rows = emptyRows();
  let personaId: string | null = null;
  if (spec.persona) {
    personaId = makeId();
    rows.personas.push(
      makePersona({
        ...spec.persona,
        id: personaId,
        color: options.personaColor ?? (PERSONA_COLORS[0] as string),
        orderKey: options.personaOrderKey ?? 'a0',
      }),
    );
  }
  const journey: Journey = makeJourney({
    id: journeyId,
    name: options.name ?? spec.journeyName,
    description: spec.journeyDescription ?? '',
    personaId,
    orderKey: options.orderKey,
  });
  rows.journeys.push(journey);
  const stageKeys = generateNKeysBetween(null, null, spec.stages.length);
  const stageIds = spec.stages.map((s, i) => {
    const id = makeId();
    rows.stages.push({
      ...makeStage({
        id,
        journeyId,
        name: s.name,
        color: stageColor(i),
        description: s.description ?? '',
      }),
      orderKey: stageKeys[i] as string,
    });
    return id;
  });
  const laneKeys = generateNKeysBetween(null, null, spec.lanes.length);
  const laneIds = new Map<LaneKind, string>();
  spec.lanes.forEach((kind, i) => {
    const id = makeId();
    laneIds.set(kind, id);
    rows.lanes.push({
      ...makeLane({ id, journeyId, kind, name: LANE_KIND_LABELS[kind] }),
      orderKey: laneKeys[i] as string,
    });
  });
  const cardIds = new Map<string, string>();
  const perCell = new Map<string, number>();
  const cards = spec.cards ?? [];
  const cellCounts = new Map<string, number>();
  for (const c of cards)
    cellCounts.set(`${c.stage}/${c.lane}`, (cellCounts.get(`${c.stage}/${c.lane}`) ?? 0) + 1);
  for (const { stage, lane, key, ...fields } of cards) {
    const cell = `${stage}/${lane}`;
    const index = perCell.get(cell) ?? 0;
    perCell.set(cell, index + 1);
    const id = makeId();
    if (key) cardIds.set(key, id);
    const keys = generateNKeysBetween(null, null, cellCounts.get(cell) ?? 1);
    rows.touchpoints.push({
      ...makeTouchpoint({
        ...fields,
        id,
        journeyId,
        stageId: stageIds[stage] as string,
        laneId: laneIds.get(lane) as string,
      }),
      orderKey: keys[index] as string,
    });
  }
  for (const l of spec.links ?? []) {
    rows.cardLinks.push({
      id: makeId(),
      journeyId,
      fromId: cardIds.get(l.from) as string,
      toId: cardIds.get(l.to) as string,
    });
  }
  for (const c of spec.connections ?? []) {
    rows.connections.push(
      makeConnection({
        id: makeId(),
        journeyId,
        fromId: cardIds.get(c.from) as string,
        toId: cardIds.get(c.to) as string,
        label: c.label ?? '',
        kind: c.kind ?? 'path',
      }),
    );
  }
  return rows;
}

/** A new project: one current-state journey on the 8-stage customer lifecycle. */
export function createLifecycleProject(
  name: string,
  createdAt: string,
  makeId: () => string = newId,
): ProjectDoc {
  const doc = emptyDoc(name, createdAt);
  const rows = journeyFromTemplate('lifecycle', { orderKey: 'a0', makeId });
  for (const table of Object.keys(rows) as (keyof RowSet)[]) {
    for (const row of rows[table] ?? []) (doc[table] as Record<string, unknown>)[row.id] = row;
  }
  return doc;
}
