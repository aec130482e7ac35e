#!/usr/bin/env node
// `npx wayline`: runs the bundled command line, building it first when the sources changed.
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
const built = spawnSync(process.execPath, [join(root, 'electron', 'build.mjs'), '--if-stale'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (built.status !== 0) {
  console.error('wayline: could not build the command line (run "npm run build" to see why)');
  process.exit(1);
}
require(join(root, 'dist', 'cli', 'wayline.cjs'));
