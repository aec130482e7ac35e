import { Lightbox } from './media/Lightbox';
import { MediaNotice } from './media/MediaNotice';
import { useMediaPaste } from './media/useMediaPaste';
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState, type ReactNode } from 'react';
import type { OpenProject, WaylineApi } from '../../../shared/api/schema';
import type { ProjectFeed } from '../api/feed';
import { DocumentProvider, useReadOnly } from './documentContext';
import { createDocumentStore, type DocumentStore } from './documentStore';
import { Inspector } from './inspector/Inspector';
import { PresentGate } from './present/PresentGate';
import { isPresenterWindow } from './present/presenterChannel';
import { PresenterWindow } from './present/presenter/PresenterWindow';
import { CommandLayer } from './palette/CommandLayer';
import { FilterBar } from './search/FilterBar';
import { ConflictNotice } from './ConflictNotice';
import { SaveErrorBanner } from './SaveStatus';
import { JourneySidebar } from './sidebar/JourneySidebar';
import { TopBar } from './TopBar';
import { JourneyView } from './table/JourneyView';

interface Props {
  project: OpenProject;
  api: WaylineApi;
  /** Other windows' edits, shown here as they are saved. */
  feed?: ProjectFeed;
  onReady?: (store: DocumentStore) => void;
  onClose: (store: DocumentStore) => void;
}

/** The editor's frame; a read-only project marks it so the add affordances stay hidden. */
function EditorFrame({ children }: { children: ReactNode }) {
  const readOnly = useReadOnly();
  return (
    <div className="editor" data-read-only={readOnly || undefined}>
      {children}
    </div>
  );
}

export function Editor({ project, api, feed, onReady, onClose }: Props) {
  // One store per open document, made when it opens and dropped with it.
  const [store] = useState(() => createDocumentStore(project, api));

  useEffect(() => onReady?.(store), [onReady, store]);
  useEffect(() => feed?.subscribe((event) => void store.getState().receive(event)), [feed, store]);
  useMediaPaste(store);

  useEffect(() => {
    // Warn before a tab closes with edits still on their way to the file (the desktop shell
    // retries its close until they have arrived).
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (store.getState().saveState !== 'saved') e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [store]);

  // The presenter window shows the presentation's notes and clocks, not the editor.
  if (isPresenterWindow()) {
    return (
      <DocumentProvider store={store}>
        <PresenterWindow />
      </DocumentProvider>
    );
  }

  return (
    <DocumentProvider store={store}>
      <ReactFlowProvider>
        <CommandLayer>
          <PresentGate>
            <EditorFrame>
              <TopBar onClose={() => onClose(store)} />
              <SaveErrorBanner />
              <ConflictNotice />
              <main className="editor-body">
                <JourneySidebar />
                <div className="canvas-column">
                  <FilterBar />
                  <JourneyView />
                </div>
                <Inspector />
              </main>
            </EditorFrame>
          </PresentGate>
          <MediaNotice />
          <Lightbox />
        </CommandLayer>
      </ReactFlowProvider>
    </DocumentProvider>
  );
}
