import { z } from 'zod';

/** Every format a journey exports to, in the order the export dialog offers them. */
export const EXPORT_FORMATS = ['svg', 'png', 'pdf', 'json', 'csv', 'canvas', 'mermaid'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface FormatInfo {
  label: string;
  extension: string;
  mimeType: string;
  /** What the format is for, as the export dialog says it. */
  purpose: string;
}

export const FORMAT_INFO: Record<ExportFormat, FormatInfo> = {
  svg: {
    label: 'SVG image',
    extension: 'svg',
    mimeType: 'image/svg+xml',
    purpose: 'Vector image of the whole map, with real text',
  },
  png: {
    label: 'PNG image',
    extension: 'png',
    mimeType: 'image/png',
    purpose: 'Picture for slides and documents',
  },
  pdf: {
    label: 'PDF',
    extension: 'pdf',
    mimeType: 'application/pdf',
    purpose: 'Vector document with searchable text, for printing and sharing',
  },
  json: {
    label: 'Wayline JSON',
    extension: 'json',
    mimeType: 'application/json',
    purpose: 'Everything, for backups and re-importing',
  },
  csv: {
    label: 'CSV',
    extension: 'csv',
    mimeType: 'text/csv',
    purpose: 'One row per card, for spreadsheets',
  },
  canvas: {
    label: 'JSON Canvas',
    extension: 'canvas',
    mimeType: 'application/json',
    purpose: 'Open canvas format (jsoncanvas.org), e.g. for Obsidian',
  },
  mermaid: {
    label: 'Mermaid journey',
    extension: 'mmd',
    mimeType: 'text/plain',
    purpose: 'Diagram text to paste into Markdown',
  },
};

export const PAPER_SIZES = ['a4', 'a3', 'letter', 'tabloid'] as const;

/** Options of every format in one strict object; a format ignores those it has no use for. */
export const exportOptionsSchema = z
  .object({
    /** PNG: pixels per map unit. */
    scale: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(2),
    /** PNG and SVG: white, or transparent behind the map. */
    background: z.enum(['white', 'transparent']).default('white'),
    /** PDF: the page, and whether the map is fitted to one page or tiled across several. */
    paper: z.enum(PAPER_SIZES).default('a4'),
    orientation: z.enum(['landscape', 'portrait']).default('landscape'),
    tile: z.boolean().default(false),
    /** PDF: a final page with the journey's insights (health score, stage figures, charts). */
    insights: z.boolean().default(true),
    /** JSON: the whole project, or the one journey. */
    scope: z.enum(['journey', 'project']).default('project'),
  })
  .strict();

export type ExportOptions = z.output<typeof exportOptionsSchema>;
export type ExportOptionsInput = z.input<typeof exportOptionsSchema>;

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
  return `${base}.${FORMAT_INFO[format].extension}`;
}
