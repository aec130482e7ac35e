import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeFixture } from '../../../bench/fixture';
import { starterIds, tempDir } from '../../../test/unit/fixtures';
import type { ApiMethod } from '../../../shared/api/methods';
import type { ApiResult, ExportJobStatus } from '../../../shared/api/schema';
import {
  defaultOptionsOfEveryFormat,
  exportChoice,
  type ExportFormat,
} from '../../../shared/export/formats';
import { dispatchApiCall } from '../dispatch';
import { createBackend, type Backend } from '../handlers';
import type { ExportJobsOptions } from './exportJobs';
import { exportJourney } from './exportJourney';
import {
  DEFAULT_EXPORT_LIMITS,
  exportLimitsFromEnv,
  MIN_EXPORT_MEMORY_MB,
  type ExportLimits,
} from './exportLimits';
import { startExportWorker } from './runExportWorker';
import { exportWorkerFromSource } from './testing/exportWorkerFromSource';

const BIG_CARDS = 2000;
let dir: { dir: string; cleanup: () => void };
let workerPath: string;
let bigProject: string;
let bigJourneyId: string;
const backends: Backend[] = [];

beforeAll(async () => {
  dir = tempDir();
  workerPath = await exportWorkerFromSource();
  bigProject = join(dir.dir, 'big.wayline');
  bigJourneyId = writeFixture(bigProject, BIG_CARDS).journeyId;
}, 60_000);
afterEach(() => {
  for (const b of backends.splice(0)) b.close();
});
afterAll(() => dir.cleanup());

let copies = 0;
function makeBackend(exports: ExportJobsOptions = {}, project: 'starter' | 'big' = 'starter') {
  const backend = createBackend({
    mode: 'browser',
    settingsDir: join(dir.dir, 'settings'),
    defaultDirectory: dir.dir,
    exports: { workerPath, limits: DEFAULT_EXPORT_LIMITS, ...exports },
  });
  backends.push(backend);
  const path = join(dir.dir, `p${++copies}.wayline`);
  if (project === 'big') {
    copyFileSync(bigProject, path);
    backend.openProject(path);
  } else backend.createProject(path, 'Jobs');
  const doc = backend.store!.doc;
  const journeyId = project === 'big' ? bigJourneyId : starterIds(doc).journeyId;
  return { backend, journeyId };
}

async function call<M extends ApiMethod>(backend: Backend, method: M, args: unknown) {
  const res = await dispatchApiCall(backend.handlers, method, args);
  if (!res.ok) throw new Error(`${method} failed: ${res.error.code}: ${res.error.message}`);
  return res.value as ApiResult<M>;
}

const start = async (backend: Backend, journeyId: string, format: ExportFormat) =>
  (await call(backend, 'export.start', { journeyId, format })).jobId;

async function settled(backend: Backend, jobId: string): Promise<ExportJobStatus> {
  for (;;) {
    const status = await call(backend, 'export.status', { jobId });
    if (status.state !== 'running') return status;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** One title edit through the API, as the editor sends it; how long the backend took. */
async function timedEdit(backend: Backend, journeyId: string, name: string): Promise<number> {
  const { revision } = await call(backend, 'project.load', {});
  const begun = performance.now();
  await call(backend, 'project.applyOps', {
    baseRevision: revision,
    ops: [{ type: 'updateJourney', id: journeyId, patch: { name } }],
  });
  return performance.now() - begun;
}

async function journeyName(backend: Backend, journeyId: string): Promise<string> {
  return (await call(backend, 'project.load', {})).doc.journeys[journeyId]!.name;
}

/**
 * A job on the big project under these limits, which must fail: its error, and how long it ran
 * from the start call until it had stopped.
 */
async function failedJob(limits: ExportLimits, format: ExportFormat) {
  const { backend, journeyId } = makeBackend({ limits }, 'big');
  const begun = Date.now();
  const status = await settled(backend, await start(backend, journeyId, format));
  const ms = Date.now() - begun;
  expect(status.state).toBe('failed');
  return { backend, journeyId, ms, error: status.state === 'failed' ? status.error : undefined };
}

/** An edit made after a job ended or stopped is saved. */
async function expectEditsGoOn(backend: Backend, journeyId: string, name: string): Promise<void> {
  await timedEdit(backend, journeyId, name);
  expect(await journeyName(backend, journeyId)).toBe(name);
}

describe('export jobs', () => {
  it.each(['svg', 'png', 'csv'] as const)(
    'a %s job gives the same bytes as exportJourney called directly',
    async (format) => {
      const { backend, journeyId } = makeBackend();
      const status = await settled(backend, await start(backend, journeyId, format));
      expect(status.state).toBe('done');
      if (status.state !== 'done') return;
      const direct = await exportJourney(backend.store!.doc, journeyId, format, {});
      expect(status.file.fileName).toBe(direct.fileName);
      expect(status.file.mimeType).toBe(direct.mimeType);
      expect(Buffer.from(status.file.base64, 'base64').equals(Buffer.from(direct.bytes))).toBe(
        true,
      );
    },
    60_000,
  );

  it('exports the project as it was when the export started', async () => {
    const { backend, journeyId } = makeBackend();
    const before = await journeyName(backend, journeyId);
    const jobId = await start(backend, journeyId, 'svg');
    await timedEdit(backend, journeyId, 'Renamed during the export');
    const status = await settled(backend, jobId);
    expect(status.state === 'done' && status.file.fileName).toBe(`${before}.svg`);
  });

  it('answers edits while a long export runs, and cancel stops it', async () => {
    const { backend, journeyId } = makeBackend({}, 'big');
    const jobId = await start(backend, journeyId, 'pdf');
    const times: number[] = [];
    for (let i = 0; i < 5; i++) times.push(await timedEdit(backend, journeyId, `Edit ${i}`));
    const running = await call(backend, 'export.status', { jobId });
    // The PDF of 2,000 cards takes several seconds; each edit came back long before it ended.
    expect(running.state).toBe('running');
    if (running.state === 'running') expect(running.progress.total).toBeGreaterThan(0);
    expect(Math.max(...times)).toBeLessThan(1000);
    expect(await journeyName(backend, journeyId)).toBe('Edit 4');

    expect(await call(backend, 'export.cancel', { jobId })).toEqual({ cancelled: true });
    expect(await call(backend, 'export.status', { jobId })).toEqual({ state: 'cancelled' });
    expect(await call(backend, 'export.cancel', { jobId })).toEqual({ cancelled: false });
    await expectEditsGoOn(backend, journeyId, 'After the cancel');
  }, 60_000);

  const SMALLER = 'try a smaller scale, SVG, or a tiled PDF.';
  it.each([
    [
      'its memory cap',
      { memoryMb: 16, timeMs: 60_000 },
      'png',
      'out_of_memory',
      `The export ran out of memory (limit 16 MB) and was stopped. Your project is unchanged; ${SMALLER}`,
    ],
    [
      'its time limit',
      { memoryMb: DEFAULT_EXPORT_LIMITS.memoryMb, timeMs: 300 },
      'pdf',
      'timed_out',
      `The export took longer than 300 ms and was stopped. Your project is unchanged; ${SMALLER}`,
    ],
    // A smaller scale or a tiled PDF would not help a text format.
    [
      'its time limit, in a text format',
      { memoryMb: 2048, timeMs: 1 },
      'csv',
      'timed_out',
      'The export took longer than 1 ms and was stopped. Your project is unchanged; try again, or close other programs first.',
    ],
  ] as const)(
    'stops a job past %s with a clear message; edits go on',
    async (_what, limits, format, code, message) => {
      const { backend, journeyId, error, ms } = await failedJob(limits, format);
      expect(error).toEqual({ code, message });
      // A job past its time limit stops at once, not when it would have ended.
      if (code === 'timed_out') expect(ms).toBeLessThan(5000);
      await expectEditsGoOn(backend, journeyId, 'Still editing');
    },
    60_000,
  );

  it('refuses more exports than it runs at once, and forgets finished ones', async () => {
    const { backend, journeyId } = makeBackend({ maxRunning: 1, keepFinishedMs: 200 }, 'big');
    const first = await start(backend, journeyId, 'pdf');
    const refused = await dispatchApiCall(backend.handlers, 'export.start', {
      journeyId,
      format: 'svg',
    });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'busy',
        message: '1 exports are already running; wait for one to finish, or cancel it.',
      },
    });
    await call(backend, 'export.cancel', { jobId: first });
    await new Promise((r) => setTimeout(r, 300));
    const gone = await dispatchApiCall(backend.handlers, 'export.status', { jobId: first });
    expect(gone.ok === false && gone.error.code).toBe('not_found');
  });

  it('refuses a journey that is not in the project, and an unknown job', async () => {
    const { backend } = makeBackend();
    const start = await dispatchApiCall(backend.handlers, 'export.start', {
      journeyId: 'nope',
      format: 'svg',
    });
    expect(start.ok === false && start.error.code).toBe('not_found');
    const status = await dispatchApiCall(backend.handlers, 'export.status', { jobId: 'nope' });
    expect(status.ok === false && status.error.message).toMatch(/not known/);
  });

  it('stops running exports when the backend closes', async () => {
    const { backend, journeyId } = makeBackend({}, 'big');
    const jobId = await start(backend, journeyId, 'pdf');
    backend.close();
    backend.openProject(join(dir.dir, `p${copies}.wayline`));
    expect(await call(backend, 'export.status', { jobId })).toEqual({ state: 'cancelled' });
  });
});

describe('the export worker', () => {
  const request = (format: ExportFormat = 'svg') => {
    const { backend, journeyId } = makeBackend();
    const options = defaultOptionsOfEveryFormat()[format];
    return { doc: backend.store!.doc, journeyId, ...exportChoice(format, options) };
  };

  it('never gives a worker a heap too small to start (that aborted the whole process)', async () => {
    const run = startExportWorker(request(), {
      limits: { memoryMb: 1, timeMs: 60_000 },
      workerPath,
    });
    // This process is still here to see the outcome, whichever it is.
    await run.result.then(
      (file) => expect(file.bytes.length).toBeGreaterThan(0),
      (err: { code: string }) => expect(err.code).toBe('out_of_memory'),
    );
  });

  it('reports a worker that dies, by its exit code', async () => {
    const crashing = join(dir.dir, 'crash.cjs');
    writeFileSync(crashing, 'process.exit(3);\n');
    const run = startExportWorker(request(), {
      limits: DEFAULT_EXPORT_LIMITS,
      workerPath: crashing,
    });
    await expect(run.result).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringMatching(
        /^The export stopped unexpectedly \(exit code 3\)\. Your project is unchanged/,
      ),
    });
  });

  it('reports a worker script that cannot be loaded', async () => {
    const run = startExportWorker(request(), {
      limits: DEFAULT_EXPORT_LIMITS,
      workerPath: join(dir.dir, 'missing.cjs'),
    });
    await expect(run.result).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringMatching(/^The export failed: .*missing\.cjs/),
    });
  });

  it('sends progress with stages the dialog can show', async () => {
    const stages: string[] = [];
    const run = startExportWorker(request('png'), {
      limits: DEFAULT_EXPORT_LIMITS,
      workerPath,
      onProgress: (p) => stages.push(`${p.done}/${p.total} ${p.stage}`),
    });
    await run.result;
    // The PNG's stage says at what scale it is drawn; its bands count up to their total.
    expect(stages[0]).toBe('0/1 Drawing the PNG at 2x');
    expect(stages.at(-1)).toMatch(/^(\d+)\/\1 Drawing the PNG at 2x$/);
  });
});

describe('exportLimitsFromEnv', () => {
  it('takes positive whole numbers and ignores anything else, saying so', () => {
    const warnings: string[] = [];
    const limits = exportLimitsFromEnv(
      { WAYLINE_EXPORT_MEMORY_LIMIT_MB: '64', WAYLINE_EXPORT_TIME_LIMIT_MS: '1.5' },
      (m) => warnings.push(m),
    );
    expect(limits).toEqual({ memoryMb: 64, timeMs: DEFAULT_EXPORT_LIMITS.timeMs });
    expect(warnings).toEqual([
      '[wayline] ignoring WAYLINE_EXPORT_TIME_LIMIT_MS=1.5: not a positive whole number',
    ]);
    expect(exportLimitsFromEnv({})).toEqual(DEFAULT_EXPORT_LIMITS);
  });

  it('raises a memory limit too small for a worker to start, saying so', () => {
    const warnings: string[] = [];
    const limits = exportLimitsFromEnv({ WAYLINE_EXPORT_MEMORY_LIMIT_MB: '1' }, (m) =>
      warnings.push(m),
    );
    expect(limits.memoryMb).toBe(MIN_EXPORT_MEMORY_MB);
    expect(warnings).toEqual([
      `[wayline] WAYLINE_EXPORT_MEMORY_LIMIT_MB=1 is too small for an export to start; using ${MIN_EXPORT_MEMORY_MB}`,
    ]);
  });
});
