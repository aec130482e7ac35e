import { generateNKeysBetween } from 'fractional-indexing';
import { emptyDoc } from './doc';
import {
  LANE_KIND_LABELS,
  makeConnection,
  makeJourney,
  makeLane,
  makePersona,
  makeStage,
  makeTouchpoint,
} from './factories';
import { newId } from './ids';
import type {
  ConnectionKind,
  Journey,
  LaneKind,
  Persona,
  ProjectDoc,
  RowSet,
  Touchpoint,
} from './types';

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

type CardSpec = Partial<
  Omit<Touchpoint, 'id' | 'journeyId' | 'stageId' | 'laneId' | 'orderKey'>
> & {
  stage: number;
  lane: LaneKind;
  title: string;
  /** A name other cards' connections refer to. */
  key?: string;
};

interface TemplateSpec {
  id: string;
  label: string;
  summary: string;
  journeyName: string;
  journeyDescription?: string;
  stages: readonly { name: string; description?: string }[];
  lanes: readonly LaneKind[];
  persona?: Omit<Persona, 'id' | 'orderKey' | 'color'>;
  cards?: readonly CardSpec[];
  connections?: readonly { from: string; to: string; label?: string; kind?: ConnectionKind }[];
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

const JOURNEY_LANES: readonly LaneKind[] = [
  'actions',
  'touchpoints',
  'thoughts',
  'emotion',
  'painPoints',
  'opportunities',
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

const HOTEL: TemplateSpec = {
  id: 'hotel-example',
  label: 'Worked example: booking a hotel for a business trip',
  summary: 'A finished map with a persona, every lane, connections and moments of truth.',
  journeyName: 'Booking a hotel for a business trip',
  journeyDescription:
    'Maya books a hotel for a two-day client visit in Lisbon, under her company’s travel policy.',
  persona: {
    name: 'Maya Okafor',
    role: 'Account manager, travels twice a month',
    quote:
      '“I just need a quiet room near the client, inside policy, without a fight over expenses.”',
    goals:
      'Stay close to the client office\nBook inside the travel policy\nGet the invoice to finance without chasing',
    needs: 'Reliable Wi-Fi and a desk\nLate check-in\nA clear, itemised invoice',
    frustrations:
      'Prices that change at checkout\nPolicy rules hidden in a PDF\nWaiting at reception after a late flight',
  },
  stages: [
    { name: 'Plan', description: 'Know where to stay and what the policy allows.' },
    { name: 'Search', description: 'Find a hotel near the client, inside policy.' },
    { name: 'Book', description: 'Reserve the room with the company card, quickly.' },
    { name: 'Stay', description: 'Rest and work without friction.' },
    { name: 'Expense', description: 'Get reimbursed without chasing anyone.' },
  ],
  lanes: JOURNEY_LANES,
  cards: [
    {
      stage: 0,
      lane: 'actions',
      title: 'Gets the meeting invite',
      description: 'Client confirms a two-day workshop.',
    },
    {
      stage: 0,
      lane: 'touchpoints',
      key: 'policy',
      title: 'Reads the travel policy',
      channel: 'Website',
      emotion: -1,
      effort: 5,
      owner: 'Finance',
      tags: ['policy'],
      description: 'Intranet PDF with nightly caps per city.',
      evidence: 'Interviews: 7 of 10 travellers could not find the Lisbon cap.',
    },
    { stage: 0, lane: 'thoughts', title: '“What am I allowed to spend here?”' },
    {
      stage: 0,
      lane: 'painPoints',
      title: 'Policy is a 40-page PDF',
      description: 'City caps are on page 31.',
    },
    { stage: 0, lane: 'opportunities', title: 'Show the cap inside the booking tool' },
    { stage: 1, lane: 'actions', title: 'Compares hotels near the client' },
    {
      stage: 1,
      lane: 'touchpoints',
      key: 'compare',
      title: 'Compare prices',
      channel: 'Website',
      emotion: -1,
      effort: 5,
      tags: ['price', 'search'],
      description: 'Three tabs: booking site, hotel site, corporate tool.',
      evidence: 'Analytics: 4.2 sessions before booking.',
    },
    {
      stage: 1,
      lane: 'touchpoints',
      key: 'reviews',
      title: 'Read reviews about Wi-Fi',
      channel: 'Mobile app',
      emotion: 0,
      effort: 3,
      tags: ['search'],
    },
    { stage: 1, lane: 'thoughts', title: '“Is the cheap one really quiet?”' },
    { stage: 1, lane: 'painPoints', title: 'Corporate rate not shown on public sites' },
    { stage: 1, lane: 'opportunities', title: 'Filter by policy-compliant and near an address' },
    { stage: 2, lane: 'actions', title: 'Books with the company card' },
    {
      stage: 2,
      lane: 'touchpoints',
      key: 'book',
      title: 'Book the room',
      channel: 'Website',
      emotion: 1,
      effort: 3,
      momentOfTruth: true,
      owner: 'Reservations',
      tags: ['booking'],
      description: 'Price matches the search; late check-in noted.',
    },
    {
      stage: 2,
      lane: 'touchpoints',
      key: 'confirm',
      title: 'Confirmation email',
      channel: 'Email',
      emotion: 1,
      effort: 1,
      owner: 'Reservations',
      tags: ['booking'],
    },
    {
      stage: 2,
      lane: 'touchpoints',
      key: 'fees',
      title: 'Surprise resort fee at checkout',
      channel: 'Website',
      emotion: -2,
      effort: 6,
      momentOfTruth: true,
      owner: 'Revenue',
      tags: ['price'],
      evidence: 'Support tickets: 18% of booking complaints.',
    },
    { stage: 2, lane: 'thoughts', title: '“Finally done — wait, what is this fee?”' },
    { stage: 2, lane: 'painPoints', title: 'Fees added after the price was shown' },
    { stage: 2, lane: 'opportunities', title: 'Show the full price from the first screen' },
    { stage: 3, lane: 'actions', title: 'Arrives at 23:40 after a delayed flight' },
    {
      stage: 3,
      lane: 'touchpoints',
      key: 'checkin',
      title: 'Mobile check-in and digital key',
      channel: 'Mobile app',
      emotion: 2,
      effort: 2,
      momentOfTruth: true,
      owner: 'Front office',
      tags: ['arrival'],
    },
    {
      stage: 3,
      lane: 'touchpoints',
      key: 'desk',
      title: 'Queue at reception',
      channel: 'In person',
      emotion: -2,
      effort: 6,
      owner: 'Front office',
      tags: ['arrival'],
      description: 'When the digital key fails, one night clerk.',
    },
    {
      stage: 3,
      lane: 'touchpoints',
      key: 'wifi',
      title: 'Works from the room',
      channel: 'In person',
      emotion: 1,
      effort: 2,
      tags: ['stay'],
    },
    { stage: 3, lane: 'thoughts', title: '“Straight to the room. Perfect.”' },
    { stage: 3, lane: 'painPoints', title: 'Digital key fails on old phones' },
    { stage: 3, lane: 'opportunities', title: 'Send a PIN code as a fallback key' },
    { stage: 4, lane: 'actions', title: 'Submits the expense claim' },
    {
      stage: 4,
      lane: 'touchpoints',
      key: 'invoice',
      title: 'Request an itemised invoice',
      channel: 'Email',
      emotion: -1,
      effort: 5,
      owner: 'Accounts',
      tags: ['invoice'],
      evidence: 'Finance team: 1 in 3 claims sent back for a missing VAT number.',
    },
    {
      stage: 4,
      lane: 'touchpoints',
      key: 'refund',
      title: 'Reimbursement arrives',
      channel: 'Email',
      emotion: 1,
      effort: 2,
      owner: 'Finance',
      tags: ['invoice'],
    },
    { stage: 4, lane: 'thoughts', title: '“Why do I have to ask for this every time?”' },
    { stage: 4, lane: 'painPoints', title: 'Invoice lacks the company VAT number' },
    {
      stage: 4,
      lane: 'opportunities',
      title: 'Send the itemised invoice to finance automatically',
    },
  ],
  connections: [
    { from: 'policy', to: 'compare' },
    { from: 'compare', to: 'reviews' },
    { from: 'reviews', to: 'book' },
    { from: 'book', to: 'fees', label: 'Fee shown late', kind: 'failure' },
    { from: 'book', to: 'confirm' },
    { from: 'confirm', to: 'checkin' },
    { from: 'checkin', to: 'desk', label: 'Key fails', kind: 'alternative' },
    { from: 'checkin', to: 'wifi' },
    { from: 'wifi', to: 'invoice' },
    { from: 'invoice', to: 'refund' },
  ],
};

export const JOURNEY_TEMPLATES: readonly TemplateSpec[] = [
  BLANK,
  LIFECYCLE,
  FIVE_STAGE,
  BLUEPRINT,
  HOTEL,
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
  const rows: Required<RowSet> = {
    personas: [],
    journeys: [],
    stages: [],
    lanes: [],
    touchpoints: [],
    connections: [],
  };
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
