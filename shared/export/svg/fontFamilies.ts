/**
 * The export's font families, in the order a character is looked for in them: Inter, then Noto
 * families for the scripts Inter lacks. The SVG names them all (a viewer falls back through the
 * list); the PNG and PDF writers load only the files the text needs (electron/backend/export).
 */
export const EXPORT_FONT_FAMILIES = [
  'Inter',
  'Noto Sans',
  'Noto Sans Hebrew',
  'Noto Sans Arabic',
  'Noto Sans Devanagari',
  'Noto Sans Thai',
  'Noto Sans SC',
  'Noto Sans JP',
  'Noto Sans KR',
  'Noto Emoji',
] as const;
export type ExportFontFamily = (typeof EXPORT_FONT_FAMILIES)[number];

/** The root font-family of an exported SVG. */
export const EXPORT_FONT_STACK = [
  ...EXPORT_FONT_FAMILIES.map((f) => (f.includes(' ') ? `'${f}'` : f)),
  'sans-serif',
].join(', ');
