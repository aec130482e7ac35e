import { type MediaType, mediaTypeSpec } from '../../../shared/media/mediaTypes';

/**
 * What a file's first bytes say it is, whatever its name claims: the media types its magic
 * bytes allow (MP4, MOV and M4A share one container, so an ISO-BMFF file allows all three and
 * the name decides), or 'svg' for SVG text, or an empty list for anything else.
 */
export function sniffMediaTypes(head: Buffer): MediaType[] | 'svg' {
  const ascii = (start: number, end: number) => head.toString('latin1', start, end);
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return ['image/png'];
  if (starts(0xff, 0xd8, 0xff)) return ['image/jpeg'];
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return ['image/gif'];
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return ['image/webp'];
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return ['audio/wav'];
  if (ascii(0, 5) === '%PDF-') return ['application/pdf'];
  if (ascii(0, 4) === 'OggS') return ['audio/ogg'];
  if (ascii(0, 4) === 'fLaC') return ['audio/flac'];
  if (starts(0x1a, 0x45, 0xdf, 0xa3)) return ['video/webm'];
  if (ascii(4, 8) === 'ftyp') return ['video/mp4', 'video/quicktime', 'audio/mp4'];
  // MP3: an ID3 tag, or straight into an MPEG audio frame (11 set sync bits, layer III).
  if (ascii(0, 3) === 'ID3') return ['audio/mpeg'];
  if (head[0] === 0xff && ((head[1] ?? 0) & 0xe6) === 0xe2) return ['audio/mpeg'];
  if (looksLikeSvg(head)) return 'svg';
  return [];
}

function looksLikeSvg(head: Buffer): boolean {
  const text = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  return /^<(\?xml|svg|!--|!DOCTYPE svg)/i.test(text) && /<svg[\s>]/i.test(head.toString('utf8'));
}

/** What a sniffed file is, in words, for "… its contents are a JPEG image". */
export function contentsNoun(sniffed: MediaType[] | 'svg'): string {
  if (sniffed === 'svg') return 'an SVG drawing';
  const first = sniffed[0];
  return first ? (mediaTypeSpec(first)?.noun ?? first) : 'not a file type Wayline knows';
}

/**
 * Why an SVG may not be shown even as a picture, or null: script, event handlers, links that
 * run code or reach outside the file, embedded HTML and entity declarations (which can expand
 * without bound) are refused, so what is rasterised is a drawing and nothing else.
 */
export function svgHazard(text: string): string | null {
  if (/<script[\s>/]/i.test(text)) return 'it contains a script';
  if (/\son[a-z]+\s*=/i.test(text))
    return 'it contains event handlers (code run on a click or load)';
  if (/javascript:/i.test(text)) return 'it contains a javascript: link';
  if (/<foreignObject[\s>/]/i.test(text)) return 'it embeds HTML (foreignObject)';
  if (/<!ENTITY/i.test(text)) return 'it declares XML entities';
  // Every reference must stay inside the file: "#id" or an embedded PNG/JPEG.
  const refs = text.matchAll(/(?:href|src)\s*=\s*["']\s*([^"']*)["']/gi);
  for (const [, ref = ''] of refs) {
    if (!ref.startsWith('#') && !/^data:image\/(png|jpeg);/i.test(ref)) {
      return 'it refers to files or addresses outside itself';
    }
  }
  if (/url\(\s*["']?(?!#)/i.test(text)) return 'it refers to files or addresses outside itself';
  return null;
}
