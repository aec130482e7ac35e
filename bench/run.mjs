// `npm run bench` (after `node electron/build.mjs --if-stale`): bundles bench/main.ts with the
// backend code it measures into bench/tmp/, then runs it. Packages stay in node_modules.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'bench', 'tmp', 'bench.mjs');

await build({
  entryPoints: [join(root, 'bench', 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});
const { runBench } = await import(pathToFileURL(outfile).href);
await runBench(root);
