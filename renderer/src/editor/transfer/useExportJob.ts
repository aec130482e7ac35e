import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../../../shared/api/errors';
import type { ExportProgress, WaylineApi } from '../../../../shared/api/schema';
import type { ExportChoice } from '../../../../shared/export/formats';
import { downloadFile } from './download';

export type ExportRun =
  | { kind: 'idle' }
  /** `progress` is null for the first second: a quick export shows no progress bar. */
  | { kind: 'working'; progress: ExportProgress | null }
  | { kind: 'done'; fileName: string; notes: string[] }
  | { kind: 'failed'; message: string }
  | { kind: 'cancelled' };

const POLL_MS = 200;
/** Exports that finish sooner than this show no progress at all. */
export const SHOW_PROGRESS_AFTER_MS = 1000;

export interface ExportRequestOf {
  api: WaylineApi;
  journeyId: string;
  /** The format and its options. */
  choice: ExportChoice;
  /** Runs first: the backend exports the file, so every edit must be in it. */
  before?: () => Promise<void>;
}

/**
 * One export at a time, run as a backend job: started, asked after every 200 ms, downloaded
 * when done. Leaving (closing the dialog) cancels a job still running.
 */
export function useExportJob() {
  const [run, setRun] = useState<ExportRun>({ kind: 'idle' });
  const current = useRef<{ api: WaylineApi; jobId: string | null; live: boolean } | null>(null);

  useEffect(
    () => () => {
      const job = current.current;
      if (!job) return;
      job.live = false;
      if (job.jobId) void job.api['export.cancel']({ jobId: job.jobId }).catch(() => {});
    },
    [],
  );

  const start = useCallback(async (request: ExportRequestOf) => {
    const { api, journeyId, choice } = request;
    const job = { api, jobId: null as string | null, live: true };
    current.current = job;
    setRun({ kind: 'working', progress: null });
    try {
      await request.before?.();
      job.jobId = (await api['export.start']({ journeyId, ...choice })).jobId;
      if (!job.live) {
        // Left (or cancelled) while the job was being started: stop it now.
        void api['export.cancel']({ jobId: job.jobId }).catch(() => {});
        return;
      }
      for (;;) {
        if (!job.live) return;
        const status = await api['export.status']({ jobId: job.jobId });
        if (!job.live) return;
        if (status.state === 'running') {
          const shown = status.elapsedMs >= SHOW_PROGRESS_AFTER_MS;
          setRun({ kind: 'working', progress: shown ? status.progress : null });
          await new Promise((r) => setTimeout(r, POLL_MS));
          continue;
        }
        job.jobId = null;
        if (status.state === 'done') {
          downloadFile(status.file.fileName, status.file.mimeType, status.file.base64);
          setRun({ kind: 'done', fileName: status.file.fileName, notes: status.file.notes });
        } else if (status.state === 'failed') {
          setRun({ kind: 'failed', message: status.error.message });
        } else setRun({ kind: 'cancelled' });
        return;
      }
    } catch (err) {
      job.jobId = null;
      if (job.live) setRun({ kind: 'failed', message: errorMessage(err) });
    }
  }, []);

  const cancel = useCallback(async () => {
    const job = current.current;
    if (!job?.jobId) return;
    const jobId = job.jobId;
    job.live = false;
    job.jobId = null;
    setRun({ kind: 'cancelled' });
    try {
      await job.api['export.cancel']({ jobId });
    } catch (err) {
      setRun({ kind: 'failed', message: errorMessage(err) });
    }
  }, []);

  return { run, start, cancel };
}
