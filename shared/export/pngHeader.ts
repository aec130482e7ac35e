const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export interface PngHeader {
  width: number;
  height: number;
  /** 2 is RGB, 6 is RGB with alpha (PNG spec, section 11.2.2). */
  colorType: number;
}

/** A PNG's size and colour type from its IHDR chunk, which always comes first; throws otherwise. */
export function pngHeader(bytes: Uint8Array): PngHeader {
  const isPng =
    bytes.length >= 26 &&
    SIGNATURE.every((b, i) => bytes[i] === b) &&
    String.fromCharCode(...bytes.subarray(12, 16)) === 'IHDR';
  if (!isPng) throw new Error('not a PNG file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20), colorType: bytes[25]! };
}

/** The data of every IDAT chunk, in order: together, the zlib stream of the image's rows. */
export function pngImageData(bytes: Uint8Array): Uint8Array[] {
  pngHeader(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: Uint8Array[] = [];
  for (let at = 8; at + 8 <= bytes.length;) {
    const length = view.getUint32(at);
    if (String.fromCharCode(...bytes.subarray(at + 4, at + 8)) === 'IDAT') {
      chunks.push(bytes.subarray(at + 8, at + 8 + length));
    }
    at += 12 + length;
  }
  return chunks;
}
