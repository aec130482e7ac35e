import type { ExportFormat } from '../../../shared/export/formats';
import { attachmentsByCard, coverOf } from '../../../shared/media/attachments';
import type { ProjectDoc } from '../../../shared/model/types';
import type { MediaStore } from './mediaStore';

/** What an export worker is given of the stored files (it has no connection to the project). */
export interface ExportMedia {
  /** Each cover's thumbnail (made by sharp, PNG or JPEG) as a data: URL, by blob hash. */
  covers: Record<string, string>;
}

/** The formats that draw the map, and so its cards' covers. */
const DRAWN: readonly ExportFormat[] = ['svg', 'png', 'pdf', 'html', 'pptx'];

/** The cover thumbnails of one journey's cards, read for an export that draws them. */
export function exportMediaFor(
  media: MediaStore | null,
  doc: ProjectDoc,
  journeyId: string,
  format: ExportFormat,
): ExportMedia | undefined {
  if (!media || !DRAWN.includes(format)) return undefined;
  const covers: Record<string, string> = {};
  for (const files of attachmentsByCard(doc).values()) {
    const cover = coverOf(files);
    if (!cover || cover.journeyId !== journeyId || covers[cover.blobHash]) continue;
    const thumb = media.rendition(cover.blobHash, 'thumb');
    if (thumb) covers[cover.blobHash] = `data:${thumb.mediaType};base64,${thumb.data.toString('base64')}`;
  }
  return { covers };
}
