// Bundles the browser scripts the backend hands out: the one-file HTML viewer's script
// (renderer/viewer into dist/viewer/viewer.js, which the HTML export inlines) and the room's
// participant page script and styles (renderer/room into dist/room/room.js and room.css, which
// the room server serves). Used by electron/build.mjs and by the unit tests' global setup, so
// a test reads the same scripts the app ships.
import { build } from 'esbuild';
import { join } from 'node:path';

export const VIEWER_OUTFILE = join('dist', 'viewer', 'viewer.js');
export const ROOM_OUTFILE = join('dist', 'room', 'room.js');

function bundleBrowserScript(root, entry, outfile) {
  return build({
    entryPoints: [join(root, entry)],
    outfile: join(root, outfile),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
}

export async function buildViewer(root) {
  await bundleBrowserScript(root, join('renderer', 'viewer', 'main.ts'), VIEWER_OUTFILE);
}

/** The participant page's script; its CSS import becomes dist/room/room.css beside it. */
export async function buildRoom(root) {
  await bundleBrowserScript(root, join('renderer', 'room', 'main.ts'), ROOM_OUTFILE);
}
