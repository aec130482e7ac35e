import { useCallback, useEffect, useRef } from 'react';
import { isAppCommandId, type AppCommandId } from '../../../shared/commands/registry';
import type { DocumentStore } from '../editor/documentStore';
import { Editor } from '../editor/Editor';
import { StartScreen } from '../start/StartScreen';
import { useAppStore } from './appStore';

export function App() {
  const api = useAppStore((s) => s.api);
  const feed = useAppStore((s) => s.feed);
  const project = useAppStore((s) => s.project);
  const state = useAppStore((s) => s.state);
  const error = useAppStore((s) => s.error);
  const documentStore = useRef<DocumentStore | null>(null);

  useEffect(() => {
    void useAppStore.getState().boot();
  }, []);

  /** Closes the open project; false when it stays open (an edit could not be saved). */
  const close = useCallback(async (store: DocumentStore | null): Promise<boolean> => {
    // Every edit reaches the file before the project closes, and none starts meanwhile.
    if (store && !(await store.getState().closeDocument())) return false;
    const app = useAppStore.getState();
    await app.closeProject();
    const failed = useAppStore.getState().project !== null;
    if (failed)
      store
        ?.getState()
        .reopenForEditing(useAppStore.getState().error ?? 'The project could not be closed.');
    return !failed;
  }, []);

  const rememberStore = useCallback((store: DocumentStore) => {
    documentStore.current = store;
  }, []);
  const closeFromEditor = useCallback(
    (store: DocumentStore) => {
      void close(store);
    },
    [close],
  );

  useEffect(() => {
    const closeProject = async () => {
      if (useAppStore.getState().project) await close(documentStore.current);
    };
    // The app's own menu commands; the editor runs the others (palette/desktopMenu.ts).
    const run: Record<AppCommandId, () => Promise<void>> = {
      'new-project': closeProject,
      'close-project': closeProject,
      'open-project': async () => {
        const app = useAppStore.getState();
        const path = await app.pickPath('open');
        if (!path) return;
        // Close first: if the new file is refused, the start screen says why.
        if (app.project && !(await close(documentStore.current))) return;
        await useAppStore.getState().openProject(path);
      },
    };
    return window.wayline?.onMenuCommand((c) => {
      if (isAppCommandId(c)) void run[c]();
    });
  }, [close]);

  // With no editor (the start screen, also after a reload), no editor command is enabled.
  useEffect(() => {
    if (!project) window.wayline?.reportEnabledCommands([]);
  }, [project]);

  if (project) {
    return (
      <Editor
        key={project.path}
        project={project}
        api={api}
        feed={feed}
        onReady={rememberStore}
        onClose={closeFromEditor}
      />
    );
  }
  if (!state && error) {
    return (
      <div className="start-screen">
        <div className="banner error" role="alert">
          {error}
        </div>
      </div>
    );
  }
  return <StartScreen />;
}
