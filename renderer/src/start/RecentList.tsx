import type { RecentProject } from '../../../shared/api/schema';
import { useAppStore } from '../app/appStore';

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function RecentList({ recent }: { recent: RecentProject[] }) {
  const openProject = useAppStore((s) => s.openProject);
  const removeRecent = useAppStore((s) => s.removeRecent);
  const busy = useAppStore((s) => s.busy);
  return (
    <section className="card-panel recent" aria-labelledby="recent-heading">
      <h2 id="recent-heading">Recent projects</h2>
      {recent.length === 0 ? (
        <p className="panel-note">Projects you open or create appear here.</p>
      ) : (
        <ul className="recent-list">
          {recent.map((r) => (
            <li key={r.path} className="recent-item">
              <button
                type="button"
                className="recent-open"
                disabled={busy}
                onClick={() => void openProject(r.path)}
              >
                <span className="recent-name">{r.name}</span>
                <span className="recent-path">{r.path}</span>
                <span className="recent-when">Opened {when(r.openedAt)}</span>
              </button>
              <button
                type="button"
                className="recent-remove"
                aria-label={`Remove ${r.name} from recent projects`}
                title="Remove from this list (the file is not deleted)"
                onClick={() => void removeRecent(r.path)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
