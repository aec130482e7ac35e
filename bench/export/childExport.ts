// One export in a fresh Node process, so its peak memory (the process's maximum resident set
// size) is that export's alone: a run in the bench's own process would also count every earlier
// export's garbage, and an out-of-memory crash would end the bench.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { exportJourney } from '../../electron/backend/export/exportJourney';
import type { ExportFormat } from '../../shared/export/formats';
import { pngHeader } from '../../shared/export/pngHeader';
import { BENCH_OPTIONS, loadDoc } from './nodeExports';

export interface ChildExport {
  format: ExportFormat;
  ok: boolean;
  /** Time of exportJourney alone; on failure, from spawn to the crash. */
  ms: number;
  /** Peak resident memory of the whole process (Node, the loaded project and the export). */
  maxRssMiB: number | null;
  bytes: number;
  pixels?: { width: number; height: number };
  notes: string[];
  /** How often the export reported progress, and what it said last. */
  progressCalls: number;
  lastProgress?: { done: number; total: number; stage: string };
  error?: string;
}

const RESULT = 'WAYLINE_CHILD_RESULT ';

/** Runs in the child: loads the project, exports once, prints the figures as one JSON line. */
export async function exportInChild(
  project: string,
  journeyId: string,
  format: ExportFormat,
  /** Where to save the file, to look at it; not saved when not given. */
  out?: string,
): Promise<void> {
  const doc = loadDoc(project);
  let progressCalls = 0;
  const start = performance.now();
  const result: ChildExport = {
    format,
    ok: true,
    ms: 0,
    maxRssMiB: null,
    bytes: 0,
    notes: [],
    progressCalls,
  };
  try {
    const file = await exportJourney(doc, journeyId, format, BENCH_OPTIONS[format], {
      onProgress: (done, total, stage) => {
        progressCalls++;
        result.lastProgress = { done, total, stage };
      },
    });
    if (out) writeFileSync(out, file.bytes);
    result.bytes = file.bytes.length;
    result.notes = file.notes;
    if (format === 'png') result.pixels = pngHeader(file.bytes);
  } catch (err) {
    // An export that refuses (a PNG too large to read) says so: that message is the result.
    result.ok = false;
    result.error = err instanceof Error ? err.message : String(err);
  }
  result.ms = performance.now() - start;
  result.maxRssMiB = process.resourceUsage().maxRSS / 1024;
  result.progressCalls = progressCalls;
  process.stdout.write(`${RESULT}${JSON.stringify(result)}\n`);
}

/**
 * Exports in a child Node process that imports the bench bundle `bundle`. A crash (V8 out of
 * memory, a native abort) or the time limit gives a failed result with the time it took.
 */
export function measureInChild(
  bundle: string,
  project: string,
  journeyId: string,
  format: ExportFormat,
  {
    timeoutMs = 10 * 60_000,
    maxOldSpaceMiB,
    out,
  }: { timeoutMs?: number; maxOldSpaceMiB?: number; out?: string } = {},
): Promise<ChildExport> {
  const script =
    `const m = await import(${JSON.stringify(pathToFileURL(bundle).href)});` +
    `await m.exportInChild(${[project, journeyId, format, out].map((a) => JSON.stringify(a) ?? 'undefined').join(',')});`;
  const flags = maxOldSpaceMiB ? [`--max-old-space-size=${maxOldSpaceMiB}`] : [];
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...flags, '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = out.split('\n').find((l) => l.startsWith(RESULT));
      if (line) return resolve(JSON.parse(line.slice(RESULT.length)) as ChildExport);
      const ms = performance.now() - start;
      const oom = /heap out of memory|Allocation failed|Reached heap limit/i.test(err);
      const error = oom
        ? 'out of memory'
        : signal === 'SIGKILL' && ms >= timeoutMs
          ? `no result within ${timeoutMs / 1000} s`
          : `exit ${code ?? signal}: ${err.trim().split('\n').slice(-3).join(' ')}`;
      resolve({
        format,
        ok: false,
        ms,
        maxRssMiB: null,
        bytes: 0,
        notes: [],
        progressCalls: 0,
        error,
      });
    });
  });
}
