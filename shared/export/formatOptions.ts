import { z } from 'zod';

// The kinds of option an export format can have. Each field carries its zod schema and the
// words the export dialog and the command line show, so both are generated from it.

interface FieldText {
  /** The field's name in the export dialog. */
  label: string;
  /** What it does, in one line: the CLI's help, and the text beside a checkbox. */
  help: string;
}

/** One of a few values: radio buttons (a list when there are many), `--flag VALUE`. */
export interface ChoiceField<V extends string | number = string | number> extends FieldText {
  kind: 'choice';
  choices: readonly { value: V; label: string }[];
  default: V;
  schema: z.ZodType<V>;
}

/** On or off: a checkbox, `--flag` and `--no-flag`. */
export interface BooleanField extends FieldText {
  kind: 'boolean';
  default: boolean;
  schema: z.ZodType<boolean>;
}

/** A number in a range: a number input, `--flag N`. */
export interface NumberField extends FieldText {
  kind: 'number';
  min: number;
  max: number;
  integer: boolean;
  default: number;
  schema: z.ZodType<number>;
}

export type OptionField = ChoiceField | BooleanField | NumberField;
export type OptionFields = Readonly<Record<string, OptionField>>;

/** The option values a set of fields parses to. */
export type OptionValues<F extends OptionFields> = { -readonly [K in keyof F]: F[K]['default'] };

export function choice<const V extends string | number>(
  spec: FieldText & { choices: readonly { value: V; label: string }[]; default: NoInfer<V> },
): ChoiceField<V> {
  const values = spec.choices.map((c) => c.value);
  const error = `must be one of ${values.join(', ')}`;
  return { ...spec, kind: 'choice', schema: z.literal(values, { error }) as z.ZodType<V> };
}

export function boolean(spec: FieldText & { default: boolean }): BooleanField {
  return { ...spec, kind: 'boolean', schema: z.boolean({ error: 'must be on or off' }) };
}

export function number(
  spec: FieldText & { min: number; max: number; integer?: boolean; default: number },
): NumberField {
  const integer = spec.integer ?? false;
  const base = z.number({ error: 'must be a number' });
  const schema = (integer ? base.int({ error: 'must be a whole number' }) : base)
    .min(spec.min, { error: `must be at least ${spec.min}` })
    .max(spec.max, { error: `must be at most ${spec.max}` });
  return { ...spec, integer, kind: 'number', schema };
}

/**
 * The strict object schema of a set of fields: every field optional, its default filled in,
 * and a key no field declares refused (an option of another format is a mistake, not ignored).
 */
export function optionsSchema<F extends OptionFields>(
  fields: F,
  /** The format's name, for the message about an option it does not have. */
  owner: string,
): z.ZodType<OptionValues<F>, Partial<OptionValues<F>>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(fields)) {
    // The union of the three field kinds has no callable `default`; each kind's schema has one.
    shape[key] = (field.schema as z.ZodType<unknown>).default(field.default);
  }
  // zod cannot infer a shape built in a loop; the mapped type above says what it parses to.
  const strict = z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `${owner} has no option ${issue.keys.map((k) => `"${k}"`).join(', ')}`
        : undefined,
  });
  return strict as unknown as z.ZodType<OptionValues<F>, Partial<OptionValues<F>>>;
}
