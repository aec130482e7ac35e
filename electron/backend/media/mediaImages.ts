import sharp, { type Metadata } from 'sharp';
import { ApiError } from '../../../shared/api/errors';
import { MAX_IMAGE_PIXELS } from '../../../shared/media/mediaTypes';
import { jpegWithoutApp1 } from './jpegMetadata';

/** A picture made by sharp for showing: PNG when it has transparency, JPEG otherwise. */
export interface Rendition {
  mediaType: 'image/png' | 'image/jpeg';
  data: Buffer;
}

export interface PreparedImage {
  bytes: Buffer;
  width: number;
  height: number;
  thumb: Rendition;
  preview: Rendition;
  /** Set when location data (Exif, XMP) was removed. */
  strippedLocation: boolean;
}

/** The card's cover and the lightbox's picture: long sides in pixels. */
export const THUMB_SIZE = 480;
export const PREVIEW_SIZE = 2048;

const refuse = (message: string) => new ApiError('invalid_args', message);

/** sharp with the pixel limit on every decode: a bomb that passed the header check still stops. */
const open = (bytes: Buffer) =>
  sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error', density: 72 });

/**
 * The image's size as its header states it, read before any pixel is decoded, refused above
 * the pixel limit (a 50,000 x 50,000 PNG is a few kilobytes that would decode to 10 GB).
 */
export async function imageSize(
  bytes: Buffer,
  fileName: string,
): Promise<{ width: number; height: number; metadata: Metadata }> {
  let metadata: Metadata;
  try {
    // Without a pixel limit here: metadata reads only the header, and the size is judged below.
    metadata = await sharp(bytes, { limitInputPixels: false, density: 72 }).metadata();
  } catch {
    throw refuse(
      `“${fileName}” could not be read as an image (it may be damaged). Nothing was added.`,
    );
  }
  const width = metadata.width ?? 0;
  const height = metadata.pageHeight ?? metadata.height ?? 0;
  if (width < 1 || height < 1) {
    throw refuse(
      `“${fileName}” has no picture size in it, so it is not a usable image. Nothing was added.`,
    );
  }
  if (width * height > MAX_IMAGE_PIXELS) {
    const megapixels = Math.round((width * height) / 1e6).toLocaleString('en');
    throw refuse(
      `“${fileName}” says it is ${width.toLocaleString('en')} x ${height.toLocaleString('en')} pixels (${megapixels} megapixels); Wayline takes images up to ${MAX_IMAGE_PIXELS / 1e6} megapixels, so it was not opened. Nothing was added.`,
    );
  }
  return { width, height, metadata };
}

async function rendition(bytes: Buffer, size: number, alpha: boolean): Promise<Rendition> {
  // rotate() turns the picture upright by its Exif orientation; output carries no metadata.
  const resized = open(bytes)
    .rotate()
    .resize(size, size, { fit: 'inside', withoutEnlargement: true });
  return alpha
    ? { mediaType: 'image/png', data: await resized.png({ compressionLevel: 9 }).toBuffer() }
    : {
        mediaType: 'image/jpeg',
        data: await resized.flatten({ background: '#ffffff' }).jpeg({ quality: 82 }).toBuffer(),
      };
}

/**
 * The bytes kept for a photo: without its Exif and XMP (positions, camera serials) unless the
 * user keeps them. A JPEG loses only those segments, losslessly, when it is upright anyway; a
 * turned JPEG, PNG or WebP is re-encoded upright by sharp, which writes no metadata.
 */
async function withoutLocation(
  bytes: Buffer,
  metadata: Metadata,
): Promise<{ bytes: Buffer; stripped: boolean }> {
  if (!metadata.exif && !metadata.xmp) return { bytes, stripped: false };
  if (metadata.format === 'jpeg' && (metadata.orientation ?? 1) === 1) {
    const lossless = jpegWithoutApp1(bytes);
    if (lossless) return { bytes: lossless, stripped: true };
  }
  const image = open(bytes).rotate();
  const format = metadata.format;
  const out =
    format === 'png'
      ? await image.png().toBuffer()
      : format === 'webp'
        ? await image.webp({ quality: 92 }).toBuffer()
        : format === 'gif'
          ? await image.gif().toBuffer()
          : await image.jpeg({ quality: 92 }).toBuffer();
  return { bytes: out, stripped: true };
}

/** Checks, cleans and renders an image attachment; throws a message for the user if it is not one. */
export async function prepareImage(
  bytes: Buffer,
  fileName: string,
  { keepLocation = false } = {},
): Promise<PreparedImage> {
  const { width, height, metadata } = await imageSize(bytes, fileName);
  try {
    const cleaned = keepLocation
      ? { bytes, stripped: false }
      : await withoutLocation(bytes, metadata);
    const alpha = metadata.hasAlpha === true;
    const [thumb, preview] = [
      await rendition(cleaned.bytes, THUMB_SIZE, alpha),
      await rendition(cleaned.bytes, PREVIEW_SIZE, alpha),
    ];
    const turned = (metadata.orientation ?? 1) >= 5 && cleaned.stripped;
    return {
      bytes: cleaned.bytes,
      width: turned ? height : width,
      height: turned ? width : height,
      thumb,
      preview,
      strippedLocation: cleaned.stripped,
    };
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw refuse(
      `“${fileName}” could not be read as an image (it may be damaged). Nothing was added.`,
    );
  }
}

/**
 * An SVG drawing as a PNG picture (librsvg through sharp: no script runs, nothing outside the
 * file is fetched, and the caller has refused SVGs with either). Never kept or shown as SVG.
 */
export async function rasteriseSvg(bytes: Buffer, fileName: string): Promise<Buffer> {
  await imageSize(bytes, fileName);
  try {
    return await open(bytes).png().toBuffer();
  } catch {
    throw refuse(`“${fileName}” could not be drawn as a picture. Nothing was added.`);
  }
}
