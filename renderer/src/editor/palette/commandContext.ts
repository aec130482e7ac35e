import { useStore } from 'zustand';
import type { CommandContext } from '../commands';
import type { Panel, PanelState } from './panelStore';
import { requiredContext } from '../../components/requiredContext';

/** The context every command of this editor runs with (see CommandLayer). */
export const [CommandContextContext, useCommandContext] = requiredContext<CommandContext>(
  'useCommandContext outside a CommandLayer',
);

export function usePanels<T>(selector: (state: PanelState) => T): T {
  const { panels } = useCommandContext();
  if (!panels) throw new Error('usePanels without panels');
  return useStore(panels, selector);
}

/** Whether `panel` is the one open, and how to close it. */
export function usePanel(panel: Panel): { open: boolean; close: () => void } {
  const open = usePanels((s) => s.open === panel);
  const close = usePanels((s) => s.close);
  return { open, close };
}
