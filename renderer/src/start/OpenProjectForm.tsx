import { useId, useState } from 'react';
import type { AppState } from '../../../shared/api/schema';
import { useAppStore } from '../app/appStore';

export function OpenProjectForm({ state }: { state: AppState }) {
  const openProject = useAppStore((s) => s.openProject);
  const pickPath = useAppStore((s) => s.pickPath);
  const busy = useAppStore((s) => s.busy);
  const [path, setPath] = useState('');
  const pathId = useId();

  if (state.canPickFiles) {
    return (
      <div className="card-panel">
        <h2>Open a project</h2>
        <button
          type="button"
          className="secondary-button"
          disabled={busy}
          onClick={async () => {
            const picked = await pickPath('open');
            if (picked) await openProject(picked);
          }}
        >
          Open project…
        </button>
      </div>
    );
  }
  return (
    <form
      className="card-panel"
      onSubmit={(e) => {
        e.preventDefault();
        if (path.trim()) void openProject(path.trim());
      }}
    >
      <h2>Open a project</h2>
      <label htmlFor={pathId} className="field-label">
        Path to a .wayline file
      </label>
      <input
        id={pathId}
        value={path}
        spellCheck={false}
        placeholder={`${state.defaultDirectory}/My map.wayline`}
        onChange={(e) => setPath(e.target.value)}
      />
      <button type="submit" className="secondary-button" disabled={!path.trim() || busy}>
        Open
      </button>
    </form>
  );
}
