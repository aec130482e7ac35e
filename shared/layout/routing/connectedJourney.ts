/**
 * A generated journey with many cards and connections, for the routing tests and benchmark:
 * arrows to the next stage, within a cell, across lanes and back to earlier stages, as real
 * maps have them, some labelled. Deterministic: the same options give the same journey.
 */
import { generateNKeysBetween } from 'fractional-indexing';
import { emptyDoc, emptyRows } from '../../model/doc';
import {
  LANE_KIND_LABELS,
  makeConnection,
  makeJourney,
  makeLane,
  makeStage,
  makeTouchpoint,
} from '../../model/factories';
import { holdsCards, holdsTouchpoints } from '../../model/laneKinds';
import type { Emotion } from '../../model/scales';
import { JOURNEY_LANES } from '../../model/templateSpec';
import { stageColor } from '../../model/templates';
import type { ConnectionKind, ProjectDoc } from '../../model/types';
import { applyOp } from '../../ops/applyOp';

export interface ConnectedJourneyOptions {
  stages: number;
  cards: number;
  connections: number;
  seed?: number;
}

const LABELS = ['after manual review', 'if the card is declined', 'retry', 'no reply in 2 days'];

/** Park-Miller: small, and the same numbers in every run. */
function random(seed: number) {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

export function connectedJourney(o: ConnectedJourneyOptions): {
  doc: ProjectDoc;
  journeyId: string;
} {
  const rnd = random(o.seed ?? 7);
  const pick = (n: number) => Math.floor(rnd() * n);
  const rows = emptyRows();
  const journeyId = 'cj';
  rows.journeys.push(makeJourney({ id: journeyId, name: 'Connected journey', orderKey: 'a0' }));
  const stageKeys = generateNKeysBetween(null, null, o.stages);
  stageKeys.forEach((orderKey, s) =>
    rows.stages.push({
      ...makeStage({ id: `s${s}`, journeyId, name: `Stage ${s + 1}`, color: stageColor(s) }),
      orderKey,
    }),
  );
  const kinds = JOURNEY_LANES.filter(holdsCards);
  const laneKeys = generateNKeysBetween(null, null, JOURNEY_LANES.length);
  JOURNEY_LANES.forEach((kind, l) =>
    rows.lanes.push({
      ...makeLane({ id: `l${l}`, journeyId, kind, name: LANE_KIND_LABELS[kind] }),
      orderKey: laneKeys[l]!,
    }),
  );
  const cardLanes = JOURNEY_LANES.map((kind, l) => ({ kind, l })).filter((x) => holdsCards(x.kind));
  const perCell = Math.ceil(o.cards / (o.stages * kinds.length));
  const cardKeys = generateNKeysBetween(null, null, perCell);
  /** grid[s][lane][i]: card ids. */
  const grid: string[][][] = [];
  let made = 0;
  for (let s = 0; s < o.stages; s++) {
    grid.push(cardLanes.map(() => []));
  }
  for (let i = 0; i < perCell; i++) {
    for (let s = 0; s < o.stages; s++) {
      cardLanes.forEach(({ kind, l }, li) => {
        if (made >= o.cards) return;
        const id = `c${s}_${l}_${i}`;
        const rated = holdsTouchpoints(kind);
        rows.touchpoints.push({
          ...makeTouchpoint({
            id,
            journeyId,
            stageId: `s${s}`,
            laneId: `l${l}`,
            title: `Card ${s + 1}.${li + 1}.${i + 1}`,
            description: 'A line of description.',
            emotion: rated ? ((((s + i) % 5) - 2) as Emotion) : null,
            effort: rated ? ((s + i) % 7) + 1 : null,
          }),
          orderKey: cardKeys[i]!,
        });
        grid[s]![li]!.push(id);
        made++;
      });
    }
  }
  const card = (s: number, li: number, i: number) => {
    const cell = grid[Math.max(0, Math.min(o.stages - 1, s))]![li]!;
    return cell[Math.max(0, Math.min(cell.length - 1, i))];
  };
  const seen = new Set<string>();
  for (let n = 0; rows.connections.length < o.connections && n < o.connections * 20; n++) {
    const s = pick(o.stages);
    const li = pick(cardLanes.length);
    const i = pick(grid[s]![li]!.length);
    const r = rnd();
    const target =
      r < 0.55
        ? card(s + 1, li, i + pick(5) - 2)
        : r < 0.7
          ? card(s, li, i + 1 + pick(2))
          : r < 0.85
            ? card(s + 1, (li + 1 + pick(cardLanes.length - 1)) % cardLanes.length, pick(4))
            : r < 0.95
              ? card(s - 1 - pick(2), li, i - pick(3))
              : card(s, (li + 1) % cardLanes.length, pick(3));
    const from = card(s, li, i);
    if (!from || !target || from === target || seen.has(`${from}>${target}`)) continue;
    seen.add(`${from}>${target}`);
    const k = rnd();
    const kind: ConnectionKind = k < 0.6 ? 'path' : k < 0.85 ? 'alternative' : 'failure';
    rows.connections.push(
      makeConnection({
        id: `k${rows.connections.length}`,
        journeyId,
        fromId: from,
        toId: target,
        kind,
        label: rnd() < 0.35 ? LABELS[pick(LABELS.length)]! : '',
      }),
    );
  }
  const doc = applyOp(emptyDoc('Connected journey', '2024-01-01T00:00:00Z'), {
    type: 'insertRows',
    rows,
  }).doc;
  return { doc, journeyId };
}
