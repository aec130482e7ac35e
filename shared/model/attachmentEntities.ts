import { z } from 'zod';
import { cardOfJourney, id, ofJourney, orderKey } from './baseFields';
import { entity, field } from './entityKit';
import { MAX_MEDIA_FILE_BYTES, MEDIA_TYPE_IDS } from '../media/mediaTypes';

/** A SHA-256 digest in lower-case hex: the name a stored file's bytes are kept under. */
export const blobHashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 digest in hex');

/** A file name as shown: no path, no control characters, not too long. */
export const attachmentNameSchema = z
  .string()
  .min(1)
  .max(255)
  // eslint-disable-next-line no-control-regex
  .regex(/^[^/\\\u0000-\u001f\u007f]+$/, 'a file name without a folder or control characters');

const dimension = field(z.number().int().min(1).max(1_000_000).nullable(), { default: null });

/**
 * A file attached to a card (a touchpoint or a note): photo, screenshot, PDF, recording, clip.
 * The row says which stored bytes it shows (`blobHash`, in the file's mediaBlobs table, read
 * only when shown) and under which name; the card's files are in `orderKey` order, the first
 * image being its cover. Deleting the card takes its attachments (undo brings them back).
 */
export const ATTACHMENT = entity('attachments', 'attachment', {
  id,
  journeyId: ofJourney,
  cardId: cardOfJourney('An attachment belongs to a card of its own journey'),
  orderKey,
  blobHash: field(blobHashSchema),
  fileName: field(attachmentNameSchema),
  mediaType: field(z.enum(MEDIA_TYPE_IDS)),
  size: field(z.number().int().min(1).max(MAX_MEDIA_FILE_BYTES)),
  /** Pixels, for images; null for other files. */
  width: dimension,
  height: dimension,
});
