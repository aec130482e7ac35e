import { linkedCards } from './cardLinks';
import { byOrderKey, getEntity, journeyList, lanesOf, stagesOf } from './doc';
import { levelWord, OPPORTUNITY_STATUSES, type OpportunityStatus } from './opportunityScales';
import { priorityOf } from './priority';
import type { Journey, ProjectDoc, Touchpoint } from './types';

/**
 * The opportunities of a project as a backlog: one row per opportunity card of every journey,
 * with what the table, the CSV and the spreadsheet show. Linked cards are named by title.
 */
export interface BacklogRow {
  id: string;
  journeyId: string;
  journey: string;
  stage: string;
  title: string;
  status: OpportunityStatus;
  owner: string;
  value: number | null;
  effort: number | null;
  confidence: number | null;
  priority: number | null;
  due: string;
  link: string;
  painPoints: string[];
  touchpoints: string[];
}

/** A journey's opportunity cards in map order: stage, then lane, then place in the cell. */
export function opportunitiesOf(doc: ProjectDoc, journeyId: string): Touchpoint[] {
  const stageIndex = new Map(stagesOf(doc, journeyId).map((s, i) => [s.id, i]));
  const laneIndex = new Map(
    lanesOf(doc, journeyId)
      .filter((l) => l.kind === 'opportunities')
      .map((l, i) => [l.id, i]),
  );
  return Object.values(doc.touchpoints)
    .filter((t) => t.journeyId === journeyId && laneIndex.has(t.laneId))
    .sort(
      (a, b) =>
        (stageIndex.get(a.stageId) ?? 0) - (stageIndex.get(b.stageId) ?? 0) ||
        (laneIndex.get(a.laneId) ?? 0) - (laneIndex.get(b.laneId) ?? 0) ||
        byOrderKey(a, b),
    );
}

const titled = (t: Touchpoint, noun: string) => t.title.trim() || `Untitled ${noun}`;

function rowOf(doc: ProjectDoc, journey: Journey, card: Touchpoint): BacklogRow {
  return {
    id: card.id,
    journeyId: journey.id,
    journey: journey.name,
    stage: getEntity(doc, 'stages', card.stageId)?.name ?? '',
    title: titled(card, 'opportunity'),
    status: card.status,
    owner: card.owner,
    value: card.value,
    effort: card.buildEffort,
    confidence: card.confidence,
    priority: priorityOf(card),
    due: card.due,
    link: card.backlogLink,
    painPoints: linkedCards(doc, card.id, 'addresses').map((l) => titled(l.card, 'pain point')),
    touchpoints: linkedCards(doc, card.id, 'changes').map((l) => titled(l.card, 'touchpoint')),
  };
}

/** Every opportunity of every journey, journeys in project order. */
export function backlogRows(doc: ProjectDoc): BacklogRow[] {
  return journeyList(doc).flatMap((journey) =>
    opportunitiesOf(doc, journey.id).map((card) => rowOf(doc, journey, card)),
  );
}

export const statusWord = (status: OpportunityStatus) => levelWord(OPPORTUNITY_STATUSES, status);

/** The opportunities a future-state journey implements, in the order they are on the map. */
export function implementedBy(doc: ProjectDoc, futureJourneyId: string): Touchpoint[] {
  const ids = new Set(
    Object.values(doc.implementations)
      .filter((i) => i.journeyId === futureJourneyId)
      .map((i) => i.opportunityId),
  );
  const current = getEntity(doc, 'journeys', futureJourneyId)?.currentJourneyId;
  const mapped = current ? opportunitiesOf(doc, current) : [];
  const onMap = mapped.filter((t) => ids.has(t.id));
  // An implemented opportunity of another journey (the link was changed) is still listed.
  const elsewhere = [...ids]
    .filter((id) => !mapped.some((t) => t.id === id))
    .flatMap((id) => getEntity(doc, 'touchpoints', id) ?? []);
  return [...onMap, ...elsewhere];
}
