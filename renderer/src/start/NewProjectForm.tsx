import { useId, useState } from 'react';
import type { AppState } from '../../../shared/api/schema';
import { useAppStore } from '../app/appStore';
import { projectFileName } from '../../../shared/model/fileNames';
import { joinPath } from './paths';

export function NewProjectForm({ state }: { state: AppState }) {
  const createProject = useAppStore((s) => s.createProject);
  const pickPath = useAppStore((s) => s.pickPath);
  const busy = useAppStore((s) => s.busy);
  const [name, setName] = useState('');
  const [folder, setFolder] = useState(state.defaultDirectory);
  const nameId = useId();
  const folderId = useId();
  const trimmed = name.trim();
  const target = joinPath(folder, projectFileName(trimmed || 'Untitled journey map'));

  const submit = async () => {
    if (!trimmed) return;
    if (state.canPickFiles) {
      const path = await pickPath('create', trimmed);
      if (path) await createProject(path, trimmed);
    } else {
      await createProject(target, trimmed);
    }
  };

  return (
    <form
      className="card-panel"
      aria-labelledby={`${nameId}-heading`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id={`${nameId}-heading`}>New project</h2>
      <p className="panel-note">
        Starts with the 8-stage customer lifecycle. You can rename, add and delete stages.
      </p>
      <label htmlFor={nameId} className="field-label">
        Project name
      </label>
      <input
        id={nameId}
        value={name}
        maxLength={200}
        placeholder="e.g. Hotel booking for business travellers"
        onChange={(e) => setName(e.target.value)}
        autoFocus
      />
      {!state.canPickFiles && (
        <>
          <label htmlFor={folderId} className="field-label">
            Folder
          </label>
          <input
            id={folderId}
            value={folder}
            onChange={(e) => setFolder(e.target.value)}
            spellCheck={false}
          />
          <p className="path-preview" title={target}>
            Saved as <code>{target}</code>
          </p>
        </>
      )}
      <button type="submit" className="primary-button" disabled={!trimmed || busy}>
        {state.canPickFiles ? 'Create project…' : 'Create project'}
      </button>
    </form>
  );
}
