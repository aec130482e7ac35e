import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { connectedDoc } from '../../test/unit/fixtures';
import { nth, pick, recipe, run, sortedValues } from '../../test/unit/opRecipes';
import { cellTouchpoints, getEntity, lanesOf, stagesOf } from '../model/doc';
import { makeLane, makeStage, makeTouchpoint } from '../model/factories';
import { ENTITIES, referencesOf } from '../model/entities';
import { ENTITY_TABLES, type EntityTable, type ProjectDoc } from '../model/types';
import { applyOp, type Touched } from './applyOp';
import { opSchema } from './schema';
import { holdsCards } from '../model/laneKinds';

/*
 * Random op sequences (see test/unit/opRecipes.ts) from the sample document with personas,
 * linked journeys and connections, so every op and every cascade gets exercised.
 */

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

/** The one row a move rewrites. */
const MOVED_TABLE = {
  moveJourney: 'journeys',
  moveStage: 'stages',
  moveLane: 'lanes',
  moveTouchpoint: 'touchpoints',
} as const;

describe('applyOp properties', () => {
  it('(a) any op sequence followed by its inverses in reverse order restores the document', () => {
    fc.assert(
      fc.property(recipes, (rs) => {
        const original = connectedDoc();
        const steps = run(connectedDoc(), rs);
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
        for (const { before, after, op, touched } of run(connectedDoc(), rs)) {
          expect(opSchema.safeParse(op).success).toBe(true);
          const changed = changedRows(before, after);
          const reported = new Set(touched.map(keyOf));
          expect(reported.size).toBe(touched.length); // no duplicates
          for (const row of changed) expect(reported, `${op.type} missed ${row}`).toContain(row);
          if (op.type === 'batch') continue;
          if (op.type === 'updateProject') {
            expect([...reported]).toEqual(['info']);
          } else if (op.type in MOVED_TABLE) {
            // Moves rewrite their one row even when it stays where it was.
            const table = MOVED_TABLE[op.type as keyof typeof MOVED_TABLE];
            expect([...reported]).toEqual([`${table}:${'id' in op ? op.id : ''}`]);
          } else {
            // Adds, inserts, deletes (with their cascades and unlinks) and patches touch exactly
            // what changed. A patch that sets what is already there touches nothing: no write,
            // no undo step.
            expect([...reported].sort()).toEqual([...changed].sort());
          }
        }
      }),
      RUNS,
    );
  });

  it('(c) an insert or move at {index: i} lands at position min(i, n)', () => {
    const target = fc.record({ which: fc.nat(5), a: pick, b: pick, c: pick, i: fc.nat(15) });
    fc.assert(
      fc.property(fc.array(recipe, { maxLength: 20 }), target, (rs, { which, a, b, c, i }) => {
        const doc = run(connectedDoc(), rs).at(-1)?.after ?? connectedDoc();
        const journey = nth(sortedValues(doc.journeys), a);
        if (!journey) return;
        const stages = sortedValues(doc.stages);
        if (which === 0) {
          const n = stagesOf(doc, journey.id).length;
          const stage = makeStage({
            id: 'probe',
            journeyId: journey.id,
            name: '',
            color: '#000000',
          });
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
        } else if (which === 4) {
          const n = lanesOf(doc, journey.id).length;
          const lane = makeLane({ id: 'probe', journeyId: journey.id, kind: 'text', name: '' });
          const next = applyOp(doc, { type: 'addLane', lane, at: { index: i } }).doc;
          expect(lanesOf(next, journey.id).findIndex((l) => l.id === 'probe')).toBe(Math.min(i, n));
        } else if (which === 5) {
          const lane = nth(sortedValues(doc.lanes), b);
          if (!lane) return;
          const n = lanesOf(doc, lane.journeyId).length - 1;
          const next = applyOp(doc, { type: 'moveLane', id: lane.id, at: { index: i } }).doc;
          expect(lanesOf(next, lane.journeyId).findIndex((l) => l.id === lane.id)).toBe(
            Math.min(i, n),
          );
        } else {
          const stage = nth(stages, a);
          const lanes = stage && lanesOf(doc, stage.journeyId).filter((l) => holdsCards(l.kind));
          const lane = lanes && nth(lanes, b);
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
            const touchpoint = makeTouchpoint({
              id,
              journeyId: stage.journeyId,
              stageId: stage.id,
              laneId: lane.id,
              title: '',
            });
            next = applyOp(doc, { type: 'addTouchpoint', touchpoint, at: { index: i } }).doc;
          }
          expect(cell().indexOf(id)).toBe(Math.min(i, n));
          expect(cell()).toHaveLength(n + 1);
        }
      }),
      RUNS,
    );
  });

  it('(d) the generated sequences reach every op and every cascade', () => {
    // A guard against the generator quietly losing an op: over a few hundred sequences every
    // op type appears, and deletes take cards, connections and links with them.
    const seen = new Set<string>();
    fc.assert(
      fc.property(recipes, (rs) => {
        for (const { op, touched } of run(connectedDoc(), rs)) {
          for (const single of op.type === 'batch' ? op.ops : [op]) seen.add(single.type);
          if (op.type !== 'deleteRows') continue;
          const tables = new Set(touched.map((t) => t.table));
          for (const table of tables)
            if (!op.ids[table as keyof typeof op.ids]) seen.add(`cascade:${table}`);
        }
      }),
      { numRuns: 300, seed: 42 },
    );
    expect([...seen].sort()).toEqual([
      'addLane',
      'addStage',
      'addTouchpoint',
      'cascade:cardLinks',
      'cascade:connections',
      'cascade:journeys',
      'cascade:lanes',
      'cascade:stages',
      'cascade:touchpoints',
      'deleteRows',
      'insertRows',
      'moveJourney',
      'moveLane',
      'moveStage',
      'moveTouchpoint',
      'updateConnection',
      'updateJourney',
      'updateLane',
      'updatePersona',
      'updateProject',
      'updateStage',
      'updateTouchpoint',
    ]);
  });

  it('(e) after any op sequence every reference resolves as the entity descriptors say', () => {
    fc.assert(
      fc.property(recipes, (rs) => {
        for (const { after: doc } of run(connectedDoc(), rs)) {
          for (const table of ENTITY_TABLES) {
            for (const row of Object.values(doc[table]) as Record<string, unknown>[]) {
              for (const [field, ref] of referencesOf(table)) {
                const id = row[field];
                if (id === null) continue;
                const target = getEntity(doc, ref.table, id as string);
                expect(target, `${table}.${field} -> ${String(id)}`).toBeDefined();
                if (ref.sameJourney) expect(target).toMatchObject({ journeyId: row.journeyId });
              }
              const find = (t: EntityTable, id: string) => getEntity(doc, t, id);
              for (const rule of ENTITIES[table].rules) {
                expect(rule.broken(row as never, find), rule.message).toBe(false);
              }
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('(f) a delete takes exactly what cascades to it and clears exactly the set-null links', () => {
    fc.assert(
      fc.property(recipes, (rs) => {
        for (const { before, after, op } of run(connectedDoc(), rs)) {
          if (op.type !== 'deleteRows') continue;
          // The closure of the asked-for ids under the descriptors' cascading references.
          const gone = Object.fromEntries(
            ENTITY_TABLES.map((t) => [t, new Set(op.ids[t] ?? [])]),
          ) as Record<EntityTable, Set<string>>;
          for (let grew = true; grew;) {
            grew = false;
            for (const table of ENTITY_TABLES) {
              for (const row of Object.values(before[table]) as Record<string, unknown>[]) {
                const cascades = referencesOf(table).some(
                  ([field, ref]) =>
                    ref.onDelete === 'cascade' && gone[ref.table].has(row[field] as string),
                );
                if (cascades && !gone[table].has(row.id as string)) {
                  gone[table].add(row.id as string);
                  grew = true;
                }
              }
            }
          }
          for (const table of ENTITY_TABLES) {
            for (const [id, row] of Object.entries(before[table]) as [string, object][]) {
              const kept = getEntity(after, table, id) as Record<string, unknown> | undefined;
              expect(kept === undefined, `${table}:${id}`).toBe(gone[table].has(id));
              if (!kept) continue;
              const expected: Record<string, unknown> = { ...row };
              for (const [field, ref] of referencesOf(table)) {
                if (ref.onDelete === 'setNull' && gone[ref.table].has(expected[field] as string))
                  expected[field] = null;
              }
              expect(kept).toStrictEqual(expected);
            }
          }
        }
      }),
      RUNS,
    );
  });
});
