import { useMediaNotice } from './mediaNotice';

/** What adding files said: each refused file with its reason, and notes such as "location removed". */
export function MediaNotice() {
  const { errors, notes, busy, dismiss } = useMediaNotice();
  if (!busy && errors.length === 0 && notes.length === 0) return null;
  return (
    <div className="media-notice" data-testid="media-notice">
      {busy && <p role="status">{busy}</p>}
      {errors.length > 0 && (
        <ul role="alert" className="media-errors">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      {notes.length > 0 && (
        <ul role="status" className="media-notes">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {!busy && (
        <button type="button" onClick={dismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
