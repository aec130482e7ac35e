import { useDocument, useDocumentStore } from './documentContext';

/** There is no Save button: this says whether the file has caught up with the screen. */
export function SaveStatus() {
  const saveState = useDocument((s) => s.saveState);
  const text =
    saveState === 'saving' ? 'Saving…' : saveState === 'failed' ? 'Not saved' : 'All changes saved';
  return (
    <span
      className={`save-status ${saveState}`}
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
  if (!error) return null;
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
