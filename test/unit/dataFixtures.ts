import { emptyDoc } from '../../shared/model/doc';
import { futureStateOf } from '../../shared/model/duplicateJourney';
import { journeyFromTemplate } from '../../shared/model/templates';
import type { ProjectDoc, RowSet } from '../../shared/model/types';
import { applyOp } from '../../shared/ops/applyOp';
import { projectFile } from '../../shared/export/json';

/** Test documents and comparisons for the data-format suites (JSON, CSV, canvas, Mermaid). */

export function withRows(doc: ProjectDoc, rows: RowSet): ProjectDoc {
  return applyOp(doc, { type: 'insertRows', rows }).doc;
}

/** Sequential ids, so a test can name rows and outputs are the same on every run. */
export function counterIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

/** The worked example (persona, every lane, connections) as a one-journey project. */
export function hotelDoc(makeId = counterIds('h')): ProjectDoc {
  return withRows(
    emptyDoc('Hotel project', '2025-01-01T00:00:00.000Z'),
    journeyFromTemplate('hotel-example', { orderKey: 'a0', makeId }),
  );
}

/** The worked example, the lifecycle template and a future state of the example. */
export function richDoc(): ProjectDoc {
  const makeId = counterIds('r');
  let doc = hotelDoc(makeId);
  doc = withRows(doc, journeyFromTemplate('lifecycle', { orderKey: 'a1', makeId }));
  const hotelId = Object.values(doc.journeys).find((j) => j.orderKey === 'a0')!.id;
  return withRows(doc, futureStateOf(doc, hotelId, { orderKey: 'a2', makeId }));
}

const connectionKey = (c: Record<string, unknown>) =>
  [c.journeyId, c.fromId, c.toId, c.kind, c.label].join('>');

/**
 * A project's rows with every id replaced by its table and position in the export order, and
 * the order keys of journeys and personas (which an import re-mints) left out: two projects
 * that differ only in ids compare equal.
 */
export function canonicalRows(doc: ProjectDoc) {
  const file = projectFile(doc, { scope: 'project' });
  const labels = new Map<string, string>();
  const tables = ['personas', 'journeys', 'stages', 'lanes', 'touchpoints', 'connections'] as const;
  for (const table of tables) file[table].forEach((r, i) => labels.set(r.id, `${table}#${i}`));
  const idFields = [
    'id',
    'journeyId',
    'stageId',
    'laneId',
    'fromId',
    'toId',
    'personaId',
    'sourceId',
    'opportunityId',
  ];
  const relabel = (row: object, dropOrder: boolean) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(row)) {
      if (dropOrder && k === 'orderKey') continue;
      out[k] =
        (idFields.includes(k) || k === 'currentJourneyId') && typeof v === 'string'
          ? labels.get(v)
          : v;
    }
    return out;
  };
  return {
    personas: file.personas.map((r) => relabel(r, true)),
    journeys: file.journeys.map((r) => relabel(r, true)),
    stages: file.stages.map((r) => relabel(r, false)),
    lanes: file.lanes.map((r) => relabel(r, false)),
    touchpoints: file.touchpoints.map((r) => relabel(r, false)),
    // Connections are listed by id, which an import changes: compare them as a set.
    connections: file.connections
      .map((r) => relabel({ ...r, id: undefined }, false))
      .sort((a, b) => (connectionKey(a) < connectionKey(b) ? -1 : 1)),
    cardLinks: file.cardLinks
      .map((r) => relabel({ ...r, id: undefined }, false))
      .sort((a, b) => (connectionKey(a) < connectionKey(b) ? -1 : 1)),
    implementations: file.implementations
      .map((r) => relabel({ ...r, id: undefined }, false))
      .map((r) => JSON.stringify(r))
      .sort(),
  };
}
