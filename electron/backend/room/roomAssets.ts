/**
 * The participant page: a small HTML shell, its script and its styles (renderer/room, bundled
 * into dist/room/ by electron/buildViewer.mjs), read once when a room starts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UI_FONTS_HREF } from '../../staticFiles';
import { distFile } from '../distFiles';

/** Scripts and styles from this room only; the page talks to nobody else. */
export const ROOM_PAGE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  // The Noto fonts of the scripts Inter lacks, from this server too (electron/uiFonts.ts).
  "font-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface RoomAssets {
  page: string;
  script: Buffer;
  css: Buffer;
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Wayline room</title>
<link rel="stylesheet" href="${UI_FONTS_HREF}">
<link rel="stylesheet" href="room.css">
</head>
<body>
<main id="app"><p class="loading">Joining the room…</p></main>
<script src="room.js"></script>
</body>
</html>
`;

export function loadRoomAssets(): RoomAssets {
  const script = distFile(join('room', 'room.js'), 'The room page’s script');
  return {
    page: PAGE,
    script: readFileSync(script),
    css: readFileSync(script.replace(/\.js$/, '.css')),
  };
}
