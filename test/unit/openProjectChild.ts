import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatchApiCall } from '../../electron/backend/dispatch';
import { createBackend } from '../../electron/backend/handlers';
import type { ApiResponse } from '../../shared/api/errors';
import type { ExportJobStatus, OpenProject } from '../../shared/api/schema';

type Call = (method: string, args: unknown) => Promise<ApiResponse<unknown>>;

/** Starts a JSON export job and waits for its outcome, as the export dialog does. */
async function exportOnce(call: Call, journeyId: string | undefined): Promise<{ ok: boolean }> {
  const started = await call('export.start', { journeyId, format: 'json' });
  if (!started.ok) return started;
  const { jobId } = started.value as { jobId: string };
  for (;;) {
    const status = await call('export.status', { jobId });
    if (!status.ok) return status;
    const { state } = status.value as ExportJobStatus;
    if (state !== 'running') return { ok: state === 'done' };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Run in a child process (as `nobody` when the tests run as root): opens the project at argv[2]
 * through the API (creates it when argv[3] is `create`), tries one edit and one export, and
 * prints what happened as JSON.
 */
async function main(path: string, how: string): Promise<void> {
  const settingsDir = mkdtempSync(join(tmpdir(), 'wayline-child-settings-'));
  const backend = createBackend({ mode: 'browser', settingsDir, defaultDirectory: tmpdir() });
  const call = (method: string, args: unknown) => dispatchApiCall(backend.handlers, method, args);
  try {
    const opened =
      how === 'create'
        ? await call('project.create', { path, name: 'Created' })
        : await call('project.open', { path });
    if (!opened.ok) {
      process.stdout.write(JSON.stringify({ opened: false, ...opened.error }));
      return;
    }
    const project = opened.value as OpenProject;
    const edit = await call('project.applyOps', {
      ops: [{ type: 'updateProject', patch: { name: 'Edited' } }],
      baseRevision: project.revision,
    });
    const journeyId = Object.keys(project.doc.journeys)[0];
    const exported = await exportOnce(call, journeyId);
    process.stdout.write(
      JSON.stringify({
        opened: true,
        name: project.doc.info.name,
        journeys: Object.keys(project.doc.journeys).length,
        readOnly: project.readOnly ?? null,
        edit: edit.ok ? 'saved' : `${edit.error.code}: ${edit.error.message}`,
        exported: exported.ok,
      }),
    );
  } finally {
    backend.close();
    rmSync(settingsDir, { recursive: true, force: true });
  }
}

void main(process.argv[2] ?? '', process.argv[3] ?? 'open');
