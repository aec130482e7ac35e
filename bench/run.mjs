// `npm run bench` / `npm run bench:export` (after `node electron/build.mjs --if-stale`): bundles
// bench/main.ts, or bench/export/main.ts with `node bench/run.mjs export`, with the backend code
// it measures into bench/tmp/, then runs it. Packages stay in node_modules.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benches = {
  main: join(root, 'bench', 'main.ts'),
  export: join(root, 'bench', 'export', 'main.ts'),
};
// Flags such as --screenshots are left for the bench itself.
const name = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? 'main';
const entry = benches[name];
if (!entry) throw new Error(`no bench "${name}"; there are: ${Object.keys(benches).join(', ')}`);
const outfile = join(root, 'bench', 'tmp', `${name}.mjs`);

await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
  // The export code finds its font packages from __filename, as in the CommonJS build it ships in.
  banner: {
    js: "import { fileURLToPath as __benchPath } from 'node:url'; const __filename = __benchPath(import.meta.url);",
  },
});
const { runBench } = await import(pathToFileURL(outfile).href);
await runBench(root);
