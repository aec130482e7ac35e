// `npm test`: typecheck, lint, unit tests (Vitest), end-to-end tests (Playwright in Chromium).
// Runs every step even when one fails, then prints one summary line CI can read.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
const unitJson = join(results, 'unit-results.json');
const e2eJson = join(results, 'e2e-results.json');
mkdirSync(results, { recursive: true });
rmSync(unitJson, { force: true });
rmSync(e2eJson, { force: true });

const bin = (name) => join(root, 'node_modules', '.bin', name);
const steps = [
  { name: 'typecheck', cmd: bin('tsc'), args: ['--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', cmd: bin('eslint'), args: ['.'] },
  { name: 'format', cmd: bin('prettier'), args: ['--check', '.'] },
  {
    name: 'unit',
    cmd: bin('vitest'),
    args: [
      'run',
      '--config',
      'test/vitest.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${unitJson}`,
    ],
  },
  { name: 'build', cmd: process.execPath, args: ['electron/build.mjs'] },
  {
    name: 'e2e',
    cmd: bin('playwright'),
    args: ['test', '--config', 'test/e2e/playwright.config.ts'],
  },
];

const failedSteps = [];
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  if (step.name === 'e2e' && failedSteps.includes('build')) {
    failedSteps.push(step.name);
    continue;
  }
  const run = spawnSync(step.cmd, step.args, { cwd: root, stdio: 'inherit', env: process.env });
  if (run.status !== 0) failedSteps.push(step.name);
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}
const unit = readJson(unitJson);
const e2e = readJson(e2eJson);
const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0);
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0);
const skipped =
  (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0) + (e2e?.stats?.skipped ?? 0);

console.log('');
if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedSteps.length > 0 || failed > 0 || passed === 0 ? 1 : 0);
