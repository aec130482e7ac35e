import { extname, join, normalize, resolve, sep } from 'node:path';

/** The built renderer's files: what both the desktop app's scheme and browser mode serve. */

/**
 * The interface's Noto fonts and their stylesheet (electron/uiFonts.ts), in this folder beside
 * each page that links UI_FONTS_HREF: the renderer's and the room's.
 */
export const UI_FONTS_DIR = 'fonts/';
export const UI_FONTS_HREF = `${UI_FONTS_DIR}ui-fonts.css`;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
  '.map': 'application/json',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file inside `rootDir` that a URL path names ("/" is index.html), or null for a path that
 * does not decode, holds a NUL, or leads outside the folder (`..`, encoded or not).
 */
export function staticFilePath(rootDir: string, pathname: string): string | null {
  let relative: string;
  try {
    relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname.replace(/^\/+/, ''));
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  const root = resolve(rootDir);
  const file = normalize(join(root, relative));
  return file.startsWith(root + sep) ? file : null;
}
