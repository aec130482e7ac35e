/**
 * What Wayline attaches to cards, declared once: each file name extension with the media type
 * it must really be (its magic bytes are checked against it), the kind of tile it shows as,
 * and the limits. The backend, the renderer's early checks and the JSON bundle all read these.
 */

export type MediaKind = 'image' | 'pdf' | 'audio' | 'video';

export interface MediaTypeSpec {
  mediaType: string;
  kind: MediaKind;
  /** File name extensions (lower case, without the dot) this type is attached by. */
  extensions: readonly string[];
  /** A word for messages: "a PNG image". */
  noun: string;
}

export const MEDIA_TYPES = [
  { mediaType: 'image/png', kind: 'image', extensions: ['png'], noun: 'a PNG image' },
  { mediaType: 'image/jpeg', kind: 'image', extensions: ['jpg', 'jpeg'], noun: 'a JPEG image' },
  { mediaType: 'image/webp', kind: 'image', extensions: ['webp'], noun: 'a WebP image' },
  { mediaType: 'image/gif', kind: 'image', extensions: ['gif'], noun: 'a GIF image' },
  { mediaType: 'application/pdf', kind: 'pdf', extensions: ['pdf'], noun: 'a PDF document' },
  { mediaType: 'audio/mpeg', kind: 'audio', extensions: ['mp3'], noun: 'an MP3 recording' },
  { mediaType: 'audio/wav', kind: 'audio', extensions: ['wav'], noun: 'a WAV recording' },
  {
    mediaType: 'audio/ogg',
    kind: 'audio',
    extensions: ['ogg', 'oga', 'opus'],
    noun: 'an Ogg recording',
  },
  { mediaType: 'audio/mp4', kind: 'audio', extensions: ['m4a'], noun: 'an M4A recording' },
  { mediaType: 'audio/flac', kind: 'audio', extensions: ['flac'], noun: 'a FLAC recording' },
  { mediaType: 'video/mp4', kind: 'video', extensions: ['mp4', 'm4v'], noun: 'an MP4 video' },
  { mediaType: 'video/quicktime', kind: 'video', extensions: ['mov'], noun: 'a QuickTime video' },
  { mediaType: 'video/webm', kind: 'video', extensions: ['webm'], noun: 'a WebM video' },
] as const satisfies readonly MediaTypeSpec[];

export type MediaType = (typeof MEDIA_TYPES)[number]['mediaType'];

export const MEDIA_TYPE_IDS = MEDIA_TYPES.map((t) => t.mediaType) as [MediaType, ...MediaType[]];

/**
 * The CSV column listing a card's file names ("; " between them): written for people reading
 * the sheet; an import reads past it, as the files themselves are not in a CSV.
 */
export const FILES_COLUMN = 'Files';

/** 100 MiB: a long interview clip fits; a whole film does not belong in a journey map. */
export const MAX_MEDIA_FILE_BYTES = 100 * 1024 * 1024;
/** 2 GiB of distinct files per project (duplicates count once). */
export const MAX_PROJECT_MEDIA_BYTES = 2 * 1024 * 1024 * 1024;
/** 120 megapixels: above any phone photo in common use, far below an image bomb. */
export const MAX_IMAGE_PIXELS = 120_000_000;
/** Files attached to one card. */
export const MAX_ATTACHMENTS_PER_CARD = 50;
/** Bytes per upload or read call: each call stays small whatever the file's size. */
export const MEDIA_CHUNK_BYTES = 4 * 1024 * 1024;

const BY_TYPE = new Map<string, MediaTypeSpec>(MEDIA_TYPES.map((t) => [t.mediaType, t]));

export function mediaTypeSpec(mediaType: string): MediaTypeSpec | undefined {
  return BY_TYPE.get(mediaType);
}

export function mediaKindOf(mediaType: string): MediaKind | undefined {
  return BY_TYPE.get(mediaType)?.kind;
}

/** The extension of a file name, lower case, without the dot ('' when it has none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** The media types a file name's extension allows (SVG is handled apart: rasterised). */
export function mediaTypesForName(fileName: string): MediaTypeSpec[] {
  const ext = extensionOf(fileName);
  return MEDIA_TYPES.filter((t) => (t.extensions as readonly string[]).includes(ext));
}

export const ACCEPTED_EXTENSIONS = [...MEDIA_TYPES.flatMap((t) => t.extensions), 'svg'];

/** "12.3 MB": sizes in messages, decimal megabytes as file managers show them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${Math.round(bytes / 1e3)} KB`;
  return `${bytes} bytes`;
}

/**
 * Why a file cannot even be sent, judged from its name and size alone (before a byte is read),
 * or null. The backend judges again, and then the bytes themselves.
 */
export function refusalBeforeReading(fileName: string, size: number): string | null {
  if (size > MAX_MEDIA_FILE_BYTES) {
    return `“${fileName}” is ${formatBytes(size)}; a file attached to a card may be at most ${formatBytes(MAX_MEDIA_FILE_BYTES)}. Nothing was added.`;
  }
  if (size === 0) return `“${fileName}” is empty (0 bytes). Nothing was added.`;
  if (extensionOf(fileName) !== 'svg' && mediaTypesForName(fileName).length === 0) {
    return `“${fileName}” is not a file Wayline attaches: images (PNG, JPEG, WebP, GIF, SVG), PDF, audio (MP3, WAV, Ogg, M4A, FLAC) and video (MP4, MOV, WebM). Nothing was added.`;
  }
  return null;
}
