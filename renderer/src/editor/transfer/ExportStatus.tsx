import type { ExportRun } from './useExportJob';

/**
 * The export dialog's status line: nothing for a quick export, a progress bar with its stage
 * and a Cancel button for one that takes longer than a second, then the outcome.
 */
export function ExportStatus({ run, onCancel }: { run: ExportRun; onCancel: () => void }) {
  return (
    <div className="transfer-status-row">
      <div role="status" className="transfer-status">
        {run.kind === 'working' && !run.progress && 'Exporting…'}
        {run.kind === 'working' && run.progress && (
          <span className="export-progress">
            <span>{run.progress.stage}…</span>
            <progress
              aria-label="Export progress"
              max={run.progress.total}
              value={run.progress.done}
            />
          </span>
        )}
        {run.kind === 'done' && (
          <>
            Exported as <strong>{run.fileName}</strong>.
            {run.notes.map((n) => (
              <span key={n} className="transfer-note">
                {' '}
                {n}
              </span>
            ))}
          </>
        )}
        {run.kind === 'cancelled' && 'Export cancelled.'}
        {run.kind === 'failed' && (
          <span className="transfer-error">Export failed: {run.message}</span>
        )}
      </div>
      {run.kind === 'working' && run.progress && (
        <button type="button" className="secondary-button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
