import {
  cellKey,
  connectionsOf,
  getEntity,
  journeyList,
  lanesOf,
  personaList,
  stagesOf,
  touchpointsByCell,
} from '../model/doc';
import { surveyRowsOf } from '../model/surveys';
import type {
  Attachment,
  CardLink,
  Citation,
  Connection,
  Implementation,
  Journey,
  Lane,
  ProjectDoc,
  Quote,
  Stage,
  Touchpoint,
} from '../model/types';
import { savedViewsOf, type SavedView } from '../model/savedViews';
import { JSON_FORMAT_VERSION, type WaylineFile } from './jsonFormat';

export type JsonExportScope = { scope: 'project' } | { scope: 'journey'; journeyId: string };

export interface JsonExportOptions {
  /** ISO time written into the file; left out when not given, so output can be reproducible. */
  exportedAt?: string;
}

/** Every row of the given journeys, parents first, each journey's rows in map order. */
function journeyRows(doc: ProjectDoc, journeys: Journey[]) {
  const stages: Stage[] = [];
  const lanes: Lane[] = [];
  const touchpoints: Touchpoint[] = [];
  const connections: Connection[] = [];
  const cardLinks: CardLink[] = [];
  const implementations: Implementation[] = [];
  const quotes: Quote[] = [];
  const citations: Citation[] = [];
  const savedViews: SavedView[] = [];
  const attachments: Attachment[] = [];
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  const ofJourney = <T extends { id: string; journeyId: string }>(
    rows: Record<string, T>,
    id: string,
  ) =>
    Object.values(rows)
      .filter((r) => r.journeyId === id)
      .sort(byId);
  for (const journey of journeys) {
    const journeyStages = stagesOf(doc, journey.id);
    const journeyLanes = lanesOf(doc, journey.id);
    const cells = touchpointsByCell(doc, journey.id);
    stages.push(...journeyStages);
    lanes.push(...journeyLanes);
    for (const stage of journeyStages) {
      for (const lane of journeyLanes)
        touchpoints.push(...(cells.get(cellKey(stage.id, lane.id)) ?? []));
    }
    connections.push(...connectionsOf(doc, journey.id).sort(byId));
    cardLinks.push(...ofJourney(doc.cardLinks, journey.id));
    implementations.push(...ofJourney(doc.implementations, journey.id));
    quotes.push(...ofJourney(doc.quotes, journey.id));
    citations.push(...ofJourney(doc.citations, journey.id));
    savedViews.push(...savedViewsOf(doc, journey.id));
    attachments.push(...ofJourney(doc.attachments, journey.id));
  }
  // Links out of the file (a future state's source cards, the opportunities it implements,
  // when one journey is exported) are left out rather than left dangling.
  const inFile = new Set(touchpoints.map((t) => t.id));
  return {
    stages,
    lanes,
    touchpoints: touchpoints.map((t) =>
      t.sourceId === null || inFile.has(t.sourceId) ? t : { ...t, sourceId: null },
    ),
    connections,
    cardLinks,
    implementations: implementations.filter((i) => inFile.has(i.opportunityId)),
    quotes,
    citations,
    savedViews,
    // The rows only: their bytes travel in a Wayline bundle (shared/media/bundleFormat.ts).
    attachments,
  };
}

/** The file's rows: the whole project, or one journey with its persona. */
export function projectFile(
  doc: ProjectDoc,
  target: JsonExportScope,
  options: JsonExportOptions = {},
): WaylineFile {
  let journeys = journeyList(doc);
  let personas = personaList(doc);
  if (target.scope === 'journey') {
    const journey = getEntity(doc, 'journeys', target.journeyId);
    if (!journey) throw new Error(`No journey with id ${target.journeyId}`);
    // The current-state journey a future state points at is not in the file: drop the link.
    journeys = [{ ...journey, currentJourneyId: null }];
    const persona = journey.personaId ? getEntity(doc, 'personas', journey.personaId) : undefined;
    personas = persona ? [persona] : [];
  }
  const { quotes, citations, savedViews, attachments, ...tables } = journeyRows(doc, journeys);
  // A journey's file carries the research sources its cards quote or cite, the project all.
  const surveys = surveyRowsOf(doc, new Set(journeys.map((j) => j.id)));
  const cited = new Set([...quotes, ...citations, ...surveys.surveyImports].map((r) => r.sourceId));
  const sources = Object.values(doc.sources)
    .filter((s) => target.scope === 'project' || cited.has(s.id))
    .sort((a, b) => (a.orderKey < b.orderKey ? -1 : a.orderKey > b.orderKey ? 1 : 0));
  return {
    format: 'wayline',
    formatVersion: JSON_FORMAT_VERSION,
    ...(options.exportedAt !== undefined ? { exportedAt: options.exportedAt } : {}),
    project: { ...doc.info },
    personas,
    journeys,
    ...tables,
    // Parents before children: the sources before the quotes and citations that name them.
    sources,
    quotes,
    citations,
    savedViews,
    attachments,
    ...surveys,
  };
}

/** A Wayline JSON file as text: `{ "format": "wayline", "formatVersion": 1, ... }`. */
export function exportProjectJson(
  doc: ProjectDoc,
  target: JsonExportScope,
  options: JsonExportOptions = {},
): string {
  return `${JSON.stringify(projectFile(doc, target, options), null, 2)}\n`;
}
