import { useReactFlow } from '@xyflow/react';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { handleShortcut, type CommandContext } from '../commands';
import { useDocumentStore } from '../documentContext';
import { CommandContextContext } from './commandContext';
import { CommandPalette } from './CommandPalette';
import { useDesktopMenu } from './desktopMenu';
import { createPanelStore } from './panelStore';
import { ShortcutsSheet } from './ShortcutsSheet';
import { ExportDialog } from '../transfer/ExportDialog';
import { ImportDialog } from '../transfer/ImportDialog';
import { InsightsPanel } from '../insights/InsightsPanel';
import { BacklogPanel } from '../backlog/BacklogPanel';

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
  const ctx = useMemo<CommandContext>(
    () => ({
      store,
      panels,
      view: {
        zoomIn: () => void flow.zoomIn(ZOOM),
        zoomOut: () => void flow.zoomOut(ZOOM),
        fitView: () => void flow.fitView(ZOOM),
      },
    }),
    [store, panels, flow],
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
      {children}
      <CommandPalette />
      <ShortcutsSheet />
      <ExportDialog />
      <ImportDialog />
      <InsightsPanel />
      <BacklogPanel />
    </CommandContextContext.Provider>
  );
}
