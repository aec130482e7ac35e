// The export worker's entry, bundled on its own to dist/workers/exportWorker.cjs: one export
// per worker thread, so the thread that answers edits never runs one (runExportWorker.ts).
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { ApiError, errorMessage } from '../../../shared/api/errors';
import { exportJourney } from './exportJourney';
import type { ExportRequest, ExportWorkerMessage } from './runExportWorker';

/** Progress within one stage is sent at most this often; a new stage is sent at once. */
const PROGRESS_INTERVAL_MS = 100;

/** The file's bytes in an ArrayBuffer of their own, so it can be transferred, not copied. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const own = whole && bytes.buffer instanceof ArrayBuffer ? bytes : bytes.slice();
  return own.buffer as ArrayBuffer;
}

/** Sends the file, moving its memory when it can; a native addon's buffer (resvg's PNG) cannot be moved and is copied. */
function sendFile(port: MessagePort, message: Extract<ExportWorkerMessage, { type: 'done' }>) {
  try {
    port.postMessage(message, [message.bytes]);
  } catch {
    port.postMessage(message);
  }
}

async function main() {
  const port = parentPort;
  if (!port) throw new Error('exportWorker runs only as a worker thread');
  const post = (message: ExportWorkerMessage) => port.postMessage(message);
  const { doc, journeyId, format, options, media } = workerData as ExportRequest;
  let lastStage = '';
  let lastSent = 0;
  try {
    const file = await exportJourney(doc, journeyId, format, options, {
      media,
      onProgress(done, total, stage) {
        const now = Date.now();
        if (stage === lastStage && now - lastSent < PROGRESS_INTERVAL_MS) return;
        lastStage = stage;
        lastSent = now;
        post({ type: 'progress', done, total, stage });
      },
    });
    const { fileName, mimeType, notes } = file;
    sendFile(port, { type: 'done', fileName, mimeType, notes, bytes: ownBuffer(file.bytes) });
  } catch (err) {
    post({
      type: 'error',
      message: errorMessage(err),
      code: err instanceof ApiError ? err.code : undefined,
    });
  }
}

void main();
