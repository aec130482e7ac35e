import fc from 'fast-check';
import { generateKeyBetween } from 'fractional-indexing';
import { journeyList, lanesOf, personaList, stagesOf } from '../../shared/model/doc';
import { makeLane, makePersona, makeStage, makeTouchpoint } from '../../shared/model/factories';
import { holdsCards, isNoteLane, singletonClash } from '../../shared/model/laneKinds';
import { LANE_KINDS } from '../../shared/model/schema';
import {
  JOURNEY_TEMPLATES,
  journeyFromTemplate,
  PERSONA_COLORS,
  STAGE_COLORS,
} from '../../shared/model/templates';
import {
  ENTITY_TABLES,
  type ConnectionKind,
  type JourneyState,
  type ProjectDoc,
  type RowSet,
} from '../../shared/model/types';
import { applyOp, type Touched } from '../../shared/ops/applyOp';
import type { Op, RowIds, SingleOp } from '../../shared/ops/schema';
import { deepFreeze } from './fixtures';

/*
 * Random edits for the property tests, generated as "recipes": plain numbers and strings that
 * are turned into a concrete op against the current document (rows picked by index modulo
 * count), so every sequence is valid whatever came before it.
 */

const FUTURE: JourneyState = 'future';
const CURRENT: JourneyState = 'current';
const CONNECTION_KINDS: readonly ConnectionKind[] = ['path', 'alternative', 'failure'];

export type SingleRecipe =
  | { kind: 'addStage'; journey: number; index: number; name: string; color: number }
  | {
      kind: 'updateStage';
      pick: number;
      name?: string;
      color?: number;
      description?: string;
    }
  | { kind: 'moveStage'; pick: number; index: number }
  | {
      kind: 'addLane';
      journey: number;
      index: number;
      laneKind: number;
      name: string;
      collapsed: boolean;
      hidden: boolean;
    }
  | { kind: 'updateLane'; pick: number; name?: string; collapsed?: boolean; hidden?: boolean }
  | { kind: 'moveLane'; pick: number; index: number }
  | {
      kind: 'addTouchpoint';
      stage: number;
      lane: number;
      index: number;
      title: string;
      emotion: number | null;
      effort: number | null;
      tags: string[];
    }
  | {
      kind: 'updateTouchpoint';
      pick: number;
      title?: string;
      emotion?: number | null;
      effort?: number | null;
      description?: string;
      channel?: string;
      momentOfTruth?: boolean;
      owner?: string;
      tags?: string[];
      evidence?: string;
    }
  | { kind: 'moveTouchpoint'; pick: number; stage: number; lane: number; index: number }
  | {
      kind: 'updateJourney';
      pick: number;
      name?: string;
      description?: string;
      future?: boolean;
      /** Which persona (or none, for -1) and which other journey (or none) to link. */
      persona?: number;
      current?: number;
    }
  | { kind: 'moveJourney'; pick: number; index: number }
  | { kind: 'updatePersona'; pick: number; name?: string; role?: string; goals?: string }
  | { kind: 'updateConnection'; pick: number; label?: string; connectionKind?: number }
  | { kind: 'updateProject'; name: string }
  | { kind: 'insertPersona'; name: string; color: number }
  | { kind: 'insertJourney'; template: number }
  | { kind: 'insertConnection'; from: number; to: number; label: string; connectionKind: number }
  /** Rows of one or more tables; deleting a journey or persona is rarer than a card. */
  | { kind: 'deleteRows'; targets: { table: number; pick: number }[] };

/** `undo` replays the inverse of the previous op, so forward sequences use exact keys too. */
export type Recipe = SingleRecipe | { kind: 'batch'; steps: SingleRecipe[] } | { kind: 'undo' };

export const pick = fc.nat(1000);
const index = fc.nat(12);
const text = fc.string({ maxLength: 16 });
const tags = fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 4 });
const link = fc.integer({ min: -1, max: 1000 });

/** A patch recipe: the row to pick, and any of the fields. */
function updateOf<K extends string, T extends Record<string, fc.Arbitrary<unknown>>>(
  kind: K,
  fields: T,
) {
  return fc.record(
    { kind: fc.constant(kind), pick, ...fields },
    { requiredKeys: ['kind', 'pick'] },
  );
}

export const singleRecipe: fc.Arbitrary<SingleRecipe> = fc.oneof(
  fc.record({
    kind: fc.constant('addStage' as const),
    journey: pick,
    index,
    name: text,
    color: fc.nat(STAGE_COLORS.length - 1),
  }),
  updateOf('updateStage', {
    name: text,
    color: fc.nat(STAGE_COLORS.length - 1),
    description: text,
  }),
  fc.record({ kind: fc.constant('moveStage' as const), pick, index }),
  fc.record({
    kind: fc.constant('addLane' as const),
    journey: pick,
    index,
    laneKind: fc.nat(LANE_KINDS.length - 1),
    name: text,
    collapsed: fc.boolean(),
    hidden: fc.boolean(),
  }),
  updateOf('updateLane', { name: text, collapsed: fc.boolean(), hidden: fc.boolean() }),
  fc.record({ kind: fc.constant('moveLane' as const), pick, index }),
  // Adding cards is weighted up so cells fill and moves/deletes have something to work on.
  {
    arbitrary: fc.record({
      kind: fc.constant('addTouchpoint' as const),
      stage: pick,
      lane: pick,
      index,
      title: text,
      emotion: fc.option(fc.integer({ min: -2, max: 2 })),
      effort: fc.option(fc.integer({ min: 1, max: 7 })),
      tags,
    }),
    weight: 4,
  },
  {
    arbitrary: updateOf('updateTouchpoint', {
      title: text,
      emotion: fc.option(fc.integer({ min: -2, max: 2 })),
      effort: fc.option(fc.integer({ min: 1, max: 7 })),
      description: text,
      channel: text,
      momentOfTruth: fc.boolean(),
      owner: text,
      tags,
      evidence: text,
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('moveTouchpoint' as const),
      pick,
      stage: pick,
      lane: pick,
      index,
    }),
    weight: 3,
  },
  updateOf('updateJourney', {
    name: text,
    description: text,
    future: fc.boolean(),
    persona: link,
    current: link,
  }),
  fc.record({ kind: fc.constant('moveJourney' as const), pick, index }),
  updateOf('updatePersona', { name: text, role: text, goals: text }),
  updateOf('updateConnection', { label: text, connectionKind: fc.nat(2) }),
  fc.record({
    kind: fc.constant('updateProject' as const),
    name: fc.string({ minLength: 1, maxLength: 16 }),
  }),
  fc.record({
    kind: fc.constant('insertPersona' as const),
    name: text,
    color: fc.nat(PERSONA_COLORS.length - 1),
  }),
  fc.record({
    kind: fc.constant('insertJourney' as const),
    template: fc.nat(JOURNEY_TEMPLATES.length - 1),
  }),
  {
    arbitrary: fc.record({
      kind: fc.constant('insertConnection' as const),
      from: pick,
      to: pick,
      label: text,
      connectionKind: fc.nat(2),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('deleteRows' as const),
      targets: fc.array(
        fc.record({
          // Mostly cards, stages, lanes and connections; now and then a journey or persona.
          table: fc.constantFrom(0, 1, 2, 2, 3, 3, 4, 4, 4, 4, 5, 5, 5),
          pick,
        }),
        { minLength: 1, maxLength: 3 },
      ),
    }),
    weight: 3,
  },
);

export const recipe: fc.Arbitrary<Recipe> = fc.oneof(
  { arbitrary: singleRecipe, weight: 8 },
  {
    arbitrary: fc.record({
      kind: fc.constant('batch' as const),
      steps: fc.array(singleRecipe, { maxLength: 6 }),
    }),
    weight: 2,
  },
  { arbitrary: fc.constant({ kind: 'undo' as const }), weight: 1 },
);

export function nth<T>(items: readonly T[], n: number): T | undefined {
  return items.length === 0 ? undefined : items[n % items.length];
}

export const sortedValues = <T extends { id: string }>(rows: Record<string, T>): T[] =>
  Object.values(rows).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

type RowOf<K extends keyof RowIds> = ProjectDoc[K][string];

/** The row a recipe's number picks from a table, the rows taken in id order. */
function pickRow<K extends keyof RowIds>(
  doc: ProjectDoc,
  table: K,
  n: number,
): RowOf<K> | undefined {
  return nth(sortedValues(doc[table] as Record<string, RowOf<K>>), n);
}

type OpOf<T extends SingleOp['type']> = Extract<SingleOp, { type: T }>;

/** Moves the picked row to an index, when there is a row. */
function moveOp<T extends 'moveStage' | 'moveLane' | 'moveJourney'>(
  type: T,
  row: { id: string } | undefined,
  index: number,
): SingleOp | undefined {
  // TypeScript does not narrow the union by a generic `type`; the signature ties them.
  return row && ({ type, id: row.id, at: { index } } as OpOf<T>);
}

/** Patches the picked row, when there is a row. */
function updateOp<T extends 'updateStage' | 'updateLane' | 'updatePersona' | 'updateConnection'>(
  type: T,
  row: { id: string } | undefined,
  patch: OpOf<T>['patch'],
): SingleOp | undefined {
  // As in moveOp: the signature ties the patch to the op type.
  return row && ({ type, id: row.id, patch } as OpOf<T>);
}

/** Lanes that take cards: every kind but the derived ones (emotion curve, survey metrics). */
const cardLanes = (doc: ProjectDoc, journeyId: string) =>
  lanesOf(doc, journeyId).filter((l) => holdsCards(l.kind));

const keyAfter = (rows: readonly { orderKey: string }[]) =>
  generateKeyBetween(rows.at(-1)?.orderKey ?? null, null);

/** Only the fields a recipe sets, so patches leave the rest alone. */
function defined<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Turns a recipe into a concrete op for `doc`, or undefined when it cannot apply. */
export function materialiseSingle(
  doc: ProjectDoc,
  r: SingleRecipe,
  freshId: () => string,
): SingleOp | undefined {
  switch (r.kind) {
    case 'addStage': {
      const journey = pickRow(doc, 'journeys', r.journey);
      if (!journey) return undefined;
      const stage = makeStage({
        id: freshId(),
        journeyId: journey.id,
        name: r.name,
        color: STAGE_COLORS[r.color]!,
      });
      return { type: 'addStage', stage, at: { index: r.index } };
    }
    case 'updateStage':
      return updateOp(
        'updateStage',
        pickRow(doc, 'stages', r.pick),
        defined({
          name: r.name,
          color: r.color === undefined ? undefined : STAGE_COLORS[r.color]!,
          description: r.description,
        }),
      );
    case 'moveStage':
      return moveOp('moveStage', pickRow(doc, 'stages', r.pick), r.index);
    case 'addLane': {
      const journey = pickRow(doc, 'journeys', r.journey);
      const kind = LANE_KINDS[r.laneKind]!;
      if (!journey) return undefined;
      // A second emotion curve or metrics lane is refused (applyOp.test.ts); recipes stay valid.
      if (
        singletonClash(
          kind,
          lanesOf(doc, journey.id).map((l) => l.kind),
        )
      )
        return undefined;
      const lane = makeLane({
        id: freshId(),
        journeyId: journey.id,
        kind,
        name: r.name,
        collapsed: r.collapsed,
        hidden: r.hidden,
      });
      return { type: 'addLane', lane, at: { index: r.index } };
    }
    case 'updateLane': {
      const patch = defined({ name: r.name, collapsed: r.collapsed, hidden: r.hidden });
      return updateOp('updateLane', pickRow(doc, 'lanes', r.pick), patch);
    }
    case 'moveLane':
      return moveOp('moveLane', pickRow(doc, 'lanes', r.pick), r.index);
    case 'addTouchpoint': {
      const stage = pickRow(doc, 'stages', r.stage);
      const lane = stage && nth(cardLanes(doc, stage.journeyId), r.lane);
      if (!stage || !lane) return undefined;
      const { title, tags } = r;
      // A note has no emotion or effort (applyOp refuses them), a touchpoint may be unrated.
      const note = isNoteLane(lane.kind);
      const emotion = note ? null : r.emotion;
      const effort = note ? null : r.effort;
      const touchpoint = makeTouchpoint({
        id: freshId(),
        journeyId: stage.journeyId,
        stageId: stage.id,
        laneId: lane.id,
        title,
        emotion,
        effort,
        tags,
      });
      return { type: 'addTouchpoint', touchpoint, at: { index: r.index } };
    }
    case 'updateTouchpoint': {
      const tp = pickRow(doc, 'touchpoints', r.pick);
      if (!tp) return undefined;
      const { kind: _kind, pick: _pick, ...patch } = r;
      if (isNoteLane(doc.lanes[tp.laneId]!.kind)) {
        patch.emotion = undefined;
        patch.effort = undefined;
      }
      return { type: 'updateTouchpoint', id: tp.id, patch: defined(patch) };
    }
    case 'moveTouchpoint': {
      const tp = pickRow(doc, 'touchpoints', r.pick);
      const stage = tp && nth(stagesOf(doc, tp.journeyId), r.stage);
      const lane = tp && nth(cardLanes(doc, tp.journeyId), r.lane);
      if (!tp || !stage || !lane) return undefined;
      return {
        type: 'moveTouchpoint',
        id: tp.id,
        stageId: stage.id,
        laneId: lane.id,
        at: { index: r.index },
      };
    }
    case 'updateJourney': {
      const journeys = sortedValues(doc.journeys);
      const journey = nth(journeys, r.pick);
      if (!journey) return undefined;
      const others = journeys.filter((j) => j.id !== journey.id);
      const linked = <T extends { id: string }>(rows: T[], n: number | undefined) =>
        n === undefined ? undefined : n < 0 ? null : (nth(rows, n)?.id ?? null);
      const patch = defined({
        name: r.name,
        description: r.description,
        state: r.future === undefined ? undefined : r.future ? FUTURE : CURRENT,
        personaId: linked(sortedValues(doc.personas), r.persona),
        currentJourneyId: linked(others, r.current),
      });
      return { type: 'updateJourney', id: journey.id, patch };
    }
    case 'moveJourney':
      return moveOp('moveJourney', pickRow(doc, 'journeys', r.pick), r.index);
    case 'updatePersona': {
      const patch = defined({ name: r.name, role: r.role, goals: r.goals });
      return updateOp('updatePersona', pickRow(doc, 'personas', r.pick), patch);
    }
    case 'updateConnection': {
      const patch = defined({
        label: r.label,
        kind: r.connectionKind === undefined ? undefined : CONNECTION_KINDS[r.connectionKind]!,
      });
      return updateOp('updateConnection', pickRow(doc, 'connections', r.pick), patch);
    }
    case 'updateProject':
      return { type: 'updateProject', patch: { name: r.name } };
    case 'insertPersona': {
      const persona = makePersona({
        id: freshId(),
        name: r.name,
        color: PERSONA_COLORS[r.color]!,
        orderKey: keyAfter(personaList(doc)),
      });
      return { type: 'insertRows', rows: { personas: [persona] } };
    }
    case 'insertJourney': {
      const rows = journeyFromTemplate(JOURNEY_TEMPLATES[r.template]!.id, {
        orderKey: keyAfter(journeyList(doc)),
        personaOrderKey: keyAfter(personaList(doc)),
        makeId: freshId,
      });
      return { type: 'insertRows', rows };
    }
    case 'insertConnection': {
      const from = pickRow(doc, 'touchpoints', r.from);
      const others = sortedValues(doc.touchpoints).filter(
        (t) => from && t.journeyId === from.journeyId && t.id !== from.id,
      );
      const to = nth(others, r.to);
      if (!from || !to) return undefined;
      const connection = {
        id: freshId(),
        journeyId: from.journeyId,
        fromId: from.id,
        toId: to.id,
        label: r.label,
        kind: CONNECTION_KINDS[r.connectionKind]!,
      };
      return { type: 'insertRows', rows: { connections: [connection] } };
    }
    case 'deleteRows': {
      const ids: RowIds = {};
      for (const { table: t, pick: p } of r.targets) {
        const table = ENTITY_TABLES[t]!;
        const row = pickRow(doc, table, p);
        if (row) ids[table] = [...(ids[table] ?? []), row.id];
      }
      return Object.keys(ids).length === 0 ? undefined : { type: 'deleteRows', ids };
    }
  }
}

export interface Step {
  before: ProjectDoc;
  op: Op;
  after: ProjectDoc;
  inverse: Op;
  touched: Touched[];
}

/** Materialises and applies recipes in turn from `start`, recording every step. */
export function run(start: ProjectDoc, recipes: readonly Recipe[]): Step[] {
  let counter = 0;
  const freshId = () => `n${counter++}`;
  const steps: Step[] = [];
  let doc = deepFreeze(start);
  for (const r of recipes) {
    let op: Op | undefined;
    if (r.kind === 'undo') {
      op = steps.at(-1)?.inverse;
    } else if (r.kind === 'batch') {
      // Each step of a batch is picked against the document the earlier steps produced.
      const ops: SingleOp[] = [];
      let scratch = doc;
      for (const s of r.steps) {
        const single = materialiseSingle(scratch, s, freshId);
        if (!single) continue;
        ops.push(single);
        scratch = applyOp(scratch, single).doc;
      }
      op = { type: 'batch', ops };
    } else {
      op = materialiseSingle(doc, r, freshId);
    }
    if (!op) continue;
    const result = applyOp(doc, op);
    const after = deepFreeze(result.doc);
    steps.push({ before: doc, op, after, inverse: result.inverse, touched: result.touched });
    doc = after;
  }
  return steps;
}

/** Every row of a document, as one insertRows would take them. */
export function rowsOf(doc: ProjectDoc): RowSet {
  const rows: Record<string, unknown[]> = {};
  for (const table of ENTITY_TABLES) rows[table] = Object.values(doc[table]);
  return rows as RowSet;
}
