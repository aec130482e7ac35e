import { err, ok, type Result } from '../result';
import { problem, type Problem } from './problems';
import { EVIDENCE_CSV_COLUMNS, unguardFormula } from '../export/csv';
import { maxLengthOf, TOUCHPOINT_CSV, type TouchpointCsvField } from '../model/entities';
import type { NeedsMet } from '../model/cxLayerFields';
import { readNeedsMet } from '../model/needsMet';
import { LIMITS } from '../model/schema';
import {
  EFFORT_MAX,
  EFFORT_MIN,
  EFFORT_WORDS,
  EMOTION_LEVELS,
  EMOTION_MAX,
  EMOTION_MIN,
} from '../model/scales';

/** The fields a CSV column can fill: where the card goes, a CES answer, and the card's own. */
export type CsvField = 'journey' | 'stage' | 'lane' | 'order' | 'ces' | TouchpointCsvField;

/** Header names each field answers to, after normalising (lower case, "_" and "-" as spaces). */
const ALIASES: Record<CsvField, readonly string[]> = {
  journey: ['journey', 'journey name'],
  stage: ['stage', 'stage name', 'phase'],
  lane: ['lane', 'lane name', 'swimlane', 'swim lane', 'row'],
  order: ['order', 'position'],
  ces: ['ces', 'ces score', 'customer effort score'],
  ...(Object.fromEntries(TOUCHPOINT_CSV.map((c) => [c.field, c.column.aliases])) as Record<
    TouchpointCsvField,
    readonly string[]
  >),
};

const BY_ALIAS = new Map<string, CsvField>(
  (Object.entries(ALIASES) as [CsvField, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name) => [name, field] as const),
  ),
);

export function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}

/** The field a header names, if any. */
export function fieldOfHeader(header: string): CsvField | undefined {
  return BY_ALIAS.get(normaliseHeader(unguardFormula(header.trim())));
}

const EVIDENCE_HEADERS = new Set(EVIDENCE_CSV_COLUMNS.map((c) => normaliseHeader(c.header)));

/** A column the export writes from a card's research (Quotes, Sources): read as nothing. */
export const isEvidenceHeader = (header: string): boolean =>
  EVIDENCE_HEADERS.has(normaliseHeader(unguardFormula(header.trim())));

/** A cell's value or why it cannot be used: a parse step per kind of column. */
export type Cell<T> = Result<T, Problem>;

const good = ok;
const bad = (refused: Problem) => err(refused);

export function textCell(label: string, raw: string, max: number): Cell<string> {
  const value = unguardFormula(raw);
  return value.length > max
    ? bad(problem('text_too_long', { label, length: value.length, max }))
    : good(value);
}

function wholeNumber(raw: string): number | undefined {
  const t = raw.trim();
  return /^[+-]?\d+$/.test(t) ? Number(t) : undefined;
}

/** -2..+2, or the word the app shows ("Very negative" .. "Very positive"); empty = not given. */
export function emotionCell(raw: string): Cell<number | undefined> {
  const t = unguardFormula(raw).trim();
  if (t === '') return good(undefined);
  const n = wholeNumber(t);
  if (n !== undefined && n >= EMOTION_MIN && n <= EMOTION_MAX) return good(n);
  const level = EMOTION_LEVELS.find((l) => l.word.toLowerCase() === t.toLowerCase());
  if (level) return good(level.value);
  return bad(problem('bad_emotion', { value: t.slice(0, 40) }));
}

/** 1..7, or the word the app shows ("Very low" .. "Very high"); empty = not given. */
export function effortCell(raw: string): Cell<number | undefined> {
  const t = raw.trim();
  if (t === '') return good(undefined);
  const n = wholeNumber(t);
  if (n !== undefined && n >= EFFORT_MIN && n <= EFFORT_MAX) return good(n);
  const index = EFFORT_WORDS.findIndex((w) => w.toLowerCase() === t.toLowerCase());
  if (index >= 0) return good(index + EFFORT_MIN);
  return bad(problem('bad_effort', { value: t.slice(0, 40) }));
}

/** Met, partly met, not met (or yes / partly / no, or 1–5); empty = not given. */
export function needsMetCell(raw: string): Cell<NeedsMet | undefined> {
  const t = unguardFormula(raw).trim();
  const value = readNeedsMet(t);
  if (value === undefined) return bad(problem('bad_needs_met', { value: t.slice(0, 40) }));
  return good(value ?? undefined);
}

/** A CES 2.0 answer, 1..7 with 7 the easiest; empty = not given. */
export function cesCell(raw: string): Cell<number | undefined> {
  const t = raw.trim();
  if (t === '') return good(undefined);
  const n = wholeNumber(t);
  if (n !== undefined && n >= 1 && n <= 7) return good(n);
  return bad(problem('bad_ces', { value: t.slice(0, 40) }));
}

const YES = new Set(['yes', 'y', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'false', '0', '']);

export function flagCell(label: string, raw: string): Cell<boolean> {
  const t = raw.trim().toLowerCase();
  if (YES.has(t)) return good(true);
  if (NO.has(t)) return good(false);
  return bad(problem('bad_flag', { label, value: raw.trim().slice(0, 40) }));
}

/** Tags separated by ";" (as the export writes them), trimmed, duplicates dropped. */
export function tagsCell(raw: string): Cell<string[]> {
  const tags = [
    ...new Set(
      unguardFormula(raw)
        .split(';')
        .map((t) => t.trim())
        .filter((t) => t !== ''),
    ),
  ];
  if (tags.length > LIMITS.tags) {
    return bad(problem('too_many_tags', { count: tags.length, max: LIMITS.tags }));
  }
  const long = tags.find((t) => t.length > LIMITS.tag);
  if (long) return bad(problem('tag_too_long', { tag: long.slice(0, 20), max: LIMITS.tag }));
  return good(tags);
}

/** The order column: a number to sort by within a cell; anything else keeps file order. */
export function orderCell(raw: string): number | undefined {
  const n = Number(raw.trim());
  return raw.trim() !== '' && Number.isFinite(n) ? n : undefined;
}

/** A card field's cell, read as its column declares; `undefined` means "the field's default". */
export function readFieldCell({ column, spec }: (typeof TOUCHPOINT_CSV)[number], raw: string) {
  switch (column.cell) {
    case 'text': {
      const cell = textCell(column.label, raw, maxLengthOf(spec) ?? Infinity);
      // A field's own rule (a link must be a safe address) refuses the row, not the import.
      const checked = cell.ok ? spec.schema.safeParse(cell.value) : undefined;
      if (checked && !checked.success) {
        const rule = checked.error.issues[0]?.message ?? 'not a valid value';
        return bad(problem('bad_text', { label: column.label, rule }));
      }
      return cell;
    }
    case 'emotion':
      return emotionCell(raw);
    case 'effort':
      return effortCell(raw);
    case 'needsMet':
      return needsMetCell(raw);
    case 'flag':
      return flagCell(column.label, raw);
    case 'tags':
      return tagsCell(raw);
  }
}
