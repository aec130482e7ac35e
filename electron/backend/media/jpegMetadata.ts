/**
 * Removes the APP1 segments (Exif, which holds GPS positions, and XMP, which can repeat them)
 * from a JPEG without decoding it: the picture stays bit for bit the same. Returns null when
 * the stream is not laid out as expected, so the caller re-encodes instead.
 */
export function jpegWithoutApp1(bytes: Buffer): Buffer | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const kept: Buffer[] = [bytes.subarray(0, 2)];
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    // Start of scan: the entropy-coded picture and everything after it are kept as they are.
    if (marker === 0xda) {
      kept.push(bytes.subarray(at));
      return Buffer.concat(kept);
    }
    // Fill bytes and markers without a length.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      kept.push(bytes.subarray(at, at + 2));
      at += 2;
      continue;
    }
    const length = bytes.readUInt16BE(at + 2);
    if (length < 2 || at + 2 + length > bytes.length) return null;
    if (marker !== 0xe1) kept.push(bytes.subarray(at, at + 2 + length));
    at += 2 + length;
  }
  return null;
}
