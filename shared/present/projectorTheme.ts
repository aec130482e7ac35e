import type { LayoutTheme } from '../layout/theme';
import { isNoteLane, LANE_KIND_IDS, LANE_KIND_SPECS } from '../model/laneKinds';

/**
 * The projector theme: dark ink on white (projectors wash out dark backgrounds in a lit room),
 * every text colour checked against its background in projectorTheme.test.ts.
 */
export const PROJECTOR_PALETTE = {
  /** The stage the map sits on, around and between columns. */
  canvas: '#e9ecf1',
  surface: '#ffffff',
  ink: '#10131a',
  /** Secondary text: goals, descriptions, counts. */
  muted: '#3b4252',
  /** The presenter line and help overlay: light text on near-black. */
  bar: '#10131a',
  barInk: '#ffffff',
  barMuted: '#d5dae3',
  /** Moment-of-truth badge text and focus outlines. */
  accent: '#0b4fb3',
  /** The low-point label on the emotion curve. */
  low: '#a1251b',
} as const;

export type ProjectorColor = keyof typeof PROJECTOR_PALETTE;

/** The palette plus each note lane's tint (from the lane-kind registry) as `<kind>Notes`. */
export const PROJECTOR_COLORS: Record<string, string> = {
  ...PROJECTOR_PALETTE,
  ...Object.fromEntries(
    LANE_KIND_IDS.filter(isNoteLane).map((k) => [
      `${k}Notes`,
      LANE_KIND_SPECS[k].colors.projector.fill,
    ]),
  ),
};

/** Every pair of text colour and the background it is drawn on, as keys of PROJECTOR_COLORS. */
export const PROJECTOR_TEXT_PAIRS: readonly [text: string, on: string][] = [
  ['ink', 'surface'],
  ['ink', 'canvas'],
  ['muted', 'surface'],
  ['muted', 'canvas'],
  ...LANE_KIND_IDS.filter(isNoteLane).flatMap((k): [string, string][] => [
    ['ink', `${k}Notes`],
    ['muted', `${k}Notes`],
  ]),
  ['accent', 'surface'],
  ['low', 'surface'],
  ['barInk', 'bar'],
  ['barMuted', 'bar'],
];

/** Font sizes in canvas units (px at zoom 1); the smallest is what `minReadableZoom` uses. */
export const PROJECTOR_TYPE = {
  stageName: 42,
  title: 31,
  body: 27,
} as const;

/** No text on screen smaller than this, in CSS px. */
export const MIN_SCREEN_FONT_PX = 18;

/** The zoom below which the smallest map text would fall under MIN_SCREEN_FONT_PX. */
export function minReadableZoom(): number {
  return MIN_SCREEN_FONT_PX / Math.min(...Object.values(PROJECTOR_TYPE));
}

/** Wide, short cards with no room kept for adding: a column fits a 1080p screen. */
export const PROJECTOR_LAYOUT_THEME: LayoutTheme = {
  laneLabelWidth: 230,
  personaHeight: 170,
  headerHeight: 150,
  stageWidth: 470,
  stageGap: 16,
  cardHeight: 140,
  cardLineHeight: 36,
  noteHeight: 92,
  coverHeight: 150,
  cardGap: 10,
  cellPadding: 10,
  addRoom: 0,
  minCellHeight: 160,
  minNoteCellHeight: 112,
  collapsedLaneHeight: 56,
  emotionLaneHeight: 160,
  connectionLabel: {
    fontSize: PROJECTOR_TYPE.body,
    fontWeight: 400,
    height: 44,
    paddingX: 12,
    maxWidth: 420,
    iconWidth: 24,
  },
  // present.css: titles in projector type at line height 1.15; notes show their title only.
  // Two lines at most, as before: a taller card would push a stage's camera below the zoom
  // where projector text stays 18 px (camera.test.ts); the rest ends in an ellipsis.
  cardText: {
    touchpointInset: 46,
    noteInset: 40,
    touchpointTitle: { size: PROJECTOR_TYPE.title, weight: 700, lineHeight: 36, maxLines: 2 },
    touchpointTitleLines: 2,
    noteTitle: { size: PROJECTOR_TYPE.title, weight: 700, lineHeight: 36, maxLines: 2 },
    noteBody: null,
    notePadding: 10,
    noteGap: 0,
    moreHeight: 0,
  },
};

/** The palette and type as CSS custom properties, so the tested values are the drawn ones. */
export function projectorCssVariables(): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [name, value] of Object.entries(PROJECTOR_PALETTE)) vars[`--pr-${name}`] = value;
  for (const [name, size] of Object.entries(PROJECTOR_TYPE))
    vars[`--pr-${name}-size`] = `${size}px`;
  return vars;
}
