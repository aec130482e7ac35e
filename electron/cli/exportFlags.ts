import type { ParseArgsOptionsConfig } from 'node:util';
import type { OptionField } from '../../shared/export/formatOptions';
import {
  EXPORT_FORMATS,
  exportChoice,
  FORMATS,
  type ExportChoice,
  type ExportFormat,
} from '../../shared/export/formats';
import { UsageError } from './usageError';

// The export options on the command line, generated from the format registry: each option
// field is a `--flag` (a boolean also `--no-flag`), checked by its format's schema.

/** One option flag, and the formats that have that option. */
export interface OptionFlag {
  name: string;
  key: string;
  field: OptionField;
  formats: ExportFormat[];
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const shape = (field: OptionField) =>
  field.kind === 'choice' ? `choice of ${field.choices.map((c) => c.value).join('|')}` : field.kind;

/** Every option of every format, once: formats sharing an option must declare it alike. */
export function optionFlags(formats: readonly ExportFormat[] = EXPORT_FORMATS): OptionFlag[] {
  const flags = new Map<string, OptionFlag>();
  for (const format of formats) {
    for (const [key, field] of Object.entries(FORMATS[format].fields)) {
      const known = flags.get(key);
      if (!known) flags.set(key, { name: kebab(key), key, field, formats: [format] });
      else if (shape(known.field) !== shape(field)) {
        throw new Error(
          `The option "${key}" of ${format} is a ${shape(field)} but that of ${known.formats[0]} a ${shape(known.field)}; give one of them another name`,
        );
      } else known.formats.push(format);
    }
  }
  return [...flags.values()];
}

/** The flags as node:util parseArgs declares them. */
export function optionFlagConfig(flags: readonly OptionFlag[]): ParseArgsOptionsConfig {
  const config: ParseArgsOptionsConfig = {};
  for (const { name, field } of flags) {
    config[name] = { type: field.kind === 'boolean' ? 'boolean' : 'string' };
    if (field.kind === 'boolean') config[`no-${name}`] = { type: 'boolean' };
  }
  return config;
}

/** A flag as `--help` writes it, e.g. `--paper a4|a3` or `--tile, --no-tile`. */
export function flagSyntax({ name, field }: OptionFlag): string {
  if (field.kind === 'boolean') return `--${name}, --no-${name}`;
  if (field.kind === 'number') return `--${name} N`;
  return `--${name} ${field.choices.map((c) => c.value).join('|')}`;
}

/** The flag's help text, with its default (and range). */
export function flagHelp({ field }: OptionFlag): string {
  if (field.kind === 'boolean') return `${field.help} (default: ${field.default ? 'on' : 'off'})`;
  if (field.kind === 'number') {
    return `${field.help}, ${field.min} to ${field.max} (default ${field.default})`;
  }
  return `${field.help} (default ${field.default})`;
}

/** The value the schema is given for a flag: what was typed, converted where it can be. */
function flagInput(flag: OptionFlag, values: Record<string, unknown>): unknown {
  const { name, field } = flag;
  if (field.kind === 'boolean') {
    const on = values[name] === true;
    const off = values[`no-${name}`] === true;
    if (on && off) throw new UsageError(`--${name} and --no-${name} say opposite things`);
    return on ? true : off ? false : undefined;
  }
  const raw = values[name];
  if (typeof raw !== 'string') return undefined;
  if (field.kind === 'choice')
    return field.choices.find((c) => String(c.value) === raw)?.value ?? raw;
  const n = raw.trim() === '' ? NaN : Number(raw);
  return Number.isNaN(n) ? raw : n;
}

const given = ({ name }: OptionFlag, values: Record<string, unknown>) =>
  values[name] !== undefined || values[`no-${name}`] !== undefined;

/**
 * The options of `format` from parsed command-line values, checked by the format's schema.
 * A flag of another format, or a value the schema refuses, is a UsageError `--flag: message`.
 */
export function exportChoiceFromFlags(
  format: ExportFormat,
  values: Record<string, unknown>,
  flags: readonly OptionFlag[] = optionFlags(),
): ExportChoice {
  const input: Record<string, unknown> = {};
  for (const flag of flags) {
    if (!given(flag, values)) continue;
    if (!flag.formats.includes(format)) {
      throw new UsageError(
        `--${flag.name} is an option of ${flag.formats.join(', ')}, not of ${format}`,
      );
    }
    input[flag.key] = flagInput(flag, values);
  }
  const parsed = FORMATS[format].options.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? '');
    throw new UsageError(`--${kebab(key)}: ${issue?.message ?? 'not valid'}`);
  }
  return exportChoice(format, parsed.data);
}

/** `--help`'s list of formats, each with its options, aligned in columns. */
export function formatsHelp(indent: string): string[] {
  const flags = optionFlags();
  const rows = EXPORT_FORMATS.map((format) => ({
    format,
    head: `${FORMATS[format].label}: ${FORMATS[format].description}`,
    // In the format's own order, as its dialog shows them.
    flags: Object.keys(FORMATS[format].fields).map((key) => flags.find((f) => f.key === key)!),
  }));
  const width = Math.max(...flags.map((f) => flagSyntax(f).length)) + 2;
  const formatWidth = Math.max(...EXPORT_FORMATS.map((f) => f.length)) + 2;
  const pad = ' '.repeat(formatWidth);
  return rows.flatMap(({ format, head, flags: own }) => [
    `${indent}${format.padEnd(formatWidth)}${head}${own.length === 0 ? ' (no options)' : ''}`,
    ...own.map((f) => `${indent}${pad}${flagSyntax(f).padEnd(width)}${flagHelp(f)}`),
  ]);
}
