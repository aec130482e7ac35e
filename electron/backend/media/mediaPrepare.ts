import { createHash } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors';
import { attachmentNameSchema } from '../../../shared/model/attachmentEntities';
import {
  extensionOf,
  MAX_MEDIA_FILE_BYTES,
  type MediaType,
  mediaTypeSpec,
  mediaTypesForName,
  refusalBeforeReading,
} from '../../../shared/media/mediaTypes';
import { prepareImage, rasteriseSvg, type Rendition } from './mediaImages';
import { contentsNoun, sniffMediaTypes, svgHazard } from './mediaSniff';

/** A file checked and ready to store: the bytes kept, their hash, and what is shown for them. */
export interface PreparedMedia {
  hash: string;
  bytes: Buffer;
  fileName: string;
  mediaType: MediaType;
  width: number | null;
  height: number | null;
  thumb: Rendition | null;
  preview: Rendition | null;
  /** What the user should know: location removed, SVG turned into a picture. */
  notes: string[];
}

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const refuse = (message: string) => new ApiError('invalid_args', message);

/** A name safe to keep: the last part of any path, control characters out, at most 255 long. */
export function cleanFileName(raw: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (raw.split(/[/\\]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  const name = base.length > 255 ? base.slice(base.length - 255) : base;
  return attachmentNameSchema.safeParse(name).success ? name : 'attachment';
}

/**
 * Judges a file's bytes against its name and turns them into what is stored: refuses a file
 * that is not what its name says, an image bomb, an SVG with script; rasterises other SVGs;
 * removes location data from photos unless `keepLocation`. Nothing is written here.
 */
export async function prepareMedia(
  rawName: string,
  bytes: Buffer,
  { keepLocation = false } = {},
): Promise<PreparedMedia> {
  const fileName = cleanFileName(rawName);
  const early = refusalBeforeReading(fileName, bytes.length);
  if (early) throw refuse(early);
  if (bytes.length > MAX_MEDIA_FILE_BYTES) throw refuse(early ?? 'Too large.');
  const sniffed = sniffMediaTypes(bytes.subarray(0, 512));
  const notes: string[] = [];
  if (extensionOf(fileName) === 'svg') {
    if (sniffed !== 'svg') {
      throw refuse(
        `“${fileName}” is not an SVG drawing: its contents are ${contentsNoun(sniffed)}. Nothing was added.`,
      );
    }
    const hazard = svgHazard(bytes.toString('utf8'));
    if (hazard) {
      throw refuse(
        `“${fileName}” is refused: ${hazard}. Wayline shows SVG drawings only as pictures, and only plain ones. Nothing was added.`,
      );
    }
    const png = await rasteriseSvg(bytes, fileName);
    notes.push(
      `“${fileName}” was turned into a picture (PNG); SVG files are never kept as drawings.`,
    );
    const pngName = `${fileName.slice(0, -'.svg'.length)}.png`;
    return { ...(await prepareBytes(pngName, png, 'image/png', { keepLocation: true })), notes };
  }
  const allowed = mediaTypesForName(fileName);
  const type =
    sniffed === 'svg' ? undefined : allowed.find((t) => sniffed.includes(t.mediaType as MediaType));
  if (!type) {
    const claimed = allowed[0]?.noun ?? 'a file Wayline attaches';
    throw refuse(
      `“${fileName}” is not ${claimed}: its contents are ${contentsNoun(sniffed)}. Nothing was added.`,
    );
  }
  const prepared = await prepareBytes(fileName, bytes, type.mediaType as MediaType, {
    keepLocation,
  });
  return { ...prepared, notes: [...notes, ...prepared.notes] };
}

async function prepareBytes(
  fileName: string,
  bytes: Buffer,
  mediaType: MediaType,
  { keepLocation }: { keepLocation: boolean },
): Promise<PreparedMedia> {
  if (mediaTypeSpec(mediaType)?.kind !== 'image') {
    const none = { width: null, height: null, thumb: null, preview: null };
    return { hash: sha256(bytes), bytes, fileName, mediaType, ...none, notes: [] };
  }
  const image = await prepareImage(bytes, fileName, { keepLocation });
  return {
    hash: sha256(image.bytes),
    bytes: image.bytes,
    fileName,
    mediaType,
    width: image.width,
    height: image.height,
    thumb: image.thumb,
    preview: image.preview,
    notes: image.strippedLocation
      ? [`Location and camera data were removed from “${fileName}”.`]
      : [],
  };
}
