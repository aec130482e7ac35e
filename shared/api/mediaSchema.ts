import { z } from 'zod';
import { blobHashSchema } from '../model/attachmentEntities';
import { MEDIA_CHUNK_BYTES, type MediaType } from '../media/mediaTypes';

const uploadIdSchema = z.string().uuid();

/** The media methods' arguments (shared/api/schema.ts spreads them into the API's). */
export const MEDIA_API_SCHEMAS = {
  /** Announces a file by name and size; refused from those alone when it cannot be taken. */
  'media.uploadBegin': z
    .object({ fileName: z.string().min(1).max(1000), size: z.number().int().min(0) })
    .strict(),
  /** The next chunk of the file, base64, at most MEDIA_CHUNK_BYTES decoded. */
  'media.uploadChunk': z
    .object({
      uploadId: uploadIdSchema,
      offset: z.number().int().min(0),
      base64: z
        .string()
        .max(Math.ceil(MEDIA_CHUNK_BYTES / 3) * 4)
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
    })
    .strict(),
  /** Checks and stores the file; location data is removed unless `keepLocation`. */
  'media.uploadFinish': z
    .object({ uploadId: uploadIdSchema, keepLocation: z.boolean().optional() })
    .strict(),
  'media.uploadCancel': z.object({ uploadId: uploadIdSchema }).strict(),
  /** An image's thumbnail (the card's cover) or preview (the lightbox), made by sharp. */
  'media.rendition': z
    .object({ hash: blobHashSchema, size: z.enum(['thumb', 'preview']) })
    .strict(),
  /** One chunk of a stored file's bytes (audio and video in the lightbox, "Save a copy"). */
  'media.readChunk': z.object({ hash: blobHashSchema, seq: z.number().int().min(0) }).strict(),
};

/** A file checked and stored, ready to be attached with an insertRows op. */
export interface StoredMedia {
  hash: string;
  fileName: string;
  mediaType: MediaType;
  size: number;
  width: number | null;
  height: number | null;
  /** What the user should know: location removed, SVG made a picture. */
  notes: string[];
}

export interface MediaApiResults {
  'media.uploadBegin': { uploadId: string };
  'media.uploadChunk': { received: number };
  'media.uploadFinish': StoredMedia;
  'media.uploadCancel': null;
  'media.rendition': { mediaType: 'image/png' | 'image/jpeg'; base64: string } | null;
  'media.readChunk': { base64: string; size: number; chunks: number; mediaType: string };
}
