import { inflateSync } from 'node:zlib';

interface Table {
  tag: number;
  checksum: number;
  data: Buffer;
}

/** The tables of a WOFF 1 font, each inflated when compressed (W3C WOFF 1.0, section 5). */
function woffTables(woff: Buffer): { flavor: number; tables: Table[] } {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1 font');
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
  return { flavor: woff.readUInt32BE(4), tables };
}

/** The plain TrueType/OpenType file of these tables, behind an sfnt header. */
function buildSfnt(flavor: number, tables: Table[]): Buffer {
  const numTables = tables.length;
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

/**
 * Unpacks a WOFF 1 font into the plain TrueType/OpenType file it wraps: the same tables behind
 * an sfnt header. resvg reads only plain fonts.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  const { flavor, tables } = woffTables(woff);
  return buildSfnt(flavor, tables);
}

const NAME = 0x6e616d65;

/** A 'name' table (format 0) giving the font this family, as Windows names (UTF-16BE). */
function nameTable(family: string, face: string): Buffer {
  const names: [number, string][] = [
    [1, family],
    [2, 'Regular'],
    [4, `${family} ${face}`],
    [6, `${family}-${face}`.replace(/[^A-Za-z0-9-]/g, '')],
  ];
  const strings = names.map(([, s]) => Buffer.from(s, 'utf16le').swap16());
  const header = 6 + 12 * names.length;
  const out = Buffer.alloc(header + strings.reduce((n, s) => n + s.length, 0));
  out.writeUInt16BE(0, 0);
  out.writeUInt16BE(names.length, 2);
  out.writeUInt16BE(header, 4);
  let offset = 0;
  names.forEach(([id], i) => {
    const at = 6 + 12 * i;
    // Windows, Unicode BMP, US English.
    [3, 1, 0x409, id, strings[i]!.length, offset].forEach((v, k) =>
      out.writeUInt16BE(v, at + 2 * k),
    );
    strings[i]!.copy(out, header + offset);
    offset += strings[i]!.length;
  });
  return out;
}

/**
 * The font as a plain sfnt whose family is `family`, its full and PostScript names told apart
 * by `face` (resvg takes faces of one family with one PostScript name for one face). The export
 * fonts' subset files share a family name per script; renamed, each file can be asked for by
 * name, so a renderer never has to guess which file of a family holds a character.
 */
export function sfntNamed(woff: Buffer, family: string, face: string): Buffer {
  const { flavor, tables } = woffTables(woff);
  const name = nameTable(family, face);
  const renamed = tables.map((t) => (t.tag === NAME ? { ...t, data: name } : t));
  return buildSfnt(flavor, renamed);
}
