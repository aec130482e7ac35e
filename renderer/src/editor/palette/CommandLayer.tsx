import { useReactFlow } from '@xyflow/react';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { handleShortcut, type CommandContext } from '../commands';
import { useDocumentStore } from '../documentContext';
import { CommandPalette } from './CommandPalette';
import { useDesktopMenu } from './desktopMenu';
import { createPanelStore } from './panelStore';
import { ShortcutsSheet } from './ShortcutsSheet';
import { ExportDialog } from '../transfer/ExportDialog';
import { ImportDialog } from '../transfer/ImportDialog';
import { InsightsPanel } from '../insights/InsightsPanel';
import { CanvasFocusContext, createCanvasFocusStore } from '../keyboard/canvasFocus';
import { ConnectPicker, LanePicker } from '../keyboard/KeyboardPickers';
import { CardMenu } from '../cardMenu/CardMenu';
import { PersonaPanel } from '../personas/PersonaPanel';
import { CommandContextContext, usePanel } from './commandContext';

/** The personas dialog, when a command opened it (the sidebar opens its own). */
function PersonasFromCommand() {
  const { open, close } = usePanel('personas');
  return open ? <PersonaPanel onClose={close} /> : null;
}
import { BacklogPanel } from '../backlog/BacklogPanel';
import { RoomFollower } from '../room/RoomFollower';
import { RoomPanel } from '../room/RoomPanel';
import { SourcesPanel } from '../evidence/SourcesPanel';
import { editorViewFrame, showEditorFrame } from '../views/editorViewFrame';
import { SaveViewDialog } from '../views/SaveViewDialog';

const ZOOM = { duration: 150 };

/**
 * Gives the editor's commands their context (the document, the canvas view, the panels),
 * routes keyboard shortcuts to them and shows the palette and the shortcuts sheet. It sits
 * inside the ReactFlowProvider, which is what lets the zoom commands reach the viewport.
 */
export function CommandLayer({ children }: { children: ReactNode }) {
  const store = useDocumentStore();
  const flow = useReactFlow();
  const [panels] = useState(createPanelStore);
  const [focus] = useState(createCanvasFocusStore);
  const ctx = useMemo<CommandContext>(
    () => ({
      store,
      panels,
      focus,
      view: {
        zoomIn: () => void flow.zoomIn(ZOOM),
        zoomOut: () => void flow.zoomOut(ZOOM),
        fitView: () => void flow.fitView(ZOOM),
        frame: () => editorViewFrame(flow, store.getState().doc, store.getState().journeyId),
        showFrame: (frame) =>
          showEditorFrame(flow, store.getState().doc, store.getState().journeyId, frame),
      },
    }),
    [store, panels, focus, flow],
  );

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      // An open palette or sheet has the keyboard to itself.
      if (panels.getState().open === null) handleShortcut(ctx, e);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [ctx, panels]);

  useDesktopMenu(ctx);

  return (
    <CommandContextContext.Provider value={ctx}>
      <CanvasFocusContext.Provider value={focus}>{children}</CanvasFocusContext.Provider>
      <CommandPalette />
      <ShortcutsSheet />
      <ExportDialog />
      <ImportDialog />
      <InsightsPanel />
      <CardMenu />
      <ConnectPicker />
      <LanePicker />
      <PersonasFromCommand />
      <BacklogPanel />
      <RoomPanel />
      <RoomFollower />
      <SourcesPanel />
      <SaveViewDialog />
    </CommandContextContext.Provider>
  );
}
