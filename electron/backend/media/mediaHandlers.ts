import { ApiError } from '../../../shared/api/errors';
import type { StoredMedia } from '../../../shared/api/schema';
import type { ApiHandlers } from '../handlers';
import type { ProjectStore } from '../projectStore';
import { prepareMedia } from './mediaPrepare';
import type { MediaStore } from './mediaStore';
import { MediaUploads } from './mediaUploads';

type MediaMethods =
  | 'media.uploadBegin'
  | 'media.uploadChunk'
  | 'media.uploadFinish'
  | 'media.uploadCancel'
  | 'media.rendition'
  | 'media.readChunk';

/**
 * The media API: a file is sent in chunks, then checked and stored (not yet attached: the
 * window attaches it with an ordinary insertRows op, one undo step); stored files are read one
 * rendition or one chunk at a time.
 */
export function createMediaHandlers(requireStore: () => ProjectStore): {
  handlers: Pick<ApiHandlers, MediaMethods>;
  uploads: MediaUploads;
} {
  const uploads = new MediaUploads();
  const media = (): MediaStore => {
    const store = requireStore();
    if (!store.media) {
      throw new ApiError(
        'read_only',
        `Files cannot be added to or shown from this project. ${store.readOnly?.reason ?? ''}`.trim(),
      );
    }
    return store.media;
  };
  const handlers: Pick<ApiHandlers, MediaMethods> = {
    'media.uploadBegin': async ({ fileName, size }) => {
      media().requireRoom(size, fileName);
      return { uploadId: uploads.begin(fileName, size) };
    },
    'media.uploadChunk': async ({ uploadId, offset, base64 }) => ({
      received: uploads.append(uploadId, offset, base64),
    }),
    'media.uploadFinish': async ({ uploadId, keepLocation }): Promise<StoredMedia> => {
      const store = media();
      const { fileName, bytes } = uploads.take(uploadId);
      const prepared = await prepareMedia(fileName, bytes, { keepLocation });
      store.put(prepared);
      return {
        hash: prepared.hash,
        fileName: prepared.fileName,
        mediaType: prepared.mediaType,
        size: prepared.bytes.length,
        width: prepared.width,
        height: prepared.height,
        notes: prepared.notes,
      };
    },
    'media.uploadCancel': async ({ uploadId }) => {
      uploads.cancel(uploadId);
      return null;
    },
    'media.rendition': async ({ hash, size }) => {
      const found = media().rendition(hash, size);
      return found && { mediaType: found.mediaType, base64: found.data.toString('base64') };
    },
    'media.readChunk': async ({ hash, seq }) => {
      const store = media();
      const info = store.info(hash);
      const chunk = info && seq < info.chunks ? store.chunk(hash, seq) : undefined;
      if (!info || !chunk)
        throw new ApiError('not_found', 'That file is not stored in this project.');
      return {
        base64: chunk.toString('base64'),
        size: info.size,
        chunks: info.chunks,
        mediaType: info.mediaType,
      };
    },
  };
  return { handlers, uploads };
}
