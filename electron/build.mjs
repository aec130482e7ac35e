// Builds the renderer (Vite) and the Node-side bundles (esbuild) into dist/.
// --if-stale skips the build when dist/ is newer than every source file.
import { build as esbuild } from 'esbuild';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';
import { buildRoom, buildViewer } from './buildViewer.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'dist', '.build-stamp');
const sources = ['shared', 'electron', 'renderer', 'assets', 'package.json', 'package-lock.json'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function isStale() {
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  return sources.some((s) => newestMtime(join(root, s)) > built);
}

if (process.argv.includes('--if-stale') && !isStale()) process.exit(0);

await viteBuild({ configFile: join(root, 'renderer', 'vite.config.ts'), logLevel: 'warn' });

const node = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
  // Native and Electron modules load at run time from node_modules / the Electron binary, and
  // so do pdfkit, which reads its font metrics from its own package folder, and libavoid-js,
  // which finds its .wasm next to its own module.
  external: [
    'electron',
    'better-sqlite3',
    '@resvg/resvg-js',
    'pdfkit',
    'svg-to-pdfkit',
    'libavoid-js',
    // sharp loads its native addon and libvips from its @img platform package at run time.
    'sharp',
  ],
};
/** Each Node-side bundle: its entry point, and where it goes. */
const bundles = {
  'electron/main.ts': 'dist/electron/main.cjs',
  // Sandboxed preloads must be a single CommonJS file with no imports but electron.
  'electron/preload.ts': 'dist/electron/preload.cjs',
  // The backend's own process: a utility process of the desktop app, a child of serve.cjs.
  'electron/backend/process/backendMain.ts': 'dist/electron/backend.cjs',
  'electron/serve.ts': 'dist/electron/serve.cjs',
  'electron/cli.ts': 'dist/cli/wayline.cjs',
  // Exports run in worker threads started by path from the backend and the CLI bundles, which
  // both sit one folder under dist/ (runExportWorker.ts: defaultExportWorkerPath).
  'electron/backend/export/exportWorker.ts': 'dist/workers/exportWorker.cjs',
};
await Promise.all(
  Object.entries(bundles).map(([entry, outfile]) =>
    esbuild({ ...node, entryPoints: [join(root, entry)], outfile: join(root, outfile) }),
  ),
);
await Promise.all([buildViewer(root), buildRoom(root)]);
writeFileSync(stamp, new Date().toISOString());
console.log('Built dist/renderer and dist/electron.');
