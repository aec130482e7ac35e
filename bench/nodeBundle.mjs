// How the benches (and the tests that run bench code in a child process) bundle TypeScript for
// Node: one ES module, packages left in node_modules, so the bundle must sit inside a folder
// whose node_modules resolves them.
import { build } from 'esbuild';

/** Bundles `entry` and what it imports into `outfile`; `workingDir` resolves the entry's imports. */
export function bundleForNode(entry, outfile, workingDir = process.cwd()) {
  return build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
    absWorkingDir: workingDir,
    // The export code finds its font packages from __filename, as in the CommonJS build it ships in.
    banner: {
      js: "import { fileURLToPath as __benchPath } from 'node:url'; const __filename = __benchPath(import.meta.url);",
    },
  });
}
