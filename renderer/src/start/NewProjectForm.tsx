import { useId, useState } from 'react';
import type { AppState } from '../../../shared/api/schema';
import { useAppStore } from '../app/appStore';
import { projectFileName } from '../../../shared/model/fileNames';
import { joinPath } from './paths';
import { emptyDoc } from '../../../shared/model/doc';
import { MAX_IMPORT_BYTES, planImport, type ImportPlan } from '../../../shared/import/planImport';
import { ImportPreview } from '../editor/transfer/ImportPreview';
import { formatBytes } from '../../../shared/import/guards';
import { refuseImport } from '../../../shared/import/plan';
import { problem } from '../../../shared/import/problems';

export function NewProjectForm({ state }: { state: AppState }) {
  const createProject = useAppStore((s) => s.createProject);
  const pickPath = useAppStore((s) => s.pickPath);
  const busy = useAppStore((s) => s.busy);
  const [name, setName] = useState('');
  const [folder, setFolder] = useState(state.defaultDirectory);
  const nameId = useId();
  const folderId = useId();
  const fileId = useId();
  const trimmed = name.trim();
  const target = joinPath(folder, projectFileName(trimmed || 'Untitled journey map'));

  const [source, setSource] = useState<{ name: string; plan: ImportPlan } | null>(null);
  const rows = source?.plan.ok ? source.plan.value.rows : undefined;

  const chooseSource = async (file: File | undefined) => {
    if (!file) return setSource(null);
    // A huge file is refused before a byte of it is read.
    const plan: ImportPlan =
      file.size > MAX_IMPORT_BYTES
        ? refuseImport(
            problem('too_large', {
              limit: formatBytes(MAX_IMPORT_BYTES),
              kind: /\.csv$/i.test(file.name) ? 'CSV' : 'Wayline JSON',
            }),
          )
        : planImport(
            file.name,
            new Uint8Array(await file.arrayBuffer()),
            emptyDoc(trimmed || file.name, new Date().toISOString()),
          );
    setSource({ name: file.name, plan });
    const imported = plan.ok
      ? (plan.value.projectName ?? plan.value.rows.journeys?.[0]?.name)
      : undefined;
    if (!trimmed && imported) setName(imported);
  };

  const submit = async () => {
    if (!trimmed || (source && !rows)) return;
    if (state.canPickFiles) {
      const path = await pickPath('create', trimmed);
      if (path) await createProject(path, trimmed, rows);
    } else {
      await createProject(target, trimmed, rows);
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
        Starts with the 8-stage customer lifecycle, or with what a Wayline JSON file holds. You can
        rename, add and delete stages.
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
      <details className="start-from-file" open={source !== null}>
        <summary>Start from a Wayline JSON file instead</summary>
        <label htmlFor={fileId} className="field-label">
          Wayline JSON file
        </label>
        <input
          id={fileId}
          type="file"
          accept=".json,application/json"
          onChange={(e) => void chooseSource(e.currentTarget.files?.[0])}
        />
        {source && <ImportPreview plan={source.plan} />}
      </details>
      <button
        type="submit"
        className="primary-button"
        disabled={!trimmed || busy || (source !== null && !rows)}
      >
        {state.canPickFiles ? 'Create project…' : 'Create project'}
      </button>
    </form>
  );
}
