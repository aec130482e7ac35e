/** Every lane kind, in the order a new map offers them; each is declared in LANE_KIND_SPECS. */
export const LANE_KIND_IDS = [
  'touchpoints',
  'actions',
  'thoughts',
  'emotion',
  'painPoints',
  'opportunities',
  'frontstage',
  'backstage',
  'support',
  'text',
  'metrics',
] as const;

type LaneKind = (typeof LANE_KIND_IDS)[number];

/** The three lines of a service blueprint, drawn between its lanes. */
export type BlueprintLineKind = 'interaction' | 'visibility' | 'internal';

export const BLUEPRINT_LINE_LABELS: Record<BlueprintLineKind, string> = {
  interaction: 'Line of interaction',
  visibility: 'Line of visibility',
  internal: 'Line of internal interaction',
};

/** Colours of one kind: its accent on the canvas per theme, and its note tint when projected. */
export interface LaneKindColors {
  light: string;
  dark: string;
  /** Note background and edge strip in the projector theme; text on `fill` is the projector ink. */
  projector: { fill: string; edge: string };
}

export type InsightGroup = 'touchpoints' | 'painPoints' | 'opportunities';

export interface LaneKindSpec {
  /** The default name of a new lane of this kind. */
  label: string;
  /** What one card of the lane is called: "Pain point", in headings and accessible names. */
  cardNoun: string;
  /** Touchpoint lanes hold rich cards, note lanes title-and-text notes, `none` no cards at all. */
  holds: 'touchpoint' | 'note' | 'none';
  /** At most one lane of this kind per journey; `applyOp` refuses a second. */
  singleton: boolean;
  /** The lane draws the emotion curve of the journey's touchpoints. */
  drawsCurve: boolean;
  /** The lane shows each stage's survey metrics (shared/layout/metricsLane.ts). */
  showsMetrics?: true;
  /** Share of the kind's colour that tints the lane's cells (0: none). */
  cellTint: number;
  /** The group of cards the insights count this lane's cards in. */
  insight?: InsightGroup;
  /** The blueprint line drawn above this lane when a lane of one of `below` kinds is above it. */
  blueprintLine?: { line: BlueprintLineKind; below: readonly LaneKind[] };
  colors: LaneKindColors;
  /** Said after the label where a lane kind is picked: " (custom)". */
  pickerNote?: string;
}

const PROJECTOR_MUTED = '#3b4252';
const PROJECTOR_SURFACE = '#ffffff';
const PROJECTOR_BLUEPRINT = '#e8f1fb';
const same = (hex: string, projector: LaneKindColors['projector']): LaneKindColors => ({
  light: hex,
  dark: hex,
  projector,
});
const plain = { fill: PROJECTOR_SURFACE, edge: PROJECTOR_MUTED };
const blueprint = { fill: PROJECTOR_BLUEPRINT, edge: PROJECTOR_MUTED };
const note = { holds: 'note', singleton: false, drawsCurve: false, cellTint: 0 } as const;

/** Every lane kind, declared once: the model, the stylesheets and every surface read it. */
export const LANE_KIND_SPECS: Record<LaneKind, LaneKindSpec> = {
  touchpoints: {
    label: 'Touchpoints',
    cardNoun: 'Touchpoint',
    holds: 'touchpoint',
    singleton: false,
    drawsCurve: false,
    cellTint: 0,
    insight: 'touchpoints',
    colors: same('#4a5468', plain),
  },
  actions: {
    ...note,
    label: 'Customer actions',
    cardNoun: 'Customer action',
    colors: same('#4c6ef5', { fill: '#eef1f6', edge: PROJECTOR_MUTED }),
  },
  thoughts: {
    ...note,
    label: 'Thoughts and feelings',
    cardNoun: 'Thought or feeling',
    colors: same('#ae3ec9', { fill: '#eee9fb', edge: '#7d5fd3' }),
  },
  emotion: {
    label: 'Emotion curve',
    cardNoun: 'Emotion',
    holds: 'none',
    singleton: true,
    drawsCurve: true,
    cellTint: 0.04,
    colors: same('#3b5bdb', plain),
  },
  painPoints: {
    ...note,
    label: 'Pain points',
    cardNoun: 'Pain point',
    insight: 'painPoints',
    colors: same('#e03131', { fill: '#fde6e3', edge: '#a1251b' }),
  },
  opportunities: {
    ...note,
    label: 'Opportunities',
    cardNoun: 'Opportunity',
    insight: 'opportunities',
    colors: same('#2b8a3e', { fill: '#e2f3e6', edge: '#2f8a4c' }),
  },
  frontstage: {
    ...note,
    label: 'Frontstage',
    cardNoun: 'Frontstage action',
    blueprintLine: { line: 'interaction', below: ['actions', 'touchpoints'] },
    colors: same('#1098ad', blueprint),
  },
  backstage: {
    ...note,
    label: 'Backstage',
    cardNoun: 'Backstage action',
    blueprintLine: { line: 'visibility', below: ['frontstage'] },
    colors: same('#f08c00', blueprint),
  },
  support: {
    ...note,
    label: 'Support processes',
    cardNoun: 'Support process',
    blueprintLine: { line: 'internal', below: ['backstage'] },
    colors: same('#868e96', blueprint),
  },
  text: {
    ...note,
    label: 'Notes',
    cardNoun: 'Note',
    pickerNote: ' (custom)',
    colors: same('#5c6680', plain),
  },
  metrics: {
    label: 'Survey metrics',
    cardNoun: 'Metric',
    holds: 'none',
    singleton: true,
    drawsCurve: false,
    showsMetrics: true,
    cellTint: 0.04,
    colors: same('#0c8599', plain),
  },
};

/** The kind a lane is taken as when nothing says otherwise: plain notes. */
export const FALLBACK_LANE_KIND: LaneKind = 'text';

export const laneKind = (kind: LaneKind): LaneKindSpec => LANE_KIND_SPECS[kind];

function byKind<T>(pick: (spec: LaneKindSpec) => T): Record<LaneKind, T> {
  return Object.fromEntries(LANE_KIND_IDS.map((k) => [k, pick(LANE_KIND_SPECS[k])])) as Record<
    LaneKind,
    T
  >;
}

/** Lane kinds in the order a new map offers them, with their default names. */
export const LANE_KIND_LABELS = byKind((s) => s.label);

/** What one card of a lane is called: "Pain point", used in headings and accessible names. */
export const LANE_CARD_NOUNS = byKind((s) => s.cardNoun);

/** Each kind's accent in the light theme: what documents (SVG, PDF, PNG) are drawn with. */
export const LANE_LIGHT_COLORS = byKind((s) => s.colors.light);

/** The kind in a sentence: "the emotion curve lane holds no cards". */
export const laneNoun = (kind: LaneKind) => LANE_KIND_SPECS[kind].label.toLowerCase();

export const isNoteLane = (kind: LaneKind) => LANE_KIND_SPECS[kind].holds === 'note';

export const holdsCards = (kind: LaneKind) => LANE_KIND_SPECS[kind].holds !== 'none';

export const holdsTouchpoints = (kind: LaneKind) => LANE_KIND_SPECS[kind].holds === 'touchpoint';

/** For a lane that may be missing: true only for a lane of touchpoints. */
export const isTouchpointLane = (kind: LaneKind | undefined) =>
  kind !== undefined && holdsTouchpoints(kind);

export const drawsCurve = (kind: LaneKind) => LANE_KIND_SPECS[kind].drawsCurve;

export const showsMetrics = (kind: LaneKind) => LANE_KIND_SPECS[kind].showsMetrics === true;

/** The service-blueprint line drawn above a lane, given the lane kinds above it. */
export function blueprintLineAbove(
  kind: LaneKind,
  above: ReadonlySet<LaneKind>,
): BlueprintLineKind | undefined {
  const rule = LANE_KIND_SPECS[kind].blueprintLine;
  return rule?.below.some((k) => above.has(k)) ? rule.line : undefined;
}

/** A kind no journey may hold twice: the name of the kind when `kinds` already has one. */
export function singletonClash(kind: LaneKind, kinds: readonly LaneKind[]): string | undefined {
  const spec = LANE_KIND_SPECS[kind];
  return spec.singleton && kinds.includes(kind) ? spec.label : undefined;
}
