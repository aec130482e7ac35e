// Bundles the one-file HTML viewer's script (renderer/viewer) into dist/viewer/viewer.js, which
// the HTML export inlines. Used by electron/build.mjs and by the unit tests' global setup, so
// an export in a test reads the same script the app ships.
import { build } from 'esbuild';
import { join } from 'node:path';

export const VIEWER_OUTFILE = join('dist', 'viewer', 'viewer.js');

export async function buildViewer(root) {
  await build({
    entryPoints: [join(root, 'renderer', 'viewer', 'main.ts')],
    outfile: join(root, VIEWER_OUTFILE),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
}
