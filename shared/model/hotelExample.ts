import { JOURNEY_LANES, type CardSpec, type TemplateSpec } from './templateSpec';

/** A note card: its title, or its title and more fields (a key, a description, scores...). */
type Note = string | (Omit<CardSpec, 'stage' | 'lane'> & { title: string });

/** A stage of the example and the one note it holds in each note lane. */
interface StageRow {
  name: string;
  description: string;
  actions: Note;
  thoughts: Note;
  painPoints: Note;
  opportunities: Note;
}

const STAGES: readonly StageRow[] = [
  {
    name: 'Plan',
    description: 'Know where to stay and what the policy allows.',
    actions: {
      title: 'Gets the meeting invite',
      description: 'Client confirms a two-day workshop.',
    },
    thoughts: '“What am I allowed to spend here?”',
    painPoints: {
      key: 'pain-policy',
      title: 'Policy is a 40-page PDF',
      description: 'City caps are on page 31.',
      severity: 2,
      reach: 400,
    },
    opportunities: {
      key: 'opp-cap',
      title: 'Show the cap inside the booking tool',
      owner: 'Travel desk',
      status: 'shipped',
      value: 4,
      buildEffort: 2,
      confidence: 100,
      backlogLink: 'TRAVEL-12',
    },
  },
  {
    name: 'Search',
    description: 'Find a hotel near the client, inside policy.',
    actions: 'Compares hotels near the client',
    thoughts: '“Is the cheap one really quiet?”',
    painPoints: {
      key: 'pain-rate',
      title: 'Corporate rate not shown on public sites',
      severity: 1,
      reach: 250,
    },
    opportunities: {
      key: 'opp-filter',
      title: 'Filter by policy-compliant and near an address',
      owner: 'Booking tool team',
      value: 3,
      buildEffort: 4,
      confidence: 50,
    },
  },
  {
    name: 'Book',
    description: 'Reserve the room with the company card, quickly.',
    actions: 'Books with the company card',
    thoughts: '“Finally done — wait, what is this fee?”',
    painPoints: {
      key: 'pain-fees',
      title: 'Fees added after the price was shown',
      severity: 4,
      reach: 1800,
    },
    opportunities: {
      key: 'opp-price',
      title: 'Show the full price from the first screen',
      owner: 'Revenue',
      status: 'planned',
      value: 5,
      buildEffort: 2,
      confidence: 80,
      due: '2027-03-31',
      backlogLink: 'https://tracker.example.com/browse/REV-7',
    },
  },
  {
    name: 'Stay',
    description: 'Rest and work without friction.',
    actions: 'Arrives at 23:40 after a delayed flight',
    thoughts: '“Straight to the room. Perfect.”',
    painPoints: {
      key: 'pain-key',
      title: 'Digital key fails on old phones',
      severity: 3,
      reach: 600,
    },
    opportunities: {
      key: 'opp-pin',
      title: 'Send a PIN code as a fallback key',
      owner: 'Front office',
      status: 'inProgress',
      value: 4,
      buildEffort: 3,
      confidence: 80,
      due: '2027-02-15',
      backlogLink: 'FO-31',
    },
  },
  {
    name: 'Expense',
    description: 'Get reimbursed without chasing anyone.',
    actions: 'Submits the expense claim',
    thoughts: '“Why do I have to ask for this every time?”',
    painPoints: {
      key: 'pain-vat',
      title: 'Invoice lacks the company VAT number',
      severity: 3,
      reach: 900,
    },
    opportunities: {
      key: 'opp-invoice',
      title: 'Send the itemised invoice to finance automatically',
      owner: 'Finance',
      value: 3,
      buildEffort: 3,
    },
  },
];

/** A touchpoint someone has rated: its stage, the key connections use, its title and channel. */
function rated(
  stage: number,
  key: string,
  title: string,
  channel: string,
  emotion: number,
  effort: number,
  more: Partial<CardSpec> = {},
): CardSpec {
  return { stage, lane: 'touchpoints', key, title, channel, emotion, effort, ...more };
}

const TOUCHPOINTS: readonly CardSpec[] = [
  rated(0, 'policy', 'Reads the travel policy', 'Website', -1, 5, {
    owner: 'Finance',
    tags: ['policy'],
    description: 'Intranet PDF with nightly caps per city.',
    evidence: 'Interviews: 7 of 10 travellers could not find the Lisbon cap.',
  }),
  rated(1, 'compare', 'Compare prices', 'Website', -1, 5, {
    tags: ['price', 'search'],
    description: 'Three tabs: booking site, hotel site, corporate tool.',
    evidence: 'Analytics: 4.2 sessions before booking.',
  }),
  rated(1, 'reviews', 'Read reviews about Wi-Fi', 'Mobile app', 0, 3, { tags: ['search'] }),
  rated(2, 'book', 'Book the room', 'Website', 1, 3, {
    momentOfTruth: true,
    owner: 'Reservations',
    tags: ['booking'],
    description: 'Price matches the search; late check-in noted.',
  }),
  rated(2, 'confirm', 'Confirmation email', 'Email', 1, 1, {
    owner: 'Reservations',
    tags: ['booking'],
  }),
  rated(2, 'fees', 'Surprise resort fee at checkout', 'Website', -2, 6, {
    momentOfTruth: true,
    owner: 'Revenue',
    tags: ['price'],
    evidence: 'Support tickets: 18% of booking complaints.',
  }),
  rated(3, 'checkin', 'Mobile check-in and digital key', 'Mobile app', 2, 2, {
    momentOfTruth: true,
    owner: 'Front office',
    tags: ['arrival'],
  }),
  rated(3, 'desk', 'Queue at reception', 'In person', -2, 6, {
    owner: 'Front office',
    tags: ['arrival'],
    description: 'When the digital key fails, one night clerk.',
  }),
  rated(3, 'wifi', 'Works from the room', 'In person', 1, 2, { tags: ['stay'] }),
  rated(4, 'invoice', 'Request an itemised invoice', 'Email', -1, 5, {
    owner: 'Accounts',
    tags: ['invoice'],
    evidence: 'Finance team: 1 in 3 claims sent back for a missing VAT number.',
  }),
  rated(4, 'refund', 'Reimbursement arrives', 'Email', 1, 2, {
    owner: 'Finance',
    tags: ['invoice'],
  }),
];

/** Each stage's cards, lane by lane from the top (the emotion lane draws the curve, it holds none). */
function cardsOfStage(row: StageRow, stage: number): CardSpec[] {
  const note = (lane: CardSpec['lane'], n: Note): CardSpec =>
    typeof n === 'string' ? { stage, lane, title: n } : { stage, lane, ...n };
  return [
    note('actions', row.actions),
    ...TOUCHPOINTS.filter((t) => t.stage === stage),
    note('thoughts', row.thoughts),
    note('painPoints', row.painPoints),
    note('opportunities', row.opportunities),
  ];
}

/** Connections along a path of card keys, each card to the next. */
function path(...keys: string[]): { from: string; to: string }[] {
  return keys.slice(1).map((to, i) => ({ from: keys[i] as string, to }));
}

/** The worked example: a finished map that shows every feature on a real journey. */
export const HOTEL_EXAMPLE: TemplateSpec = {
  id: 'hotel-example',
  aliases: ['hotel', 'worked-example'],
  label: 'Worked example: booking a hotel for a business trip',
  summary:
    'A finished map with a persona, every lane, connections, moments of truth, linked pain points and opportunities, and a future state.',
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
  stages: STAGES.map(({ name, description }) => ({ name, description })),
  lanes: JOURNEY_LANES,
  cards: STAGES.flatMap(cardsOfStage),
  connections: [
    ...path('policy', 'compare', 'reviews', 'book'),
    { from: 'book', to: 'fees', label: 'Fee shown late', kind: 'failure' },
    ...path('book', 'confirm', 'checkin'),
    { from: 'checkin', to: 'desk', label: 'Key fails', kind: 'alternative' },
    ...path('checkin', 'wifi', 'invoice', 'refund'),
  ],
  links: [
    // Pain points -> the touchpoints they hurt.
    { from: 'pain-policy', to: 'policy' },
    { from: 'pain-rate', to: 'compare' },
    { from: 'pain-fees', to: 'fees' },
    { from: 'pain-key', to: 'checkin' },
    { from: 'pain-key', to: 'desk' },
    { from: 'pain-vat', to: 'invoice' },
    // Opportunities -> the pain points they address and the touchpoints they change.
    { from: 'opp-cap', to: 'pain-policy' },
    { from: 'opp-cap', to: 'policy' },
    { from: 'opp-filter', to: 'pain-rate' },
    { from: 'opp-filter', to: 'compare' },
    { from: 'opp-price', to: 'pain-fees' },
    { from: 'opp-price', to: 'fees' },
    { from: 'opp-pin', to: 'pain-key' },
    { from: 'opp-pin', to: 'desk' },
    { from: 'opp-invoice', to: 'pain-vat' },
    { from: 'opp-invoice', to: 'invoice' },
  ],
  // The future state delivers the full price and the PIN fallback: the two touchpoints they
  // change are renamed and rated better there, and still compare with their sources.
  futureState: {
    implements: ['opp-price', 'opp-pin'],
    changes: {
      fees: {
        title: 'Full price, fees included, from the first screen',
        emotion: 1,
        effort: 2,
        momentOfTruth: true,
      },
      desk: { title: 'PIN code opens the door', channel: 'Email', emotion: 1, effort: 1 },
    },
  },
};
