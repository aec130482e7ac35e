import { memo } from 'react';
import './media.css';
import { type CardMedia, fileCountText } from '../../../../shared/media/cardMedia';
import { useDocumentStore } from '../documentContext';
import { useLightbox } from './lightboxStore';
import { useRendition } from './useRendition';

/**
 * A card's files at its top: the cover picture (the first image's thumbnail, made by sharp)
 * with a count when there are more, or a strip counting files that are not pictures. A click
 * opens them in the lightbox.
 */
export const CardCover = memo(function CardCover({
  cardId,
  media,
  height,
  className = 'card-cover',
}: {
  cardId: string;
  media: CardMedia;
  height: number;
  className?: string;
}) {
  const api = useDocumentStore().getState().api;
  const url = useRendition(api, media.cover?.blobHash ?? null, 'thumb');
  const open = () => useLightbox.getState().show(cardId);
  const label = `${fileCountText(media.count)} attached: open in the lightbox`;
  return (
    <button
      type="button"
      className={`${className}${media.cover ? '' : ' card-files-strip'} nodrag`}
      style={{ height }}
      onClick={(e) => {
        e.stopPropagation();
        open();
      }}
      aria-label={label}
      title={label}
      data-testid="card-cover"
      tabIndex={-1}
    >
      {media.cover && url && <img src={url} alt={media.cover.fileName} draggable={false} />}
      {(!media.cover || media.count > 1) && (
        <span className="card-file-count">{fileCountText(media.count)}</span>
      )}
    </button>
  );
});
