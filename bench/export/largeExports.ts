// Large journeys (issue 9): every format exported once in a fresh process per format, with its
// time and peak memory, beside the same export by the code before the fix (`--baseline`).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/export/formats';
import { writeFixture } from '../fixture';
import { log } from '../harness';
import { bundleForNode } from '../nodeBundle.mjs';
import { round } from '../stats';
import { measureInChild, type ChildExport } from './childExport';

export const LARGE_SIZES = [5000, 10_000, 20_000] as const;
/** The target of issue 9: every format of a 20,000-card journey within 1 GB. */
export const MEMORY_LIMIT_MIB = 1024;
/** The last commit before large exports were drawn in batches: the baseline's code. */
export const BASELINE_COMMIT = '4cd9e90';

/**
 * A V8 heap cap as an export worker would have: V8 collects garbage lazily while far from its
 * limit, so the same export peaks lower, at some cost in time, when the heap is capped.
 */
export const CAPPED_HEAP_MIB = 512;

export interface LargeResult {
  size: number;
  format: ExportFormat;
  /** Node's default heap limit (about 4 GB here). */
  ours: ChildExport;
  /** With --max-old-space-size=CAPPED_HEAP_MIB. */
  capped: ChildExport;
  baseline?: ChildExport;
}

/**
 * The child processes' code: bench/export/childExport.ts of `tree` and what it imports (the
 * project store and exportJourney), bundled alone so that both sides load the same modules.
 */
async function childBundle(tree: string, outfile: string): Promise<string> {
  await bundleForNode(join(tree, 'bench', 'export', 'childExport.ts'), outfile, tree);
  return outfile;
}

export const oursBundle = (root: string) =>
  childBundle(root, join(root, 'bench', 'tmp', 'export-child.mjs'));

/**
 * The baseline's export code as a bundle: the commit's tree, with this bench's child entry
 * (which only loads the project and calls exportJourney) copied in, so both sides are measured
 * the same way.
 */
export async function baselineBundle(root: string, tmp: string, commit: string): Promise<string> {
  const tree = join(tmp, 'baseline-tree');
  mkdirSync(tree);
  const archive = execFileSync('git', ['-C', root, 'archive', commit], { maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', tree], { input: archive });
  symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
  for (const file of ['childExport.ts', 'nodeExports.ts']) {
    copyFileSync(join(root, 'bench', 'export', file), join(tree, 'bench', 'export', file));
  }
  // Inside the tree, whose node_modules link lets the bundle's packages resolve.
  return childBundle(tree, join(tree, 'bench', 'tmp', 'baseline-child.mjs'));
}

export async function measureLarge(
  tmp: string,
  bundles: { ours: string; baseline?: string },
): Promise<LargeResult[]> {
  const results: LargeResult[] = [];
  for (const size of LARGE_SIZES) {
    const project = join(tmp, `large-${size}.wayline`);
    log(`writing a ${size}-card project with the real store`);
    const { journeyId } = writeFixture(project, size);
    for (const format of EXPORT_FORMATS) {
      log(`${size} cards, ${format}: ours`);
      const ours = await measureInChild(bundles.ours, project, journeyId, format);
      log(`  ${describe(ours)}`);
      const capped = await measureInChild(bundles.ours, project, journeyId, format, {
        maxOldSpaceMiB: CAPPED_HEAP_MIB,
      });
      log(`  with a ${CAPPED_HEAP_MIB} MB heap: ${describe(capped)}`);
      const result: LargeResult = { size, format, ours, capped };
      if (bundles.baseline) {
        log(`${size} cards, ${format}: baseline (${BASELINE_COMMIT})`);
        result.baseline = await measureInChild(bundles.baseline, project, journeyId, format);
        log(`  ${describe(result.baseline)}`);
      }
      results.push(result);
    }
  }
  return results;
}

const seconds = (ms: number) => `${round(ms / 1000, ms < 10_000 ? 2 : 1)} s`;

/** "12.3 s, 456 MiB", or what stopped it: "out of memory after 248 s". */
export function describe(run: ChildExport): string {
  if (!run.ok) return `${run.error ?? 'failed'} after ${seconds(run.ms)}`;
  return `${seconds(run.ms)}, ${Math.round(run.maxRssMiB ?? 0)} MiB`;
}

/** A refusal before anything is drawn is an answer, not a failure: the export says why. */
const refused = (run: ChildExport) => !run.ok && /too large for a PNG/.test(run.error ?? '');

export function formatLargeTable(results: readonly LargeResult[]): string {
  const header = [
    'format',
    'cards',
    'ours',
    `ours, ${CAPPED_HEAP_MIB} MB heap`,
    'baseline',
    `within ${MEMORY_LIMIT_MIB} MiB?`,
  ];
  const rows = results.map((r) => [
    r.format,
    r.size.toLocaleString('en-US'),
    refused(r.ours) ? 'refused before drawing: too large for a PNG' : describe(r.ours),
    refused(r.capped) ? 'refused' : describe(r.capped),
    r.baseline ? describe(r.baseline) : '-',
    refused(r.ours)
      ? 'n/a (refused)'
      : r.ours.ok && (r.ours.maxRssMiB ?? Infinity) <= MEMORY_LIMIT_MIB
        ? 'yes'
        : 'no',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
