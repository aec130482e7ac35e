import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors';
import type { ExportJobStatus, RenderedExport } from '../../../shared/api/schema';
import type { ExportedFile } from './exportJourney';
import { DEFAULT_EXPORT_LIMITS, type ExportLimits } from './exportLimits';
import { startExportWorker, type ExportRequest, type RunningExport } from './runExportWorker';

export interface ExportJobsOptions {
  limits?: ExportLimits;
  /** The worker script; the bundled one by default (see runExportWorker.ts). */
  workerPath?: string;
  /** Exports running at once; another start is refused as 'busy'. */
  maxRunning?: number;
  /** How long a finished job's outcome (and file) is kept for export.status. */
  keepFinishedMs?: number;
}

export interface ExportJobs {
  start(request: ExportRequest): { jobId: string };
  status(jobId: string): ExportJobStatus;
  /** Stops a running job; false when it had already finished. */
  cancel(jobId: string): { cancelled: boolean };
  /** Stops every running job (the backend is closing). */
  cancelAll(): void;
}

type Finished = Exclude<ExportJobStatus, { state: 'running' }>;

interface Job {
  startedAt: number;
  progress: { done: number; total: number; stage: string };
  running: RunningExport;
  finished?: Finished;
  finishedAt?: number;
}

const MAX_KEPT_FINISHED = 8;

/** An exported file as the API hands it over: bytes as base64, for IPC and HTTP alike. */
export function renderedExport(file: ExportedFile): RenderedExport {
  return {
    fileName: file.fileName,
    mimeType: file.mimeType,
    base64: Buffer.from(file.bytes).toString('base64'),
    notes: file.notes,
  };
}

/**
 * The backend's exports: each runs in its own worker (startExportWorker) and is asked after by
 * id, so a long export never holds up an API call and can be cancelled from the dialog.
 */
export function createExportJobs(options: ExportJobsOptions = {}): ExportJobs {
  const limits = options.limits ?? DEFAULT_EXPORT_LIMITS;
  const maxRunning = options.maxRunning ?? 2;
  const keepFinishedMs = options.keepFinishedMs ?? 60_000;
  const jobs = new Map<string, Job>();

  const finish = (job: Job, outcome: Finished) => {
    if (job.finished) return;
    job.finished = outcome;
    job.finishedAt = Date.now();
  };

  /** Drops finished jobs past their keeping time, and the oldest beyond the few kept. */
  const sweep = () => {
    const now = Date.now();
    const finished = [...jobs].filter(([, job]) => job.finishedAt !== undefined);
    finished.forEach(([id, job], i) => {
      const tooMany = finished.length - i > MAX_KEPT_FINISHED;
      if (tooMany || now - job.finishedAt! > keepFinishedMs) jobs.delete(id);
    });
  };

  const find = (jobId: string): Job => {
    sweep();
    const job = jobs.get(jobId);
    if (!job) {
      throw new ApiError(
        'not_found',
        'That export is not known here (it finished a while ago, or the app restarted).',
      );
    }
    return job;
  };

  return {
    start(request) {
      sweep();
      const running = [...jobs.values()].filter((job) => !job.finished).length;
      if (running >= maxRunning) {
        throw new ApiError(
          'busy',
          `${running} exports are already running; wait for one to finish, or cancel it.`,
        );
      }
      const jobId = randomUUID();
      const job: Job = {
        startedAt: Date.now(),
        progress: { done: 0, total: 1, stage: 'Starting' },
        running: startExportWorker(request, {
          limits,
          workerPath: options.workerPath,
          onProgress: (progress) => (job.progress = progress),
        }),
      };
      jobs.set(jobId, job);
      job.running.result.then(
        (file) => finish(job, { state: 'done', file: renderedExport(file) }),
        (err: ApiError) =>
          finish(
            job,
            err.code === 'cancelled'
              ? { state: 'cancelled' }
              : { state: 'failed', error: { code: err.code, message: err.message } },
          ),
      );
      return { jobId };
    },
    status(jobId) {
      const job = find(jobId);
      if (job.finished) return job.finished;
      return { state: 'running', progress: job.progress, elapsedMs: Date.now() - job.startedAt };
    },
    cancel(jobId) {
      const job = find(jobId);
      if (job.finished) return { cancelled: false };
      finish(job, { state: 'cancelled' });
      job.running.cancel();
      return { cancelled: true };
    },
    cancelAll() {
      for (const job of jobs.values()) {
        if (job.finished) continue;
        finish(job, { state: 'cancelled' });
        job.running.cancel();
      }
    },
  };
}
