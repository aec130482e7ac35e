import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';

/** The export font: Inter, bundled as @fontsource/inter, so a map looks the same everywhere. */
export const EXPORT_FONT_FAMILY = 'Inter';
export const EXPORT_FONT_WEIGHTS = [400, 600, 700] as const;
export type ExportFontWeight = (typeof EXPORT_FONT_WEIGHTS)[number];
const SUBSETS = ['latin', 'latin-ext'] as const;

export interface ExportFontFile {
  weight: ExportFontWeight;
  subset: (typeof SUBSETS)[number];
  /** The font as published (WOFF 1). */
  woff: Buffer;
}

const require = createRequire(__filename);
let cache: ExportFontFile[] | undefined;

/** Inter's Latin and Latin Extended subsets in the weights the map uses, read once. */
export function exportFontFiles(): ExportFontFile[] {
  cache ??= EXPORT_FONT_WEIGHTS.flatMap((weight) =>
    SUBSETS.map((subset) => ({
      weight,
      subset,
      woff: readFileSync(
        require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`),
      ),
    })),
  );
  return cache;
}

/**
 * Unpacks a WOFF 1 font into the plain TrueType/OpenType file it wraps (W3C WOFF 1.0, section
 * 5): the same tables, each inflated when compressed, behind an sfnt header. resvg reads only
 * plain fonts.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1 font');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const packed = woff.subarray(offset, offset + compLength);
    return {
      tag: woff.readUInt32BE(at),
      checksum: woff.readUInt32BE(at + 16),
      data: compLength < origLength ? inflateSync(packed) : packed,
    };
  });
  const pad4 = (n: number) => (n + 3) & ~3;
  const headerSize = 12 + 16 * numTables;
  const size = tables.reduce((n, t) => n + pad4(t.data.length), headerSize);
  const out = Buffer.alloc(size);
  const pow2 = 2 ** Math.floor(Math.log2(numTables));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(pow2 * 16, 6);
  out.writeUInt16BE(Math.log2(pow2), 8);
  out.writeUInt16BE(numTables * 16 - pow2 * 16, 10);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    out.writeUInt32BE(t.tag, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += pad4(t.data.length);
  });
  return out;
}

/** The latin subset's unicode-range (as @fontsource/inter publishes it); latin-ext covers the rest. */
const LATIN_RANGE =
  'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';

/**
 * @font-face rules with the export font inlined as data: URLs, for the SVG's <style>: a browser
 * or editor opening the file draws it in Inter even where Inter is not installed.
 */
export function exportFontCss(): string {
  return exportFontFiles()
    .map(
      (f) =>
        `@font-face{font-family:'${EXPORT_FONT_FAMILY}';font-style:normal;font-weight:${f.weight};` +
        `src:url(data:font/woff;base64,${f.woff.toString('base64')}) format('woff');` +
        (f.subset === 'latin' ? `unicode-range:${LATIN_RANGE};` : '') +
        '}',
    )
    .join('\n');
}
