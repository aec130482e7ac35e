import { generateNKeysBetween } from 'fractional-indexing';
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { createProjectStore } from '../electron/backend/projectStore';
import { journeyList, lanesOf, stagesOf } from '../shared/model/doc';
import { makeTouchpoint } from '../shared/model/factories';
import type { ProjectDoc, Touchpoint } from '../shared/model/types';
import { layoutJourney } from '../shared/layout/layoutJourney';
import { DEFAULT_LAYOUT_THEME } from '../shared/layout/theme';

/** The issue-3 bench's map: 8 stages x 5 card lanes x 50 cards. */
export const DEFAULT_TOUCHPOINTS = 2000;
/** The lifecycle template's lanes that hold cards (the emotion lane draws a curve instead). */
const CARD_LANES = 5;

export interface Fixture {
  journeyId: string;
  touchpointIds: string[];
  /** Where the canvas puts each card: the baseline draws its default nodes at the same spots. */
  cardPositions: { x: number; y: number }[];
}

/**
 * A project of `count` cards made the way the app makes one: the starter project from
 * createProjectStore, then one insertRows op through the real store, so the file on disk is
 * exactly what Wayline writes. Cards fill every stage x card-lane cell evenly (the last cells
 * get one fewer when `count` does not divide).
 */
export function writeFixture(path: string, count = DEFAULT_TOUCHPOINTS): Fixture {
  const store = createProjectStore(path, 'Benchmark project');
  try {
    const doc = store.doc;
    const journey = journeyList(doc)[0];
    if (!journey) throw new Error('the starter project has no journey');
    const stages = stagesOf(doc, journey.id);
    const lanes = lanesOf(doc, journey.id)
      .filter((l) => l.kind !== 'emotion')
      .slice(0, CARD_LANES);
    const cells = stages.length * lanes.length;
    const keys = generateNKeysBetween(null, null, Math.ceil(count / cells));
    const touchpoints: Touchpoint[] = [];
    stages.forEach((stage, s) =>
      lanes.forEach((lane, l) => {
        keys.forEach((orderKey, i) => {
          const n = touchpoints.length;
          // Card i of every cell counts before card i + 1 of any: cells differ by one card at most.
          if (i * cells + s * lanes.length + l >= count) return;
          touchpoints.push({
            ...makeTouchpoint({
              id: `bench-${s}-${l}-${i}`,
              journeyId: journey.id,
              stageId: stage.id,
              laneId: lane.id,
              title: `${stage.name} ${lane.name} card ${i + 1}`,
              description: 'A line of description, as most real cards have.',
              channel: lane.kind === 'touchpoints' ? 'Website' : '',
              // Notes have no emotion or effort.
              emotion: lane.kind === 'touchpoints' ? (n % 5) - 2 : null,
              effort: lane.kind === 'touchpoints' ? (n % 7) + 1 : null,
              momentOfTruth: n % 23 === 0,
              tags: n % 3 === 0 ? ['bench'] : [],
            }),
            orderKey,
          });
        });
      }),
    );
    store.apply([{ type: 'insertRows', rows: { touchpoints } }]);
    const layout = layoutJourney(store.doc, journey.id, DEFAULT_LAYOUT_THEME);
    return {
      journeyId: journey.id,
      touchpointIds: touchpoints.map((t) => t.id),
      cardPositions: layout.cards.map((c) => ({ x: c.x, y: c.y })),
    };
  } finally {
    store.close();
  }
}

/** The naive alternative to incremental saves: the whole project as JSON, made durable. */
export function writeJsonDurably(path: string, doc: ProjectDoc): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, JSON.stringify(doc));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
