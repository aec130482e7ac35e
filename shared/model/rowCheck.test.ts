import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { richDoc } from '../../test/unit/dataFixtures';
import { ENTITIES, ENTITY_SCHEMAS } from './entities';
import { fastCheckOf, fastRowCheckOf } from './rowCheck';
import { ENTITY_TABLES } from './types';

const doc = richDoc();

/** Every value the rich document holds in any field: the sort of value a file holds. */
const realValues = ENTITY_TABLES.flatMap((table) =>
  Object.values(doc[table]).flatMap((row) => Object.values(row as Record<string, unknown>)),
);

/** Values near every limit and kind the fields declare, and anything at all. */
const value = fc.oneof(
  fc.anything(),
  fc.constantFrom(...realValues, null, undefined, '', '__proto__', 'a0', '#a1b2c3', NaN, Infinity),
  fc.string({ maxLength: 80 }),
  fc.string({ minLength: 190, maxLength: 210 }),
  fc.string({ minLength: 490, maxLength: 510, unit: 'grapheme' }),
  fc.stringMatching(/^[A-Za-z0-9_-]{0,70}$/),
  fc.integer({ min: -10, max: 12 }),
  fc.integer(),
  fc.double(),
  fc.array(fc.string({ maxLength: 70 }), { maxLength: 35 }),
);

/** What zod makes of `v`, if it accepts it. */
function zodOf(schema: z.ZodType, v: unknown): { ok: boolean; same: boolean } {
  const parsed = schema.safeParse(v);
  return { ok: parsed.success, same: parsed.success && isDeepStrictEqual(parsed.data, v) };
}

describe('the fast check of a field says yes only where zod accepts the value as it is', () => {
  for (const table of ENTITY_TABLES) {
    for (const [name, spec] of Object.entries(ENTITIES[table].fields)) {
      it(`${table}.${name}`, () => {
        const check = fastCheckOf(spec.schema);
        fc.assert(
          fc.property(value, (v) => {
            if (check(v)) expect(zodOf(spec.schema, v)).toEqual({ ok: true, same: true });
          }),
          { numRuns: 300 },
        );
      });
    }
  }
});

describe('the fast check of a row', () => {
  it('says yes to every row of a real project (so opening one never needs zod)', () => {
    for (const table of ENTITY_TABLES) {
      const keys = Object.keys(ENTITIES[table].fields);
      const check = fastRowCheckOf(ENTITY_SCHEMAS[table], keys);
      for (const row of Object.values(doc[table])) {
        expect(check(row as Record<string, unknown>), `${table} ${row.id}`).toBe(true);
      }
    }
  });

  it('says no to a row with one bad field, whichever field it is', () => {
    const card = Object.values(doc.touchpoints)[0] as Record<string, unknown>;
    const keys = Object.keys(ENTITIES.touchpoints.fields);
    const check = fastRowCheckOf(ENTITY_SCHEMAS.touchpoints, keys);
    for (const key of keys) {
      expect(check({ ...card, [key]: { not: 'a value' } }), key).toBe(false);
      expect(
        ENTITY_SCHEMAS.touchpoints.safeParse({ ...card, [key]: { not: 'a value' } }).success,
      ).toBe(false);
    }
    expect(check({ ...card, orderKey: 'not an order key!' })).toBe(false);
    expect(check({ ...card, link: 'javascript:alert(1)' })).toBe(false);
    expect(check({ ...card, emotion: 3 })).toBe(false);
    expect(check({ ...card, emotion: 1.5 })).toBe(false);
    expect(check({ ...card, tags: ['ok', ''] })).toBe(false);
  });

  it('leaves to zod what it does not know: other keys, object rules, coercion, formats', () => {
    const fields = z.object({ id: z.string(), n: z.number() });
    expect(fastRowCheckOf(fields, ['id', 'n'])({ id: 'a', n: 1 })).toBe(true);
    expect(fastRowCheckOf(fields, ['id'])({ id: 'a', n: 1 })).toBe(false);
    const ruled = fields.refine((r) => r.n > 0);
    expect(fastRowCheckOf(ruled, ['id', 'n'])({ id: 'a', n: 1 })).toBe(false);
    expect(fastCheckOf(z.coerce.number())(1)).toBe(false);
    expect(fastCheckOf(z.string().optional())('a')).toBe(false);
    // A string format checks itself, outside its definition's list of checks.
    expect(fastCheckOf(z.email())('not an address')).toBe(false);
    expect(fastCheckOf(z.email())('someone@example.com')).toBe(true);
  });

  it('counts length in UTF-16 units, never accepting what zod’s code points refuse', () => {
    const title = ENTITIES.touchpoints.fields.title.schema;
    const emoji = '😀'.repeat(300); // 600 units, 300 code points: zod accepts it
    expect(title.safeParse(emoji).success).toBe(true);
    expect(fastCheckOf(title)(emoji)).toBe(false);
    expect(fastCheckOf(z.string().min(3))('😀😀')).toBe(false);
    expect(z.string().min(3).safeParse('😀😀').success).toBe(false);
  });
});
