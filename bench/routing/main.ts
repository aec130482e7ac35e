// `node bench/run.mjs routing`: the connector-routing benchmark of issue 11. It prints figures;
// it asserts nothing. Routes all connections of a 2,000-card journey with 200 connections with
// libavoid, then re-routes after one card moves, against the layout with straight arrows.
import { join } from 'node:path';
import { loadAvoid } from '../../electron/backend/routing/loadAvoid';
import { EXPORT_THEME } from '../../shared/export/svg/exportSvg';
import { connectionsOf } from '../../shared/model/doc';
import type { ProjectDoc } from '../../shared/model/types';
import { applyOp } from '../../shared/ops/applyOp';
import { layoutJourney } from '../../shared/layout/layoutJourney';
import { connectedJourney } from '../../shared/layout/routing/connectedJourney';
import { createConnectionRouter } from '../../shared/layout/routing/connectionRouter';
import { overlaps } from '../../shared/layout/routing/rects';
import { log } from '../harness';
import { formatTable, machine, writeResults, type Row } from '../report';
import { median, p95, round } from '../stats';

const FULL_RUNS = 5;
const MOVES = 15;

function time<T>(run: () => T): [number, T] {
  const start = performance.now();
  const value = run();
  return [performance.now() - start, value];
}

/** Each move sends a connected card to the next stage of its lane, as the arrow keys do. */
function moveOne(doc: ProjectDoc, cardId: string, stages: number): ProjectDoc {
  const card = doc.touchpoints[cardId]!;
  const next = (Number(card.stageId.slice(1)) + 1) % stages;
  return applyOp(doc, {
    type: 'moveTouchpoint',
    id: card.id,
    stageId: `s${next}`,
    laneId: card.laneId,
    at: { index: 2 },
  }).doc;
}

export async function runBench(root: string): Promise<void> {
  const [loadMs, avoid] = await (async () => {
    const start = performance.now();
    const loaded = await loadAvoid();
    return [performance.now() - start, loaded] as const;
  })();
  const stages = 8;
  const { doc, journeyId } = connectedJourney({ stages, cards: 2000, connections: 200 });
  const theme = EXPORT_THEME;
  log(`journey: 2,000 cards (8 stages x 5 card lanes x 50), 200 connections`);

  // Everything routed from scratch, each run with a new router; baseline: straight arrows.
  const full: number[] = [];
  const straight: number[] = [];
  for (let i = 0; i <= FULL_RUNS; i++) {
    const router = createConnectionRouter(avoid);
    const [ours] = time(() => layoutJourney(doc, journeyId, theme, router));
    router.dispose();
    const [base] = time(() => layoutJourney(doc, journeyId, theme));
    // The first pair warms up.
    if (i === 0) continue;
    full.push(ours);
    straight.push(base);
  }

  // One card moves; the router kept from the last layout re-routes the groups around it.
  const router = createConnectionRouter(avoid);
  layoutJourney(doc, journeyId, theme, router);
  const connected = connectionsOf(doc, journeyId).map((c) => c.fromId);
  const reroute: number[] = [];
  const relayout: number[] = [];
  const relayoutStraight: number[] = [];
  const rerouted: number[] = [];
  let moved = doc;
  for (let i = 0; i < MOVES; i++) {
    moved = moveOne(moved, connected[(i * 13) % connected.length]!, stages);
    const plain = layoutJourney(moved, journeyId, theme);
    const connections = connectionsOf(moved, journeyId);
    const [routeMs] = time(() => router.route({ cards: plain.cards, connections }));
    reroute.push(routeMs);
    rerouted.push(router.lastRun.rerouted);
    // The whole edit as the canvas sees it: layout and routes, then the same without routing.
    moved = moveOne(moved, connected[(i * 17 + 5) % connected.length]!, stages);
    relayout.push(time(() => layoutJourney(moved, journeyId, theme, router))[0]);
    relayoutStraight.push(time(() => layoutJourney(moved, journeyId, theme))[0]);
  }
  const final = layoutJourney(moved, journeyId, theme, router);
  router.dispose();
  const labelled = final.connections.filter((c) => c.labelBox);
  const crowded = labelled.filter((c) => final.cards.some((card) => overlaps(card, c.labelBox!)));

  const rows: Row[] = [
    {
      measure: `load libavoid (wasm, once)`,
      ours: loadMs,
      baseline: null,
      target: null,
    },
    {
      measure: `route all 200 connections, 2,000 cards (median of ${FULL_RUNS})`,
      ours: median(full),
      baseline: median(straight),
      target: null,
      note: 'layoutJourney with a new router vs without (straight arrows)',
    },
    {
      measure: `re-route after one card moves (median of ${MOVES})`,
      ours: median(reroute),
      baseline: null,
      target: { on: 'ours', max: 50, label: '< 50 ms' },
      note: `router.route alone; ${median(rerouted)} of about ${router.lastRun.groups} groups re-routed (median)`,
    },
    {
      measure: `re-route after one card moves (p95 of ${MOVES})`,
      ours: p95(reroute),
      baseline: null,
      target: null,
    },
    {
      measure: `layout + re-route after one card moves (median of ${MOVES})`,
      ours: median(relayout),
      baseline: median(relayoutStraight),
      target: null,
      note: 'what the canvas runs per edit, vs the same layout with straight arrows',
    },
  ];
  console.log(formatTable(rows, { notes: true }));
  console.log(
    `labels: ${labelled.length}; with no free spot near their arrow (drawn over a card): ${crowded.length}`,
  );
  const { chromium: _none, ...info } = machine('');
  console.log(`machine: ${info.cpus} cores, load average ${info.loadAverage1m}`);
  writeResults(join(root, 'bench', 'routing-results.json'), rows, info, {
    labels: { placed: labelled.length, crowded: crowded.length },
    reroutedGroups: rerouted,
    rerouteMs: reroute.map((v) => round(v)),
  });
}
