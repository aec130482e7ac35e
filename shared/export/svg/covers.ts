/**
 * A card's files on the exported map, as on the canvas: the cover picture (its first image's
 * thumbnail, given as a data: URL) across the card's top, with a count when there are more, or
 * a line counting its files. The card itself is drawn in the box below.
 */
import type { CardBox } from '../../layout/layoutJourney';
import { DEFAULT_LAYOUT_THEME } from '../../layout/theme';
import { cardMediaHeight, fileCountText } from '../../media/cardMedia';
import { INK } from './palette';
import { el, text } from './xml';

/** Only thumbnails Wayline made (PNG or JPEG): never an SVG or any other picture. */
const SAFE_IMAGE = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/;

export function cardCover(
  box: CardBox,
  covers: Readonly<Record<string, string>> | undefined,
): { markup: string; body: CardBox } {
  const media = box.media;
  if (!media) return { markup: '', body: box };
  const h = cardMediaHeight(media, DEFAULT_LAYOUT_THEME);
  const body = { ...box, y: box.y + h, height: box.height - h };
  const count = text(fileCountText(media.count), {
    x: box.x + box.width - 8,
    y: box.y + h - 10,
    'font-size': 11,
    'font-weight': 600,
    'text-anchor': 'end',
    fill: media.cover ? '#ffffff' : INK.soft,
    class: 'card-file-count',
  });
  if (!media.cover) {
    return { markup: el('g', { class: 'card-files' }, count), body };
  }
  const url = covers?.[media.cover.blobHash];
  const frame = { x: box.x, y: box.y, width: box.width, height: h - 4 };
  const clip = `cover-${box.id}`;
  const picture =
    url && SAFE_IMAGE.test(url)
      ? el('clipPath', { id: clip }, el('rect', { ...frame, rx: 8 })) +
        el('image', {
          ...frame,
          href: url,
          preserveAspectRatio: 'xMidYMid slice',
          'clip-path': `url(#${clip})`,
        })
      : el('rect', { ...frame, rx: 8, fill: '#e8ecf5' }) +
        text(media.cover.fileName, {
          x: box.x + 10,
          y: box.y + 20,
          'font-size': 11,
          fill: INK.soft,
        });
  const badge =
    media.count > 1
      ? el('rect', {
          x: box.x + box.width - 60,
          y: box.y + h - 24,
          width: 56,
          height: 18,
          rx: 9,
          fill: 'rgba(15,20,30,0.78)',
        }) + count
      : '';
  return { markup: el('g', { class: 'card-cover' }, picture + badge), body };
}
