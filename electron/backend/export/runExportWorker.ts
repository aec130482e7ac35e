import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ApiError, type ApiErrorCode } from '../../../shared/api/errors';
import type { ExportProgress } from '../../../shared/api/schema';
import type { ExportChoice } from '../../../shared/export/formats';
import type { ProjectDoc } from '../../../shared/model/types';
import type { ExportedFile } from './exportJourney';
import type { ExportMedia } from '../media/exportMedia';
import { exportErrors, MIN_EXPORT_MEMORY_MB, type ExportLimits } from './exportLimits';

/** What a worker is given: a snapshot of the document, taken when the export starts. */
export type ExportRequest = {
  doc: ProjectDoc;
  journeyId: string;
  /** Cover pictures of the journey's cards, read from the project for formats that draw them. */
  media?: ExportMedia;
} & ExportChoice;

/** Messages from the worker (exportWorker.ts) to the thread that started it. */
export type ExportWorkerMessage =
  | ({ type: 'progress' } & ExportProgress)
  | { type: 'done'; fileName: string; mimeType: string; notes: string[]; bytes: ArrayBuffer }
  | { type: 'error'; message: string; code?: ApiErrorCode };

export interface ExportWorkerOptions {
  limits: ExportLimits;
  /** The bundled worker; tests point this at one built from source. */
  workerPath?: string;
  onProgress?(progress: ExportProgress): void;
}

export interface RunningExport {
  /** The file, or an ApiError saying why not (out_of_memory, timed_out, cancelled, ...). */
  readonly result: Promise<ExportedFile>;
  /** Stops the worker; `result` rejects with code 'cancelled'. */
  cancel(): void;
}

/** Every bundle sits one folder under dist/ (electron/, cli/); the worker is in dist/workers/. */
export function defaultExportWorkerPath(): string {
  return join(__dirname, '..', 'workers', 'exportWorker.cjs');
}

/**
 * Runs one export in its own worker thread under a heap cap and a time limit. A worker that
 * runs out of memory, overruns or crashes is stopped and reported; this thread goes on.
 */
export function startExportWorker(
  request: ExportRequest,
  options: ExportWorkerOptions,
): RunningExport {
  const { limits } = options;
  let settled = false;
  let resolveResult!: (file: ExportedFile) => void;
  let rejectResult!: (err: ApiError) => void;
  const result = new Promise<ExportedFile>((resolve, reject) => {
    resolveResult = resolve;
    rejectResult = reject;
  });
  // workerData is cloned here, synchronously: later edits to the project do not reach it.
  const worker = new Worker(options.workerPath ?? defaultExportWorkerPath(), {
    workerData: request,
    resourceLimits: { maxOldGenerationSizeMb: Math.max(limits.memoryMb, MIN_EXPORT_MEMORY_MB) },
  });
  const timer = setTimeout(
    () => fail(exportErrors.timedOut(limits, request.format)),
    limits.timeMs,
  );

  function fail(err: ApiError) {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    void worker.terminate();
    rejectResult(err);
  }
  function succeed(file: ExportedFile) {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    resolveResult(file);
  }

  worker.on('message', (message: ExportWorkerMessage) => {
    if (settled) return;
    if (message.type === 'progress') {
      const { done, total, stage } = message;
      options.onProgress?.({ done, total, stage });
    } else if (message.type === 'done') {
      const { fileName, mimeType, notes, bytes } = message;
      succeed({ fileName, mimeType, notes, bytes: new Uint8Array(bytes) });
    } else {
      fail(
        message.code
          ? new ApiError(message.code, message.message)
          : exportErrors.failed(message.message),
      );
    }
  });
  worker.on('error', (err: Error & { code?: string }) => {
    fail(
      err.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? exportErrors.outOfMemory(limits, request.format)
        : exportErrors.failed(err.message),
    );
  });
  worker.on('exit', (code) => {
    fail(
      code === 0
        ? exportErrors.failed('the export ended without a file')
        : exportErrors.crashed(code),
    );
  });

  return { result, cancel: () => fail(exportErrors.cancelled()) };
}
