/**
 * The last step of a deck: pptxgenjs 4.0.1 writes its package uncompressed, then this repairs
 * what PowerPoint (not LibreOffice) refuses, and compresses it with Node's own zlib, about four
 * times faster than the JavaScript deflate pptxgenjs would use (a 2,000-card deck is 24 MB of
 * XML). The zip format (APPNOTE.TXT): local headers, then a central directory, then its end
 * record; a deck never needs zip64 (at most a few thousand parts, each far below 4 GB).
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

interface Part {
  name: string;
  data: Buffer;
  crc: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Bit 11 of the general purpose flags: names are UTF-8. */
const UTF8_NAMES = 0x0800;

function readParts(zip: Buffer): Part[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || zip.readUInt32LE(end) !== END_OF_DIRECTORY) {
    throw new Error('the PowerPoint package is not a zip file');
  }
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const parts: Part[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Error('a broken zip directory');
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(dataAt, dataAt + size);
    if (method !== STORED && method !== DEFLATED) throw new Error(`zip method ${method}`);
    parts.push({ name, crc, data: method === STORED ? raw : inflateRawSync(raw) });
    at += 46 + nameLength + extra;
  }
  return parts;
}

function writeParts(parts: readonly Part[]): Buffer {
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const packed = deflateRawSync(part.data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL_HEADER, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(UTF8_NAMES, 6);
    header.writeUInt16LE(DEFLATED, 8);
    // Time and date stay 0 (1980-01-01): a deck's parts need no times, and the file is reproducible.
    header.writeUInt32LE(part.crc, 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(part.data.length, 22);
    header.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(DIRECTORY_ENTRY, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(UTF8_NAMES, 8);
    entry.writeUInt16LE(DEFLATED, 10);
    entry.writeUInt32LE(part.crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(part.data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(header, name, packed);
    directory.push(entry, name);
    offset += header.length + name.length + packed.length;
  }
  const directorySize = directory.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_DIRECTORY, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...directory, end]);
}

/**
 * A paragraph's properties go first and once (ECMA-376 CT_TextParagraph); pptxgenjs repeats
 * them before every run of a paragraph of several runs (a run per font), which PowerPoint
 * reports as a problem with the file. Only the first, right after `<a:p>`, is kept.
 */
export function dropRepeatedParagraphProps(xml: string): string {
  return xml.replace(/(<\/a:r>)<a:pPr(?:[^>]*\/>|[^>]*>.*?<\/a:pPr>)/g, '$1');
}

/** Content types declared for parts the package does not have (pptxgenjs names a slide master per slide). */
export function dropMissingOverrides(xml: string, names: ReadonlySet<string>): string {
  return xml.replace(/<Override PartName="\/([^"]+)"[^>]*\/>/g, (whole, part: string) =>
    names.has(part) ? whole : '',
  );
}

/** The deck pptxgenjs wrote (uncompressed), repaired where PowerPoint needs it, and compressed. */
export function finishPackage(stored: Uint8Array): Buffer {
  const zip = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  const parts = readParts(zip);
  const names = new Set(parts.map((p) => p.name));
  const fixed = parts.map((part) => {
    let text: string | undefined;
    if (/^ppt\/(slides|notesSlides)\/[^/]+\.xml$/.test(part.name)) {
      text = dropRepeatedParagraphProps(part.data.toString('utf8'));
    } else if (part.name === '[Content_Types].xml') {
      text = dropMissingOverrides(part.data.toString('utf8'), names);
    }
    if (text === undefined) return part;
    const data = Buffer.from(text, 'utf8');
    return data.equals(part.data) ? part : { name: part.name, data, crc: crc32(data) };
  });
  return writeParts(fixed);
}
