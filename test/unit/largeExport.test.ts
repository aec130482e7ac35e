// Large exports stay within a memory bound (issue 9): a 3,000-card PDF in a real child process
// whose V8 heap is capped at 200 MB. The code before batching ran out of memory there after
// 9 s (it held the whole map as svg-to-pdfkit's DOM and as half a million small buffers).
// The 10,000 and 20,000-card runs are in `npm run bench:export`, not here.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureInChild } from '../../bench/export/childExport';
import { writeFixture } from '../../bench/fixture';
import { bundleForNode } from '../../bench/nodeBundle.mjs';

const root = join(__dirname, '..', '..');
// Inside the repository, so the bundle's packages resolve from its node_modules.
const scratch = join(root, '.tmp');
let dir = '';
let bundle = '';

beforeAll(async () => {
  mkdirSync(scratch, { recursive: true });
  dir = mkdtempSync(join(scratch, 'large-export-'));
  bundle = join(dir, 'child.mjs');
  await bundleForNode(join(root, 'bench', 'export', 'childExport.ts'), bundle, root);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a large journey', () => {
  it('exports to PDF within a 200 MB heap, with progress, and keeps its text', async () => {
    const project = join(dir, 'map.wayline');
    const { journeyId } = writeFixture(project, 3000);
    const out = join(dir, 'map.pdf');
    const run = await measureInChild(bundle, project, journeyId, 'pdf', {
      maxOldSpaceMiB: 200,
      timeoutMs: 80_000,
      out,
    });
    expect(run.error).toBeUndefined();
    expect(run.ok).toBe(true);
    // Whole process, Node and the loaded project included.
    expect(run.maxRssMiB).toBeLessThan(1024);
    // Progress came batch by batch and ended at the total.
    expect(run.progressCalls).toBeGreaterThanOrEqual(10);
    expect(run.lastProgress).toMatchObject({ stage: 'Drawing the insights page' });
    expect(run.lastProgress?.done).toBe(run.lastProgress?.total);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    // The first and the last card of the map (75 cards in each of the 40 cells).
    expect(text).toContain('card 1');
    expect(text).toContain('card 75');
    expect(text).toContain('Made with Wayline');
  }, 90_000);

  it('refuses a PNG before drawing when the pixel limit would leave it unreadable', async () => {
    const project = join(dir, 'tall.wayline');
    const { journeyId } = writeFixture(project, 6000);
    const run = await measureInChild(bundle, project, journeyId, 'png', { timeoutMs: 60_000 });
    expect(run.ok).toBe(false);
    expect(run.error).toMatch(/too large for a PNG.*Export it as a PDF/);
    // Said at once, from the map's size: nothing was rasterised.
    expect(run.ms).toBeLessThan(2000);
    expect(run.progressCalls).toBe(0);
  });
});
