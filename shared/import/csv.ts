import { generateNKeysBetween } from 'fractional-indexing';
import { cellTouchpoints, getEntity, lanesOf, stagesOf } from '../model/doc';
import {
  LANE_KIND_LABELS,
  makeJourney,
  makeLane,
  makeStage,
  makeTouchpoint,
} from '../model/factories';
import { newId } from '../model/ids';
import {
  drawsCurve,
  FALLBACK_LANE_KIND,
  holdsCards,
  holdsTouchpoints,
  isNoteLane,
  laneKind,
  laneNoun,
} from '../model/laneKinds';
import { JOURNEY_LANES } from '../model/templateSpec';
import { LANE_KINDS } from '../model/schema';
import { stageColor } from '../model/templates';
import type { Journey, Lane, LaneKind, ProjectDoc, Stage, Touchpoint } from '../model/types';
import { MAX_ROWS_PER_TABLE } from '../export/jsonFormat';
import { DEFAULT_IMPORT_MAX_BYTES, type ImportInput, importText } from './guards';
import {
  type ImportPlanBase,
  type ImportSummary,
  journeyKeysAfter,
  type PlanResult,
  preflight,
  refuseImport,
  summarize,
} from './plan';
import { type CsvCard, type CsvReadOptions, type CsvRejection, readCsvRows } from './csvRows';
import { rejectRow } from './csvRejection';
import { problem } from './problems';
import { ok } from '../result';

export type { CsvRejection } from './csvRows';

export interface CsvImportOptions {
  /** Import into this existing journey; without it, each journey named in the file is new. */
  journeyId?: string;
  /** Name of a new journey when the file has no journey column (e.g. the file's name). */
  journeyName?: string;
  /** Largest file accepted, in bytes (default 20 MB). */
  maxBytes?: number;
  makeId?: () => string;
  /** How the text is split and where rows without a stage or lane column go (csvRows.ts). */
  read?: CsvReadOptions;
}

export type CsvImportPlan = PlanResult<
  ImportPlanBase & {
    /** `cesConverted`: rows whose effort was converted from a CES 2.0 answer (8 - ces). */
    summary: ImportSummary & { cesConverted: number };
    rejected: CsvRejection[];
  }
>;

const keyOf = (name: string) => name.trim().toLowerCase();

/** The lane kind a lane name stands for: its default name or its kind; otherwise notes. */
export function laneKindOfName(name: string): LaneKind {
  const key = keyOf(name);
  const kind = LANE_KINDS.find((k) => keyOf(LANE_KIND_LABELS[k]) === key || keyOf(k) === key);
  return kind ?? FALLBACK_LANE_KIND;
}

/**
 * Lane names in an order every stage agrees with (each stage lists its cards lane by lane),
 * ties broken by first appearance: a CSV has no row for a lane, only for its cards.
 */
function laneOrder(cards: readonly CsvCard[]): string[] {
  const first: string[] = [];
  const after = new Map<string, Set<string>>();
  const indegree = new Map<string, number>();
  let prev: { stage: string; lane: string } | undefined;
  for (const c of cards) {
    const lane = keyOf(c.lane);
    if (!indegree.has(lane)) {
      first.push(lane);
      indegree.set(lane, 0);
      after.set(lane, new Set());
    }
    if (
      prev &&
      prev.stage === keyOf(c.stage) &&
      prev.lane !== lane &&
      !after.get(prev.lane)!.has(lane)
    ) {
      after.get(prev.lane)!.add(lane);
      indegree.set(lane, indegree.get(lane)! + 1);
    }
    prev = { stage: keyOf(c.stage), lane };
  }
  const order: string[] = [];
  const left = new Set(first);
  while (left.size > 0) {
    // A cycle (stages disagree) falls back to first appearance.
    const next =
      first.find((l) => left.has(l) && indegree.get(l) === 0) ?? first.find((l) => left.has(l))!;
    left.delete(next);
    order.push(next);
    for (const l of after.get(next)!) indegree.set(l, indegree.get(l)! - 1);
  }
  return order;
}

interface Built {
  journeys: Journey[];
  stages: Stage[];
  lanes: Lane[];
  touchpoints: Touchpoint[];
}

/** Adds one journey's cards to `out`, creating the stages and lanes it does not have yet. */
function buildJourney(
  doc: ProjectDoc,
  journeyId: string,
  cards: CsvCard[],
  out: Built,
  rejected: CsvRejection[],
  makeId: () => string,
): void {
  const stages = new Map(stagesOf(doc, journeyId).map((s) => [keyOf(s.name), s] as const));
  const lanes = new Map(lanesOf(doc, journeyId).map((l) => [keyOf(l.name), l] as const));
  const existingStages = stages.size;
  const newStageNames = [...new Map(cards.map((c) => [keyOf(c.stage), c.stage])).entries()].filter(
    ([key]) => !stages.has(key),
  );
  const stageKeys = generateNKeysBetween(
    stagesOf(doc, journeyId).at(-1)?.orderKey ?? null,
    null,
    newStageNames.length,
  );
  newStageNames.forEach(([key, name], i) => {
    const stage: Stage = {
      ...makeStage({ id: makeId(), journeyId, name, color: stageColor(existingStages + i) }),
      orderKey: stageKeys[i]!,
    };
    stages.set(key, stage);
    out.stages.push(stage);
  });
  const laneNames = new Map(cards.map((c) => [keyOf(c.lane), c.lane] as const));
  const newLanes = laneOrder(cards).filter((key) => !lanes.has(key));
  const isNewJourney = lanes.size === 0;
  // A new journey with touchpoints gets the emotion curve (the emotions were imported), where
  // the templates put it: after the customer's actions, touchpoints and thoughts.
  const kindAt = (i: number) => laneKindOfName(laneNames.get(newLanes[i]!)!);
  const kinds = newLanes.map((_, i) => kindAt(i));
  const curve = JOURNEY_LANES.find(drawsCurve);
  if (isNewJourney && curve && kinds.some(holdsTouchpoints) && !kinds.includes(curve)) {
    const above = new Set<LaneKind>(JOURNEY_LANES.slice(0, JOURNEY_LANES.indexOf(curve)));
    const at = kinds.findLastIndex((k) => above.has(k)) + 1;
    newLanes.splice(at, 0, keyOf(LANE_KIND_LABELS[curve]));
    laneNames.set(keyOf(LANE_KIND_LABELS[curve]), LANE_KIND_LABELS[curve]);
  }
  const laneKeys = generateNKeysBetween(
    lanesOf(doc, journeyId).at(-1)?.orderKey ?? null,
    null,
    newLanes.length,
  );
  newLanes.forEach((key, i) => {
    const name = laneNames.get(key)!;
    const kind = laneKindOfName(name);
    // A journey has one lane of a singleton kind (the emotion curve): its rows go to that one.
    const only = [...lanes.values()].find((l) => l.kind === kind && laneKind(kind).singleton);
    if (only) return void lanes.set(key, only);
    const lane: Lane = {
      ...makeLane({ id: makeId(), journeyId, kind, name }),
      orderKey: laneKeys[i]!,
    };
    lanes.set(key, lane);
    out.lanes.push(lane);
  });
  const byCell = new Map<string, { stage: Stage; lane: Lane; cards: CsvCard[] }>();
  for (const card of cards) {
    const stage = stages.get(keyOf(card.stage))!;
    const lane = lanes.get(keyOf(card.lane))!;
    if (!holdsCards(lane.kind)) {
      const noun = laneNoun(lane.kind);
      rejected.push(rejectRow(card.row, problem('lane_without_cards', { lane: lane.name, noun })));
      continue;
    }
    const cell = `${stage.id}/${lane.id}`;
    if (!byCell.has(cell)) byCell.set(cell, { stage, lane, cards: [] });
    byCell.get(cell)!.cards.push(card);
  }
  for (const { stage, lane, cards: cellCards } of byCell.values()) {
    // By the order column where there is one; rows without keep their place in the file.
    const sorted = [...cellCards].sort(
      (a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.row - b.row,
    );
    const last = cellTouchpoints(doc, stage.id, lane.id).at(-1)?.orderKey ?? null;
    const keys = generateNKeysBetween(last, null, sorted.length);
    sorted.forEach((c, i) => {
      out.touchpoints.push({
        ...makeTouchpoint({
          title: '',
          ...c.fields,
          // A note has no ratings: cells given for one in a note lane are dropped.
          ...(isNoteLane(lane.kind) ? { emotion: null, effort: null, needsMet: null } : {}),
          id: makeId(),
          journeyId,
          stageId: stage.id,
          laneId: lane.id,
        }),
        orderKey: keys[i]!,
      });
    });
  }
}

/**
 * What importing a CSV (one row per card) would add, with every row it rejects and why. Nothing
 * is written here: the caller shows the plan, then dispatches `insertRows` with `rows`, or not.
 */
export function planCsvImport(
  input: ImportInput,
  target: ProjectDoc,
  {
    journeyId,
    journeyName,
    maxBytes = DEFAULT_IMPORT_MAX_BYTES,
    makeId = newId,
    read: readOptions,
  }: CsvImportOptions = {},
): CsvImportPlan {
  const read = importText(input, maxBytes, 'CSV', { legacyEncodings: true });
  if (!read.ok) return refuseImport(read.error);
  const { text, warning: encodingWarning } = read.value;
  const parsed = readCsvRows(text, readOptions);
  if (!parsed.ok) return refuseImport(parsed.error);
  const { cards, ignoredColumns } = parsed.value;
  const rejected = [...parsed.value.rejected];
  if (cards.length > MAX_ROWS_PER_TABLE) {
    return refuseImport(
      problem('too_many_cards', { count: cards.length, max: MAX_ROWS_PER_TABLE }),
    );
  }
  const warnings: string[] = [];
  const out: Built = { journeys: [], stages: [], lanes: [], touchpoints: [] };
  if (journeyId !== undefined) {
    const journey = getEntity(target, 'journeys', journeyId);
    if (!journey) return refuseImport(problem('journey_gone'));
    const named = new Set(cards.map((c) => keyOf(c.journey)).filter((k) => k !== ''));
    if (named.size > 1 || (named.size === 1 && !named.has(keyOf(journey.name)))) {
      warnings.push(`Every card goes into "${journey.name}", whatever its journey column says.`);
    }
    buildJourney(target, journeyId, cards, out, rejected, makeId);
  } else {
    const fallback = journeyName?.trim() || 'Imported journey';
    const groups = new Map<string, { name: string; cards: CsvCard[] }>();
    for (const c of cards) {
      const name = c.journey || fallback;
      if (!groups.has(keyOf(name))) groups.set(keyOf(name), { name, cards: [] });
      groups.get(keyOf(name))!.cards.push(c);
    }
    const keys = journeyKeysAfter(target, groups.size);
    [...groups.values()].forEach(({ name, cards: journeyCards }, i) => {
      const journey = makeJourney({ id: makeId(), name, orderKey: keys[i]! });
      out.journeys.push(journey);
      buildJourney(target, journey.id, journeyCards, out, rejected, makeId);
    });
  }
  rejected.sort((a, b) => a.row - b.row);
  const rows = { ...out, connections: [] };
  const refused = preflight(target, rows);
  if (refused) return refuseImport(refused);
  const rejectedRows = new Set(rejected.map((r) => r.row));
  const cesConverted = cards.filter((c) => c.fromCes && !rejectedRows.has(c.row)).length;
  if (cesConverted > 0) {
    warnings.push(
      `Effort of ${cesConverted} card(s) was converted from CES 2.0 answers (7 = easiest) as effort = 8 − CES.`,
    );
  }
  if (ignoredColumns.length > 0) warnings.push(`Columns ignored: ${ignoredColumns.join(', ')}.`);
  if (encodingWarning) warnings.unshift(encodingWarning);
  return ok({ rows, summary: { ...summarize(rows), cesConverted }, warnings, rejected });
}
