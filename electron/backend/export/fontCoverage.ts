/**
 * The code points a TrueType/OpenType font has glyphs for, read from its 'cmap' table
 * (OpenType spec, cmap formats 4 and 12), so text can be split between subset files.
 */
export function fontCoverage(sfnt: Buffer): Set<number> {
  const cmap = findTable(sfnt, 'cmap');
  if (cmap === undefined) throw new Error('font has no cmap table');
  const covered = new Set<number>();
  const count = sfnt.readUInt16BE(cmap + 2);
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + i * 8;
    const platform = sfnt.readUInt16BE(record);
    const encoding = sfnt.readUInt16BE(record + 2);
    // Unicode subtables only: platform 0, or Windows (3) with encoding 1 (BMP) or 10 (full).
    if (platform !== 0 && !(platform === 3 && (encoding === 1 || encoding === 10))) continue;
    const table = cmap + sfnt.readUInt32BE(record + 4);
    const format = sfnt.readUInt16BE(table);
    if (format === 4) readFormat4(sfnt, table, covered);
    else if (format === 12) readFormat12(sfnt, table, covered);
  }
  return covered;
}

function findTable(sfnt: Buffer, tag: string): number | undefined {
  const numTables = sfnt.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const at = 12 + i * 16;
    if (sfnt.toString('latin1', at, at + 4) === tag) return sfnt.readUInt32BE(at + 8);
  }
  return undefined;
}

function readFormat4(sfnt: Buffer, table: number, covered: Set<number>): void {
  const segments = sfnt.readUInt16BE(table + 6) / 2;
  const ends = table + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = sfnt.readUInt16BE(ends + s * 2);
    const start = sfnt.readUInt16BE(starts + s * 2);
    const delta = sfnt.readUInt16BE(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = sfnt.readUInt16BE(rangeOffsetAt);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const raw = sfnt.readUInt16BE(rangeOffsetAt + rangeOffset + (code - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) covered.add(code);
    }
  }
}

function readFormat12(sfnt: Buffer, table: number, covered: Set<number>): void {
  const groups = sfnt.readUInt32BE(table + 12);
  for (let g = 0; g < groups; g++) {
    const at = table + 16 + g * 12;
    const start = sfnt.readUInt32BE(at);
    const end = sfnt.readUInt32BE(at + 4);
    for (let code = start; code <= end; code++) covered.add(code);
  }
}
