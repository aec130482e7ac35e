import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { deepFreeze, sampleDoc } from '../../test/unit/fixtures';
import { cellTouchpoints, getEntity, lanesOf, stagesOf } from '../model/doc';
import { STAGE_COLORS } from '../model/templates';
import { ENTITY_TABLES, type ProjectDoc } from '../model/types';
import { applyOp, type Touched } from './applyOp';
import { opSchema, type Op, type SingleOp } from './schema';

/*
 * Ops are generated as "recipes": plain numbers and strings that are turned into a concrete op
 * against the current document (ids picked by index modulo count), so every sequence is valid.
 */

type SingleRecipe =
  | { kind: 'addStage'; journey: number; index: number; name: string; color: number }
  | { kind: 'updateStage'; pick: number; name?: string; color?: number }
  | { kind: 'moveStage'; pick: number; index: number }
  | { kind: 'deleteStage'; pick: number }
  | {
      kind: 'addTouchpoint';
      stage: number;
      lane: number;
      index: number;
      title: string;
      emotion: number;
      effort: number;
    }
  | { kind: 'updateTouchpoint'; pick: number; title?: string; emotion?: number; effort?: number }
  | { kind: 'moveTouchpoint'; pick: number; stage: number; lane: number; index: number }
  | { kind: 'deleteTouchpoint'; pick: number }
  | { kind: 'updateJourney'; pick: number; name?: string; description?: string }
  | { kind: 'updateProject'; name: string };

/** `undo` replays the inverse of the previous op, so forward sequences use exact keys too. */
type Recipe = SingleRecipe | { kind: 'batch'; steps: SingleRecipe[] } | { kind: 'undo' };

const pick = fc.nat(1000);
const index = fc.nat(12);
const text = fc.string({ maxLength: 16 });

const singleRecipe: fc.Arbitrary<SingleRecipe> = fc.oneof(
  fc.record({
    kind: fc.constant('addStage' as const),
    journey: pick,
    index,
    name: text,
    color: fc.nat(STAGE_COLORS.length - 1),
  }),
  fc.record(
    {
      kind: fc.constant('updateStage' as const),
      pick,
      name: text,
      color: fc.nat(STAGE_COLORS.length - 1),
    },
    { requiredKeys: ['kind', 'pick'] },
  ),
  fc.record({ kind: fc.constant('moveStage' as const), pick, index }),
  fc.record({ kind: fc.constant('deleteStage' as const), pick }),
  // Adding cards is weighted up so cells fill and moves/deletes have something to work on.
  {
    arbitrary: fc.record({
      kind: fc.constant('addTouchpoint' as const),
      stage: pick,
      lane: pick,
      index,
      title: text,
      emotion: fc.integer({ min: -2, max: 2 }),
      effort: fc.integer({ min: 1, max: 7 }),
    }),
    weight: 4,
  },
  fc.record(
    {
      kind: fc.constant('updateTouchpoint' as const),
      pick,
      title: text,
      emotion: fc.integer({ min: -2, max: 2 }),
      effort: fc.integer({ min: 1, max: 7 }),
    },
    { requiredKeys: ['kind', 'pick'] },
  ),
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
  fc.record({ kind: fc.constant('deleteTouchpoint' as const), pick }),
  fc.record(
    { kind: fc.constant('updateJourney' as const), pick, name: text, description: text },
    { requiredKeys: ['kind', 'pick'] },
  ),
  fc.record({
    kind: fc.constant('updateProject' as const),
    name: fc.string({ minLength: 1, maxLength: 16 }),
  }),
);

const recipe: fc.Arbitrary<Recipe> = fc.oneof(
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

function nth<T>(items: readonly T[], n: number): T | undefined {
  return items.length === 0 ? undefined : items[n % items.length];
}

const sortedValues = <T extends { id: string }>(rows: Record<string, T>): T[] =>
  Object.values(rows).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Turns a recipe into a concrete op for `doc`, or undefined when it cannot apply. */
function materialiseSingle(
  doc: ProjectDoc,
  r: SingleRecipe,
  freshId: () => string,
): SingleOp | undefined {
  switch (r.kind) {
    case 'addStage': {
      const journey = nth(sortedValues(doc.journeys), r.journey);
      if (!journey) return undefined;
      const stage = {
        id: freshId(),
        journeyId: journey.id,
        name: r.name,
        color: STAGE_COLORS[r.color]!,
      };
      return { type: 'addStage', stage, at: { index: r.index } };
    }
    case 'updateStage': {
      const stage = nth(sortedValues(doc.stages), r.pick);
      if (!stage) return undefined;
      const patch: { name?: string; color?: string } = {};
      if (r.name !== undefined) patch.name = r.name;
      if (r.color !== undefined) patch.color = STAGE_COLORS[r.color]!;
      return { type: 'updateStage', id: stage.id, patch };
    }
    case 'moveStage': {
      const stage = nth(sortedValues(doc.stages), r.pick);
      return stage && { type: 'moveStage', id: stage.id, at: { index: r.index } };
    }
    case 'deleteStage': {
      const stage = nth(sortedValues(doc.stages), r.pick);
      return stage && { type: 'deleteStage', id: stage.id };
    }
    case 'addTouchpoint': {
      const stage = nth(sortedValues(doc.stages), r.stage);
      const lane = stage && nth(lanesOf(doc, stage.journeyId), r.lane);
      if (!stage || !lane) return undefined;
      const { title, emotion, effort } = r;
      const touchpoint = {
        id: freshId(),
        journeyId: stage.journeyId,
        stageId: stage.id,
        laneId: lane.id,
        title,
        emotion,
        effort,
      };
      return { type: 'addTouchpoint', touchpoint, at: { index: r.index } };
    }
    case 'updateTouchpoint': {
      const tp = nth(sortedValues(doc.touchpoints), r.pick);
      if (!tp) return undefined;
      const patch: { title?: string; emotion?: number; effort?: number } = {};
      if (r.title !== undefined) patch.title = r.title;
      if (r.emotion !== undefined) patch.emotion = r.emotion;
      if (r.effort !== undefined) patch.effort = r.effort;
      return { type: 'updateTouchpoint', id: tp.id, patch };
    }
    case 'moveTouchpoint': {
      const tp = nth(sortedValues(doc.touchpoints), r.pick);
      const stage = tp && nth(stagesOf(doc, tp.journeyId), r.stage);
      const lane = tp && nth(lanesOf(doc, tp.journeyId), r.lane);
      if (!tp || !stage || !lane) return undefined;
      return {
        type: 'moveTouchpoint',
        id: tp.id,
        stageId: stage.id,
        laneId: lane.id,
        at: { index: r.index },
      };
    }
    case 'deleteTouchpoint': {
      const tp = nth(sortedValues(doc.touchpoints), r.pick);
      return tp && { type: 'deleteTouchpoint', id: tp.id };
    }
    case 'updateJourney': {
      const journey = nth(sortedValues(doc.journeys), r.pick);
      if (!journey) return undefined;
      const patch: { name?: string; description?: string } = {};
      if (r.name !== undefined) patch.name = r.name;
      if (r.description !== undefined) patch.description = r.description;
      return { type: 'updateJourney', id: journey.id, patch };
    }
    case 'updateProject':
      return { type: 'updateProject', patch: { name: r.name } };
  }
}

interface Step {
  before: ProjectDoc;
  op: Op;
  after: ProjectDoc;
  inverse: Op;
  touched: Touched[];
}

/** Materialises and applies recipes in turn from `start`, recording every step. */
function run(start: ProjectDoc, recipes: readonly Recipe[]): Step[] {
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

function changedRows(a: ProjectDoc, b: ProjectDoc): Set<string> {
  const changed = new Set<string>();
  if (!isDeepStrictEqual(a.info, b.info)) changed.add('info');
  for (const table of ENTITY_TABLES) {
    for (const id of new Set([...Object.keys(a[table]), ...Object.keys(b[table])])) {
      if (!isDeepStrictEqual(getEntity(a, table, id), getEntity(b, table, id)))
        changed.add(`${table}:${id}`);
    }
  }
  return changed;
}

const keyOf = (t: Touched) => ('id' in t ? `${t.table}:${t.id}` : t.table);

const RUNS = { numRuns: 200 };
const recipes = fc.array(recipe, { minLength: 1, maxLength: 25 });

describe('applyOp properties', () => {
  it('(a) any op sequence followed by its inverses in reverse order restores the document', () => {
    fc.assert(
      fc.property(recipes, (rs) => {
        const original = sampleDoc();
        const steps = run(sampleDoc(), rs);
        let doc = steps.at(-1)?.after ?? original;
        for (const step of [...steps].reverse()) {
          // Each inverse is itself a valid op on the wire, and undoes exactly its own step.
          expect(opSchema.safeParse(step.inverse).success).toBe(true);
          doc = applyOp(doc, step.inverse).doc;
          expect(doc).toStrictEqual(step.before);
        }
        expect(doc).toStrictEqual(original);
      }),
      RUNS,
    );
  });

  it('(b) touched names every row that changed, and for adds, deletes and patches nothing else', () => {
    fc.assert(
      fc.property(recipes, (rs) => {
        for (const { before, after, op, touched } of run(sampleDoc(), rs)) {
          expect(opSchema.safeParse(op).success).toBe(true);
          const changed = changedRows(before, after);
          const reported = new Set(touched.map(keyOf));
          expect(reported.size).toBe(touched.length); // no duplicates
          for (const row of changed) expect(reported, `${op.type} missed ${row}`).toContain(row);
          if (op.type === 'batch') continue;
          const exact =
            op.type.startsWith('add') ||
            op.type.startsWith('delete') ||
            /^update(Journey|Stage|Touchpoint)$/.test(op.type);
          if (exact) {
            // A patch that sets what is already there touches nothing: no write, no undo step.
            expect([...reported].sort()).toEqual([...changed].sort());
          } else {
            // Moves and project renames rewrite their one row even when it stays the same.
            const table = op.type.endsWith('Stage')
              ? 'stages'
              : op.type.endsWith('Touchpoint')
                ? 'touchpoints'
                : 'journeys';
            expect([...reported]).toEqual([
              op.type === 'updateProject' ? 'info' : `${table}:${'id' in op ? op.id : ''}`,
            ]);
          }
        }
      }),
      RUNS,
    );
  });

  it('(c) an insert or move at {index: i} lands at position min(i, n)', () => {
    const target = fc.record({ which: fc.nat(3), a: pick, b: pick, c: pick, i: fc.nat(15) });
    fc.assert(
      fc.property(fc.array(recipe, { maxLength: 20 }), target, (rs, { which, a, b, c, i }) => {
        const doc = run(sampleDoc(), rs).at(-1)?.after ?? sampleDoc();
        const stages = sortedValues(doc.stages);
        if (which === 0) {
          const journey = nth(sortedValues(doc.journeys), a)!;
          const n = stagesOf(doc, journey.id).length;
          const stage = { id: 'probe', journeyId: journey.id, name: '', color: '#000000' };
          const next = applyOp(doc, { type: 'addStage', stage, at: { index: i } }).doc;
          expect(stagesOf(next, journey.id).findIndex((s) => s.id === 'probe')).toBe(
            Math.min(i, n),
          );
        } else if (which === 1) {
          const stage = nth(stages, a);
          if (!stage) return;
          const n = stagesOf(doc, stage.journeyId).length - 1;
          const next = applyOp(doc, { type: 'moveStage', id: stage.id, at: { index: i } }).doc;
          expect(stagesOf(next, stage.journeyId).findIndex((s) => s.id === stage.id)).toBe(
            Math.min(i, n),
          );
        } else {
          const stage = nth(stages, a);
          const lane = stage && nth(lanesOf(doc, stage.journeyId), b);
          if (!stage || !lane) return;
          const cell = () => cellTouchpoints(next, stage.id, lane.id).map((t) => t.id);
          let next = doc;
          let id = 'probe';
          let n = cellTouchpoints(doc, stage.id, lane.id).length;
          const mover = nth(
            sortedValues(doc.touchpoints).filter((t) => t.journeyId === stage.journeyId),
            c,
          );
          if (which === 3 && mover) {
            id = mover.id;
            n = cellTouchpoints(doc, stage.id, lane.id).filter((t) => t.id !== id).length;
            next = applyOp(doc, {
              type: 'moveTouchpoint',
              id,
              stageId: stage.id,
              laneId: lane.id,
              at: { index: i },
            }).doc;
          } else {
            const touchpoint = {
              id,
              journeyId: stage.journeyId,
              stageId: stage.id,
              laneId: lane.id,
              title: '',
              emotion: 0,
              effort: 1,
            };
            next = applyOp(doc, { type: 'addTouchpoint', touchpoint, at: { index: i } }).doc;
          }
          expect(cell().indexOf(id)).toBe(Math.min(i, n));
          expect(cell()).toHaveLength(n + 1);
        }
      }),
      RUNS,
    );
  });
});
