import type { z } from 'zod';

/**
 * A fast yes to a row that its zod object schema accepts as it is. Zod checks a row in about
 * 3 µs, and a project file holds tens of thousands: opening one was mostly zod. The predicate is
 * made once from the schema's own definition (the same declaration zod reads), and it says yes
 * only where zod would accept the value unchanged; it may say no to a value zod accepts (a text
 * just over a length limit counted in UTF-16 units where zod counts code points, a kind of
 * schema it does not know). The caller runs zod on every row it says no to, so what is
 * accepted, what is refused and the message are zod's.
 */
export type FastCheck = (value: unknown) => boolean;

/** The parts of a zod 4 definition read here (zod's own `_zod.def`). */
interface Def {
  type: string;
  checks?: readonly Checker[];
  coerce?: boolean;
  innerType?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
}
interface Schema {
  _zod: { def: Def; values?: ReadonlySet<unknown>; traits?: ReadonlySet<string> };
}
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  value?: unknown;
  inclusive?: boolean;
  maximum?: number;
  minimum?: number;
  fn?: (value: unknown) => unknown;
}
interface Checker {
  _zod: { def: CheckDef; check(payload: { value: unknown; issues: unknown[] }): unknown };
}

/** Zod's own check run on the value, with no issue: for the checks not spelled out below. */
const byZod =
  (checker: Checker): FastCheck =>
  (value) => {
    const payload = { value, issues: [] as unknown[] };
    try {
      const result = checker._zod.check(payload);
      return !(result instanceof Promise) && payload.issues.length === 0;
    } catch {
      return false;
    }
  };

const NO: FastCheck = () => false;

/** `value` as a number bound, if it is one. */
const bound = (d: CheckDef): number | null => (typeof d.value === 'number' ? d.value : null);

/**
 * One check. Lengths are counted in UTF-16 units, never fewer than zod's code points, so a
 * string within a maximum here is within it for zod; a minimum over 1 is trusted only at twice
 * its length (a code point is at most two units).
 */
function checkOf(checker: Checker): FastCheck {
  const d = checker._zod.def;
  switch (d.check) {
    case 'max_length': {
      const max = d.maximum ?? -1;
      return (v) => (v as { length: number }).length <= max;
    }
    case 'min_length': {
      const min = d.minimum ?? Infinity;
      const sure = min <= 1 ? min : min * 2;
      return (v) => (v as { length: number }).length >= sure;
    }
    case 'string_format': {
      const pattern = d.pattern;
      if (d.format !== 'regex' || !pattern) return byZod(checker);
      return (v) => {
        pattern.lastIndex = 0;
        return pattern.test(v as string);
      };
    }
    case 'greater_than': {
      const min = bound(d);
      if (min === null) return byZod(checker);
      return d.inclusive ? (v) => (v as number) >= min : (v) => (v as number) > min;
    }
    case 'less_than': {
      const max = bound(d);
      if (max === null) return byZod(checker);
      return d.inclusive ? (v) => (v as number) <= max : (v) => (v as number) < max;
    }
    case 'number_format':
      return d.format === 'safeint' ? (v) => Number.isSafeInteger(v) : byZod(checker);
    case 'custom': {
      const fn = d.fn;
      if (!fn) return byZod(checker);
      // A refinement passes when its function returns something truthy (zod's rule); a promise
      // or a throw is left to zod.
      return (v) => {
        try {
          const result = fn(v);
          return !(result instanceof Promise) && Boolean(result);
        } catch {
          return false;
        }
      };
    }
    default:
      return byZod(checker);
  }
}

/**
 * Every check of a schema, after its type test: those of its definition, and the schema itself
 * when it is one too (zod's string formats, such as an e-mail address, check themselves).
 */
function withChecks(typeTest: FastCheck, schema: Schema): FastCheck {
  const own = schema._zod.traits?.has('$ZodCheck') ? [schema as unknown as Checker] : [];
  const checks = [...own, ...(schema._zod.def.checks ?? [])].map(checkOf);
  if (checks.length === 0) return typeTest;
  return (v) => {
    if (!typeTest(v)) return false;
    for (const check of checks) if (!check(v)) return false;
    return true;
  };
}

/** The type test of the kinds of schema a row's fields are made of; null for any other. */
function typeTestOf(schema: Schema): FastCheck | null {
  const def = schema._zod.def;
  // Coercion changes the value: only zod may say what it becomes.
  if (def.coerce) return null;
  switch (def.type) {
    case 'string':
      return (v) => typeof v === 'string';
    case 'number':
      return (v) => typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'enum':
    case 'literal': {
      const values = schema._zod.values;
      return values ? (v) => values.has(v) : null;
    }
    case 'nullable': {
      const inner = def.innerType ? fastCheckOf(def.innerType) : NO;
      return (v) => v === null || inner(v);
    }
    case 'array': {
      const element = def.element ? fastCheckOf(def.element) : NO;
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    default:
      return null;
  }
}

const made = new WeakMap<object, FastCheck>();

/** The fast check of one field's schema (any zod schema: unknown kinds always say no). */
export function fastCheckOf(schema: z.ZodType): FastCheck;
export function fastCheckOf(schema: Schema): FastCheck;
export function fastCheckOf(schema: z.ZodType | Schema): FastCheck {
  let check = made.get(schema);
  if (!check) {
    // Zod 4 keeps every schema's definition on `_zod.def`; only the parts in `Def` are read.
    const s = schema as unknown as Schema;
    const typeTest = typeTestOf(s);
    check = typeTest ? withChecks(typeTest, s) : NO;
    made.set(schema, check);
  }
  return check;
}

/**
 * Each field's fast check, in the order of `keys`, for rows made with exactly those keys (a
 * table's columns) and no other, so a row is judged value by value as it is read. Null when
 * `keys` are not the object's fields, or the object itself has checks (a refinement over several
 * fields), which only zod runs: then every row goes to zod.
 */
export function fastFieldChecksOf(
  schema: z.ZodObject,
  keys: readonly string[],
): FastCheck[] | null {
  const def = (schema as unknown as Schema)._zod.def;
  const shape = def.shape ?? {};
  const sameKeys =
    Object.keys(shape).length === keys.length && keys.every((k) => Object.hasOwn(shape, k));
  if (def.type !== 'object' || !sameKeys || (def.checks?.length ?? 0) > 0) return null;
  return keys.map((key) => fastCheckOf(shape[key] as Schema));
}

/** The fast check of a whole row against a `z.object` of fields (see fastFieldChecksOf). */
export function fastRowCheckOf(
  schema: z.ZodObject,
  keys: readonly string[],
): (row: Record<string, unknown>) => boolean {
  const checks = fastFieldChecksOf(schema, keys);
  if (!checks) return NO;
  const count = keys.length;
  return (row) => {
    for (let i = 0; i < count; i++) {
      if (!(checks[i] as FastCheck)(row[keys[i] as string])) return false;
    }
    return true;
  };
}
