import type { Attachment } from '../model/types';
import { coverOf } from './attachments';

/**
 * What a card shows of its files, on every surface: its cover (the first image) as a picture
 * across the card's top, or, with no image, a strip counting its files.
 */
export interface CardMedia {
  count: number;
  cover: Pick<Attachment, 'blobHash' | 'fileName' | 'width' | 'height'> | null;
}

export function cardMediaOf(files: readonly Attachment[] | undefined): CardMedia | undefined {
  if (!files || files.length === 0) return undefined;
  const cover = coverOf(files);
  return {
    count: files.length,
    cover: cover
      ? {
          blobHash: cover.blobHash,
          fileName: cover.fileName,
          width: cover.width,
          height: cover.height,
        }
      : null,
  };
}

/** The strip's height: the theme's cover height with a picture, one card line without. */
export function cardMediaHeight(
  media: CardMedia | undefined,
  theme: { coverHeight?: number; cardLineHeight: number },
): number {
  if (!media) return 0;
  return media.cover ? (theme.coverHeight ?? 0) : theme.cardLineHeight;
}

/** "3 files", "1 file": the count badge's words. */
export const fileCountText = (count: number) => `${count} ${count === 1 ? 'file' : 'files'}`;
