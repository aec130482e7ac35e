import type { ExportFormat } from '../../../shared/export/formats';
import { attachmentsByCard, coverOf } from '../../../shared/media/attachments';
import { mediaKindOf } from '../../../shared/media/mediaTypes';
import type { ProjectDoc } from '../../../shared/model/types';
import type { MediaStore } from './mediaStore';

/** What an export worker is given of the stored files (it has no connection to the project). */
export interface ExportMedia {
  /**
   * Each cover's thumbnail (made by sharp, PNG or JPEG) as a data: URL, by blob hash; for the
   * HTML viewer, every picture's.
   */
  covers: Record<string, string>;
  /** For a bundle: every attached file's bytes in the exported scope, by hash. */
  files?: Record<string, Uint8Array>;
}

/** The formats that draw the map, and so its cards' covers. */
const DRAWN: readonly ExportFormat[] = ['svg', 'png', 'pdf', 'html', 'pptx'];

/** The cover thumbnails of one journey's cards, read for an export that draws them. */
export function exportMediaFor(
  media: MediaStore | null,
  doc: ProjectDoc,
  journeyId: string,
  format: ExportFormat,
  options?: object,
): ExportMedia | undefined {
  if (media && format === 'bundle') {
    const files: Record<string, Uint8Array> = {};
    const journeyOnly = options !== undefined && 'scope' in options && options.scope === 'journey';
    for (const a of Object.values(doc.attachments)) {
      if (journeyOnly && a.journeyId !== journeyId) continue;
      // Checked against its hash as it is read: a damaged file stops the export with a message.
      files[a.blobHash] ??= media.bytes(a.blobHash);
    }
    return { covers: {}, files };
  }
  if (!media || !DRAWN.includes(format)) return undefined;
  const covers: Record<string, string> = {};
  for (const files of attachmentsByCard(doc).values()) {
    // The HTML viewer shows every picture of a card in its details; the others draw covers.
    const cover = coverOf(files);
    const shown = format === 'html' ? files : cover ? [cover] : [];
    for (const file of shown) {
      if (file.journeyId !== journeyId || covers[file.blobHash]) continue;
      if (mediaKindOf(file.mediaType) !== 'image') continue;
      const thumb = media.rendition(file.blobHash, 'thumb');
      if (thumb)
        covers[file.blobHash] = `data:${thumb.mediaType};base64,${thumb.data.toString('base64')}`;
    }
  }
  return { covers };
}
