import { z } from 'zod';
import {
  boolean,
  choice,
  optionsSchema,
  type OptionFields,
  type OptionValues,
} from './formatOptions';

/**
 * One export format, declared once: the export dialog's list and fields, the command line's
 * flags and `--help`, and the API's argument schema are all generated from these declarations.
 * What draws each format is in `electron/backend/export/exportJourney.ts`, a record keyed by
 * format id, so a format without a renderer does not compile.
 */
export interface FormatDeclaration<F extends OptionFields = OptionFields> {
  label: string;
  /** What the format is for, as the export dialog and `--help` say it. */
  description: string;
  extension: string;
  mimeType: string;
  /** Its options, in the order the dialog shows them. */
  fields: F;
  /** Written from the whole project, whichever journey is shown (no --journey asked for). */
  wholeProject?: boolean;
  /** The options' schema, derived from `fields`. */
  options: z.ZodType<OptionValues<F>, Partial<OptionValues<F>>>;
}

function format<const F extends OptionFields>(
  declaration: Omit<FormatDeclaration<F>, 'options'>,
): FormatDeclaration<F> {
  return { ...declaration, options: optionsSchema(declaration.fields, declaration.label) };
}

const background = choice({
  label: 'Background',
  help: 'What is behind the map',
  choices: [
    { value: 'white', label: 'White' },
    { value: 'transparent', label: 'Transparent' },
  ],
  default: 'white',
});

/** Whether a JSON file or bundle holds the whole project or the shown journey. */
const scopeField = () =>
  choice({
    label: 'Contents',
    help: 'The whole project, or this journey only',
    choices: [
      { value: 'project', label: 'The whole project' },
      { value: 'journey', label: 'This journey only' },
    ],
    default: 'project',
  });

/** Every format a journey exports to, in the order the export dialog offers them. */
export const FORMATS = {
  svg: format({
    label: 'SVG image',
    description: 'Vector image of the whole map, with real text',
    extension: 'svg',
    mimeType: 'image/svg+xml',
    fields: { background },
  }),
  png: format({
    label: 'PNG image',
    description: 'Picture for slides and documents',
    extension: 'png',
    mimeType: 'image/png',
    fields: {
      scale: choice({
        label: 'Size',
        help: 'Pixels per map unit',
        choices: [
          { value: 1, label: '1×' },
          { value: 2, label: '2× (sharp on most screens)' },
          { value: 3, label: '3× (print)' },
        ],
        default: 2,
      }),
      background,
    },
  }),
  pdf: format({
    label: 'PDF',
    description: 'Vector document with searchable text, for printing and sharing',
    extension: 'pdf',
    mimeType: 'application/pdf',
    fields: {
      paper: choice({
        label: 'Paper',
        help: 'The paper size',
        choices: [
          { value: 'a4', label: 'A4' },
          { value: 'a3', label: 'A3' },
          { value: 'letter', label: 'US Letter' },
          { value: 'tabloid', label: 'Tabloid (11 × 17 in)' },
        ],
        default: 'a4',
      }),
      orientation: choice({
        label: 'Orientation',
        help: 'The page orientation; auto turns each page to print the map largest',
        choices: [
          { value: 'auto', label: 'Automatic (follows the map)' },
          { value: 'landscape', label: 'Landscape' },
          { value: 'portrait', label: 'Portrait' },
        ],
        default: 'auto',
      }),
      tile: boolean({
        label: 'Pages',
        help: 'Tile a large map across pages, at print scale',
        default: false,
      }),
      insights: boolean({
        label: 'Insights',
        help: 'Last page: health score, stage figures and charts',
        default: true,
      }),
    },
  }),
  html: format({
    label: 'Interactive HTML',
    description:
      'One file that opens in any browser, offline: pan, zoom, search, card details, presentation',
    extension: 'html',
    mimeType: 'text/html',
    fields: {},
  }),
  pptx: format({
    label: 'PowerPoint',
    description: 'Slides: title, persona, the map, each stage with editable cards, and charts',
    extension: 'pptx',
    mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    fields: {
      overview: boolean({
        label: 'Overview',
        help: 'A slide of the whole map: its picture, or at a glance when too large to picture',
        default: true,
      }),
      charts: boolean({
        label: 'Charts',
        help: 'An insights slide with charts of emotion, effort, pain points and opportunities',
        default: true,
      }),
    },
  }),
  json: format({
    label: 'Wayline JSON',
    description: 'Everything, for backups and re-importing',
    extension: 'json',
    mimeType: 'application/json',
    fields: { scope: scopeField() },
  }),
  bundle: format({
    label: 'Wayline bundle',
    description: 'The JSON and every attached file in one .zip, for another computer',
    extension: 'zip',
    mimeType: 'application/zip',
    fields: { scope: scopeField() },
  }),
  csv: format({
    label: 'CSV',
    description: 'One row per card, for spreadsheets',
    extension: 'csv',
    mimeType: 'text/csv',
    fields: {},
  }),
  canvas: format({
    label: 'JSON Canvas',
    description: 'Open canvas format (jsoncanvas.org), e.g. for Obsidian',
    extension: 'canvas',
    mimeType: 'application/json',
    fields: {},
  }),
  mermaid: format({
    label: 'Mermaid journey',
    description: 'Diagram text to paste into Markdown',
    extension: 'mmd',
    mimeType: 'text/plain',
    fields: {},
  }),
  opportunities: format({
    label: 'Opportunity backlog CSV',
    description: 'Every opportunity of the project, with owner, status, scores and linked cards',
    extension: 'csv',
    mimeType: 'text/csv',
    fields: {},
    wholeProject: true,
  }),
  'opportunities-xlsx': format({
    label: 'Opportunity backlog spreadsheet',
    description: 'The same backlog as an Excel workbook (XLSX), numbers as numbers',
    extension: 'xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fields: {},
    wholeProject: true,
  }),
  metrics: format({
    label: 'Survey metrics CSV',
    description:
      'NPS, CSAT, CES and needs met per touchpoint and per stage: n, mean, score and 95% interval',
    extension: 'csv',
    mimeType: 'text/csv',
    fields: {},
  }),
};

/** The name a whole-project file is saved under: "Hotel project opportunities". */
export const wholeProjectStem = (projectName: string) => `${projectName} opportunities`;

export type ExportFormat = keyof typeof FORMATS;
export const EXPORT_FORMATS = Object.keys(FORMATS) as [ExportFormat, ...ExportFormat[]];

/** A format's options, every one filled in. */
export type ExportOptions<F extends ExportFormat> = z.output<(typeof FORMATS)[F]['options']>;
/** A format's options as given: any may be left out for its default. */
export type ExportOptionsInput<F extends ExportFormat> = z.input<(typeof FORMATS)[F]['options']>;

/** A format and its options, the pair always matching. */
export type ExportChoice = {
  [F in ExportFormat]: { format: F; options: ExportOptions<F> };
}[ExportFormat];
export type ExportChoiceInput = {
  [F in ExportFormat]: { format: F; options?: ExportOptionsInput<F> };
}[ExportFormat];

/** The options of each format, every one filled in: the dialog's starting state. */
export type OptionsOfEveryFormat = { [F in ExportFormat]: ExportOptions<F> };

export function defaultOptionsOfEveryFormat(): OptionsOfEveryFormat {
  const all: Partial<Record<ExportFormat, unknown>> = {};
  for (const f of EXPORT_FORMATS) all[f] = FORMATS[f].options.parse({});
  // Filled for every format in the loop above.
  return all as OptionsOfEveryFormat;
}

/** Pairs a format with its options, when the format is only known as a union. */
export function exportChoice<F extends ExportFormat>(
  format: F,
  options: ExportOptions<F>,
): ExportChoice {
  // TypeScript cannot see that `F` is one format and not the union; the signature ties them.
  return { format, options } as ExportChoice;
}

/**
 * A schema of `shape` plus a format and that format's options (default when left out), as a
 * union discriminated by `format`: options of another format are refused with a clear message.
 */
export function exportChoiceSchema<S extends z.ZodRawShape>(
  shape: S,
): z.ZodType<z.output<z.ZodObject<S>> & ExportChoice, z.input<z.ZodObject<S>> & ExportChoiceInput> {
  const members = EXPORT_FORMATS.map((f) =>
    z.object({ ...shape, format: z.literal(f), options: FORMATS[f].options.prefault({}) }).strict(),
  );
  const formats = EXPORT_FORMATS.join(', ');
  const union = z.discriminatedUnion('format', members as [(typeof members)[0]], {
    error: (issue) =>
      issue.code === 'invalid_union' ? `format must be one of ${formats}` : undefined,
  });
  // Built from the registry in a loop, so zod's inference loses which options go with which format.
  return union as unknown as z.ZodType<
    z.output<z.ZodObject<S>> & ExportChoice,
    z.input<z.ZodObject<S>> & ExportChoiceInput
  >;
}

/** A file name from a journey name: what a save dialog suggests. */
export function exportFileName(journeyName: string, format: ExportFormat): string {
  const base =
    journeyName
      .normalize('NFKC')
      // Characters no file system takes, and control characters.
      // eslint-disable-next-line no-control-regex
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 120) || 'journey';
  return `${base}.${FORMATS[format].extension}`;
}
