import { ApiError } from '../../../../shared/api/errors';
import type { StoredMedia, WaylineApi } from '../../../../shared/api/schema';
import { MEDIA_CHUNK_BYTES, refusalBeforeReading } from '../../../../shared/media/mediaTypes';

/** Base64 of bytes, in slices (String.fromCharCode takes a bounded number of arguments). */
function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(text);
}

function fromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/**
 * Sends a file to the backend in 4 MiB chunks and has it checked and stored. Its size and
 * name are judged before a byte is read, so a 2 GB file is refused at once.
 */
export async function uploadFile(api: WaylineApi, file: File): Promise<StoredMedia> {
  const early = refusalBeforeReading(file.name, file.size);
  if (early) throw new ApiError('invalid_args', early);
  const { uploadId } = await api['media.uploadBegin']({ fileName: file.name, size: file.size });
  try {
    for (let offset = 0; offset < file.size; offset += MEDIA_CHUNK_BYTES) {
      const slice = new Uint8Array(
        await file.slice(offset, offset + MEDIA_CHUNK_BYTES).arrayBuffer(),
      );
      await api['media.uploadChunk']({ uploadId, offset, base64: toBase64(slice) });
    }
    return await api['media.uploadFinish']({ uploadId });
  } catch (err) {
    void api['media.uploadCancel']({ uploadId }).catch(() => undefined);
    throw err;
  }
}

/** Object URLs of thumbnails and previews, made once per file and size for the window's life. */
const renditions = new Map<string, Promise<string | null>>();

/** A picture of a stored image made by sharp (PNG or JPEG), as an object URL; null for others. */
export function renditionUrl(
  api: WaylineApi,
  hash: string,
  size: 'thumb' | 'preview',
): Promise<string | null> {
  const key = `${size}:${hash}`;
  let url = renditions.get(key);
  if (!url) {
    url = api['media.rendition']({ hash, size }).then((found) =>
      found
        ? URL.createObjectURL(new Blob([fromBase64(found.base64)], { type: found.mediaType }))
        : null,
    );
    url.catch(() => renditions.delete(key));
    renditions.set(key, url);
  }
  return url;
}

/** A stored file's own bytes as a Blob, read chunk by chunk (audio and video, "Save a copy"). */
export async function fileBlob(api: WaylineApi, hash: string, mediaType: string): Promise<Blob> {
  const first = await api['media.readChunk']({ hash, seq: 0 });
  const parts = [fromBase64(first.base64)];
  for (let seq = 1; seq < first.chunks; seq++) {
    parts.push(fromBase64((await api['media.readChunk']({ hash, seq })).base64));
  }
  return new Blob(parts, { type: mediaType });
}
