/**
 * Every problem an import can report, declared once: its code (what the UI, the CLI and the
 * tests match on) and how its message reads (what the person sees). A problem also says where:
 * the spreadsheet row and column of a CSV cell, or the path in a JSON file.
 */
const MESSAGES = {
  // The file as a whole, before it is parsed.
  too_large: (a: { limit: string; kind: string }) =>
    `The file is larger than ${a.limit}, the most a ${a.kind} import takes.`,
  wayline_project: () =>
    'This is a Wayline project file, not an export: open it with File > Open instead.',
  database_file: (a: { kind: string }) =>
    `This is a database file (SQLite), not ${a.kind}: a Wayline project opens with File > Open instead.`,
  not_utf8: (a: { kind: string }) =>
    `The file is not UTF-8 text (it looks like binary data), so it is not ${a.kind}.`,
  binary: (a: { at: number; kind: string }) =>
    `The file holds binary data (a NUL byte at character ${a.at}), so it is not ${a.kind}.`,
  too_many_cards: (a: { count: number; max: number }) =>
    `The CSV has ${a.count} cards; one import takes up to ${a.max}.`,
  journey_gone: () => 'The journey to import into is gone.',
  rejected_by_model: (a: { detail: string }) => a.detail,
  more_problems: (a: { count: number }) => `…and ${a.count} more problems.`,
  // Wayline JSON.
  too_deep: (a: { max: number }) =>
    `The file nests deeper than ${a.max} levels; a Wayline file never does.`,
  not_json: (a: { detail: string }) => `The file is not valid JSON: ${a.detail}`,
  not_object: () => 'The file is JSON but not a Wayline file (not an object).',
  not_wayline: () => 'This JSON is not a Wayline file: it has no "format": "wayline".',
  no_version: () => 'The file has no "formatVersion", so Wayline cannot tell how to read it.',
  bad_version: (a: { version: string }) =>
    `"formatVersion" is ${a.version}; Wayline writes a whole number from 1 up.`,
  newer_version: (a: { version: number; current: number }) =>
    `This file was made by a newer Wayline (format version ${a.version}); this one reads up to version ${a.current}. Update Wayline to import it.`,
  unknown_version: (a: { version: number }) =>
    `Format version ${a.version} is not one Wayline ever wrote.`,
  invalid_value: (a: { detail: string }) => a.detail,
  duplicate_id: (a: { id: string }) => `The id "${a.id}" appears twice.`,
  missing_row: (a: { table: string; id: string }) => `No row in "${a.table}" has the id "${a.id}".`,
  other_journey: (a: { id: string }) => `"${a.id}" belongs to another journey.`,
  bad_reference: (a: { detail: string }) => `${a.detail}.`,
  second_singleton: (a: { noun: string; name: string }) =>
    `A journey has at most one ${a.noun} lane; "${a.name}" is a second one.`,
  lane_holds_no_cards: (a: { noun: string }) => `The ${a.noun} lane holds no cards.`,
  // CSV: the header, then one row's cells.
  header_quote: () => 'The first row (the header) has a quote that never closes.',
  no_title_column: (a: { found: readonly string[] }) =>
    `The CSV has no Title column in its first row${a.found.length ? ` (it has: ${a.found.join(', ')})` : ''}.`,
  paste_without_title: (a: { column: string }) =>
    `The pasted cells start in the ${a.column} column, so none of them is a title. Paste with the active cell in the Title column or left of it, or copy the spreadsheet's header row too.`,
  runaway_quote: (a: { after: number; neverCloses: boolean }) => {
    const rows = `${a.after} ${a.after === 1 ? 'row' : 'rows'}`;
    const read = 'this row is left out and the rows after it are read on their own';
    return a.neverCloses
      ? `a quote opens in this row and never closes, so it swallowed the ${rows} after it (to the end of the file); ${read}`
      : `a quote opens in this row and closes only ${rows} further down, swallowing the rows between; ${read}`;
  },
  rows_unread: (a: { lines: number; max: number }) =>
    `this row and the ${a.lines} after it were not read: more than ${a.max} quotes in the file run past their row. Write a quote inside a cell as "" (or put the cell in quotes), then import again`,
  malformed_quotes: (a: { detail: string }) => `its quotes are malformed (${a.detail})`,
  cells_misaligned: (a: { cells: number; headers: number }) =>
    `its cells do not line up with the header (it has ${a.cells} cells; the header has ${a.headers})`,
  text_too_long: (a: { label: string; length: number; max: number }) =>
    `${a.label} is ${a.length.toLocaleString('en')} characters; the most is ${a.max.toLocaleString('en')}`,
  bad_text: (a: { label: string; rule: string }) => `${a.label} is refused: ${a.rule}`,
  bad_emotion: (a: { value: string }) => `emotion "${a.value}" is not a whole number from -2 to 2`,
  bad_effort: (a: { value: string }) => `effort "${a.value}" is not a whole number from 1 to 7`,
  bad_needs_met: (a: { value: string }) =>
    `need met "${a.value}" is not met, partly met or not met (or yes, partly, no, or 1 to 5)`,
  bad_ces: (a: { value: string }) => `CES "${a.value}" is not a whole number from 1 to 7`,
  bad_flag: (a: { label: string; value: string }) => `${a.label} "${a.value}" is not yes or no`,
  too_many_tags: (a: { count: number; max: number }) => `${a.count} tags; the most is ${a.max}`,
  tag_too_long: (a: { tag: string; max: number }) =>
    `the tag "${a.tag}…" is over ${a.max} characters`,
  no_title: () => 'it has no title',
  no_stage: () => 'it has no stage',
  lane_without_cards: (a: { lane: string; noun: string }) =>
    `the lane "${a.lane}" is the ${a.noun}, which holds no cards`,
  // Survey answers (shared/import/survey/).
  survey_columns: (a: { missing: string }) =>
    `The file has no ${a.missing} column; map its columns to touchpoints and metrics instead (wide format).`,
  survey_nothing: () => 'The file holds no answers to import.',
  survey_not_xlsx: () => 'The file is not an Excel workbook (XLSX) that can be read.',
  survey_too_many_comments: (a: { count: number; max: number }) =>
    `The file has ${a.count.toLocaleString('en')} comments; one import takes up to ${a.max.toLocaleString('en')}.`,
  survey_no_touchpoint: () => 'it names no touchpoint',
  survey_unknown_card: (a: { title: string; stage: string }) =>
    `no touchpoint of this journey is called "${a.title}"${a.stage ? ` in the stage "${a.stage}"` : ''}`,
  survey_ambiguous_card: (a: { title: string; stages: string }) =>
    `several touchpoints are called "${a.title}" (in ${a.stages}); add a Stage column to tell them apart`,
  survey_unknown_metric: (a: { value: string }) =>
    `the metric "${a.value}" is not NPS, CSAT, CES or Needs met`,
  survey_no_score: () => 'it has no score',
  survey_bad_score: (a: { value: string; metric: string; scale: string }) =>
    `the ${a.metric} score "${a.value}" is not a whole number on its scale (${a.scale})`,
  survey_bad_date: (a: { value: string }) =>
    `the date "${a.value}" is not a day written YYYY-MM-DD`,
} satisfies Record<string, (args: never) => string>;

export type ProblemCode = keyof typeof MESSAGES;

/** What a code's message is built from. */
export type ProblemArgs<C extends ProblemCode> = Parameters<(typeof MESSAGES)[C]>[0];

export interface Problem {
  code: ProblemCode;
  /** Written for the person importing: shown as it is. */
  message: string;
  /** The spreadsheet row (the header is row 1) or, for JSON syntax, the line. */
  row?: number;
  /** The CSV column's header label, or the character in a JSON line. */
  column?: string | number;
  /** Where in a JSON file: "touchpoints[4].emotion", "formatVersion". */
  where?: string;
}

export type ProblemPlace = Pick<Problem, 'row' | 'column' | 'where'>;

/** Builds a problem of one code: the message from its arguments, the place as given. */
export function problem<C extends ProblemCode>(
  code: C,
  ...[args, place]: ProblemArgs<C> extends undefined
    ? [args?: undefined, place?: ProblemPlace]
    : [args: ProblemArgs<C>, place?: ProblemPlace]
): Problem {
  const build = MESSAGES[code] as (a: ProblemArgs<C> | undefined) => string;
  return { code, message: build(args), ...place };
}

/** "row 4, Emotion: ", "touchpoints[3].laneId: " or nothing: where a problem is, as text. */
export function problemPlace(p: Problem): string {
  const column = typeof p.column === 'string' ? p.column.trim() : p.column;
  const parts = [p.where, p.row === undefined ? undefined : `row ${p.row}`, column];
  const text = parts.filter((x) => x !== undefined && x !== '').join(', ');
  return text ? `${text}: ` : '';
}

/** One line for a terminal or a log: place, message and the code scripts can match. */
export function problemLine(p: Problem): string {
  return `${problemPlace(p)}${p.message} [${p.code}]`;
}
