import { DEFAULT_LAYOUT_THEME, type LayoutTheme } from '../../shared/layout/theme';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lanesOf, stagesOf } from '../../shared/model/doc';
import { holdsTouchpoints } from '../../shared/model/laneKinds';
import {
  makeConnection,
  makeJourney,
  makeLane,
  makePersona,
  makeStage,
  makeTouchpoint,
} from '../../shared/model/factories';
import type {
  Connection,
  Journey,
  Lane,
  Persona,
  ProjectDoc,
  Stage,
  Touchpoint,
} from '../../shared/model/types';

/** Test-only builders and helpers shared by the unit suites. */

export function persona(id: string, orderKey = 'a0', extra: Partial<Persona> = {}): Persona {
  return makePersona({ id, name: `Persona ${id}`, color: '#1c7ed6', orderKey, ...extra });
}

export function journey(id: string, orderKey = 'a0', extra: Partial<Journey> = {}): Journey {
  return makeJourney({ id, name: `Journey ${id}`, orderKey, ...extra });
}

/** Builds a row of a journey at an order key; `extra` overrides any default. */
type JourneyRowBuilder<T> = (
  id: string,
  journeyId: string,
  orderKey: string,
  extra?: Partial<T>,
) => T;

export const stage: JourneyRowBuilder<Stage> = (id, journeyId, orderKey, extra = {}) => ({
  orderKey,
  ...makeStage({ id, journeyId, name: `Stage ${id}`, color: '#4c6ef5', ...extra }),
});

export const lane: JourneyRowBuilder<Lane> = (id, journeyId, orderKey, extra = {}) => ({
  orderKey,
  ...makeLane({ id, journeyId, kind: 'touchpoints', name: `Lane ${id}`, ...extra }),
});

export function touchpoint(
  id: string,
  stageId: string,
  laneId: string,
  orderKey: string,
  journeyId = 'j1',
  extra: Partial<Touchpoint> = {},
): Touchpoint {
  return {
    orderKey,
    ...makeTouchpoint({ id, journeyId, stageId, laneId, title: `Card ${id}`, ...extra }),
  };
}

export function connection(
  id: string,
  fromId: string,
  toId: string,
  journeyId = 'j1',
  extra: Partial<Connection> = {},
): Connection {
  return makeConnection({ id, journeyId, fromId, toId, ...extra });
}

/** Rated neutral on purpose: a new card is not rated, these sample cards were rated 0 and 4. */
const NEUTRAL = { emotion: 0, effort: 4 } as const;

function table<T extends { id: string }>(rows: T[]): Record<string, T> {
  return Object.fromEntries(rows.map((r) => [r.id, r]));
}

/**
 * Two journeys. j1: stages s1 s2 s3, lanes l1 l2; cell s1/l1 holds t1 t2 t3, s2/l1 holds t4,
 * s1/l2 holds t5. j2, the future state of j1 for persona p1: stage s9, lane l9, touchpoint t9.
 * No connections: `connectedDoc` adds some.
 */
export function sampleDoc(): ProjectDoc {
  return {
    info: { name: 'Sample', createdAt: '2024-01-01T00:00:00.000Z' },
    personas: table([persona('p1', 'a0', { role: 'Traveller' })]),
    journeys: table([
      journey('j1', 'a0'),
      journey('j2', 'a1', { state: 'future', personaId: 'p1', currentJourneyId: 'j1' }),
    ]),
    stages: table([
      stage('s1', 'j1', 'a0'),
      stage('s2', 'j1', 'a1'),
      stage('s3', 'j1', 'a2'),
      stage('s9', 'j2', 'a0'),
    ]),
    lanes: table([lane('l1', 'j1', 'a0'), lane('l2', 'j1', 'a1'), lane('l9', 'j2', 'a0')]),
    touchpoints: table([
      touchpoint('t1', 's1', 'l1', 'a0', 'j1', { emotion: -2, effort: 1, tags: ['price'] }),
      touchpoint('t2', 's1', 'l1', 'a1', 'j1', NEUTRAL),
      touchpoint('t3', 's1', 'l1', 'a2', 'j1', { emotion: 2, effort: 7 }),
      touchpoint('t4', 's2', 'l1', 'a0', 'j1', NEUTRAL),
      touchpoint('t5', 's1', 'l2', 'a0', 'j1', NEUTRAL),
      touchpoint('t9', 's9', 'l9', 'a0', 'j2'),
    ]),
    connections: {},
    cardLinks: {},
    implementations: {},
    sources: {},
    quotes: {},
    citations: {},
    savedViews: {},
    attachments: {},
    surveyImports: {},
    surveyAnswers: {},
    surveyQuotes: {},
  };
}

/** The sample doc with connections in j1: c1 t1 -> t4, c2 t2 -> t5 (alternative), c3 t4 -> t3. */
export function connectedDoc(): ProjectDoc {
  return {
    ...sampleDoc(),
    connections: table([
      connection('c1', 't1', 't4'),
      connection('c2', 't2', 't5', 'j1', { kind: 'alternative', label: 'No stock' }),
      connection('c3', 't4', 't3'),
    ]),
  };
}

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value))
      deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** A fresh temporary folder and a function that removes it. */
export function tempDir(prefix = 'wayline-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface FileState {
  sha256: string;
  size: number;
  mtimeMs: number;
}

export function fileState(path: string): FileState {
  const stat = statSync(path);
  const sha256 = createHash('sha256').update(readFileSync(path)).digest('hex');
  return { sha256, size: stat.size, mtimeMs: stat.mtimeMs };
}

/** SQLite side files that must not be left next to a file Wayline refused. */
export function sideFiles(path: string): string[] {
  return ['-wal', '-shm', '-journal'].map((s) => path + s).filter((p) => existsSync(p));
}

/** Small round numbers so expected layout positions can be worked out by hand. */
export const SMALL_THEME: LayoutTheme = {
  laneLabelWidth: 100,
  headerHeight: 50,
  stageWidth: 200,
  stageGap: 10,
  personaHeight: 70,
  cardHeight: 40,
  cardLineHeight: 10,
  noteHeight: 30,
  cardGap: 5,
  cellPadding: 10,
  addRoom: 20,
  minCellHeight: 80,
  minNoteCellHeight: 60,
  collapsedLaneHeight: 20,
  emotionLaneHeight: 100,
  connectionLabel: DEFAULT_LAYOUT_THEME.connectionLabel,
  // Lines of 10: a one-line title fits the 40 and 30 above, so only long text grows a card.
  cardText: {
    ...DEFAULT_LAYOUT_THEME.cardText,
    touchpointTitle: { ...DEFAULT_LAYOUT_THEME.cardText.touchpointTitle, lineHeight: 10 },
    noteTitle: { ...DEFAULT_LAYOUT_THEME.cardText.noteTitle, lineHeight: 10 },
    noteBody: { size: 12, weight: 400, lineHeight: 10, maxLines: 5 },
    notePadding: 5,
    noteGap: 0,
    moreHeight: 10,
  },
};

/** Ids of a starter project: its journey, its stages in order, its (first) lane. */
export function starterIds(doc: ProjectDoc) {
  const journeyId = Object.keys(doc.journeys)[0]!;
  return {
    journeyId,
    stageIds: stagesOf(doc, journeyId).map((s) => s.id),
    // The touchpoints lane: a card there may be rated (a note may not).
    laneId: (lanesOf(doc, journeyId).find((l) => holdsTouchpoints(l.kind)) ??
      lanesOf(doc, journeyId)[0])!.id,
  };
}
