import { useCallback, useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../shared/api/menu';
import type { DocumentStore } from '../editor/documentStore';
import { Editor } from '../editor/Editor';
import { StartScreen } from '../start/StartScreen';
import { useAppStore } from './appStore';

export function App() {
  const api = useAppStore((s) => s.api);
  const project = useAppStore((s) => s.project);
  const state = useAppStore((s) => s.state);
  const error = useAppStore((s) => s.error);
  const documentStore = useRef<DocumentStore | null>(null);

  useEffect(() => {
    void useAppStore.getState().boot();
  }, []);

  const close = useCallback(async (store: DocumentStore | null) => {
    // Every edit reaches the file before the project closes.
    await store?.getState().flush();
    await useAppStore.getState().closeProject();
  }, []);

  useEffect(() => {
    const onMenu = async (command: MenuCommand) => {
      const app = useAppStore.getState();
      if (command === 'close-project' || command === 'new-project') {
        if (app.project) await close(documentStore.current);
      } else if (command === 'open-project') {
        const path = await app.pickPath('open');
        if (!path) return;
        await documentStore.current?.getState().flush();
        await app.openProject(path);
      }
    };
    return window.wayline?.onMenuCommand((c) => void onMenu(c));
  }, [close]);

  if (project) {
    return (
      <Editor
        key={project.path}
        project={project}
        api={api}
        onReady={(store) => (documentStore.current = store)}
        onClose={(store) => void close(store)}
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
