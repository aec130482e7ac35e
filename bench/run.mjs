// `npm run bench` / `npm run bench:export` (after `node electron/build.mjs --if-stale`): bundles
// bench/main.ts, or bench/export/main.ts with `node bench/run.mjs export`, with the backend code
// it measures into bench/tmp/, then runs it. Packages stay in node_modules.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForNode } from './nodeBundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benches = {
  main: join(root, 'bench', 'main.ts'),
  export: join(root, 'bench', 'export', 'main.ts'),
  routing: join(root, 'bench', 'routing', 'main.ts'),
  media: join(root, 'bench', 'media', 'main.ts'),
  survey: join(root, 'bench', 'survey', 'main.ts'),
};
// Flags such as --screenshots are left for the bench itself.
const name = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? 'main';
const entry = benches[name];
if (!entry) throw new Error(`no bench "${name}"; there are: ${Object.keys(benches).join(', ')}`);
const outfile = join(root, 'bench', 'tmp', `${name}.mjs`);

await bundleForNode(entry, outfile, root);
const { runBench } = await import(pathToFileURL(outfile).href);
await runBench(root);
