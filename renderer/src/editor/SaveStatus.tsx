import { useDocument, useDocumentStore } from './documentContext';

/** There is no Save button: this says whether the file has caught up with the screen. */
export function SaveStatus() {
  const saveState = useDocument((s) => s.saveState);
  const readOnly = useDocument((s) => s.readOnlyReason !== null);
  const held = useDocument((s) => s.conflicts.length > 0);
  const text = readOnly
    ? 'Read-only'
    : held
      ? 'Not saved: conflict'
      : saveState === 'saving'
        ? 'Saving…'
        : saveState === 'failed'
          ? 'Not saved'
          : 'All changes saved';
  return (
    <span
      className={`save-status ${readOnly ? 'read-only' : saveState}`}
      role="status"
      aria-live="polite"
      data-testid="save-status"
    >
      <span className="save-dot" aria-hidden="true" />
      {text}
    </span>
  );
}

export function SaveErrorBanner() {
  const store = useDocumentStore();
  const error = useDocument((s) => s.saveError);
  const paused = useDocument((s) => s.locked === 'resyncing');
  const readOnlyReason = useDocument((s) => s.readOnlyReason);
  if (!error) return readOnlyReason ? <ReadOnlyBanner reason={readOnlyReason} /> : null;
  return (
    <div className="banner error" role="alert">
      <span>{error}</span>
      {paused ? (
        <button type="button" onClick={() => void store.getState().resync()}>
          Try again
        </button>
      ) : (
        <button type="button" onClick={() => store.getState().dismissSaveError()}>
          Dismiss
        </button>
      )}
    </div>
  );
}

/** Stays for as long as the project is open: the file cannot be changed, and this says why. */
function ReadOnlyBanner({ reason }: { reason: string }) {
  return (
    <div className="banner read-only" role="status" data-testid="read-only-banner">
      <span>Read-only: {reason}</span>
    </div>
  );
}
