import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..', '..');
let built: Promise<string> | undefined;

/**
 * The export worker built from its TypeScript source, for tests that run from source: a worker
 * thread cannot load .ts files, so this bundles it once per test process (about a second).
 * It is written under test-results/, inside the repository, so its packages (pdfkit, resvg)
 * load from node_modules exactly as the bundled app's do; it is removed when the process ends.
 */
export function exportWorkerFromSource(): Promise<string> {
  built ??= (async () => {
    const dir = join(root, 'test-results', 'export-worker');
    mkdirSync(dir, { recursive: true });
    const outfile = join(dir, `exportWorker-${process.pid}.cjs`);
    await build({
      entryPoints: [join(root, 'electron', 'backend', 'export', 'exportWorker.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node22',
      // Every package stays a require() from node_modules, as in dist/ for the native ones.
      packages: 'external',
      logLevel: 'warning',
    });
    process.once('exit', () => rmSync(outfile, { force: true }));
    return outfile;
  })();
  return built;
}
