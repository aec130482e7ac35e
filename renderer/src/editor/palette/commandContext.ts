import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { CommandContext } from '../commands';
import type { PanelState } from './panelStore';

export const CommandContextContext = createContext<CommandContext | null>(null);

/** The context every command of this editor runs with (see CommandLayer). */
export function useCommandContext(): CommandContext {
  const ctx = useContext(CommandContextContext);
  if (!ctx) throw new Error('useCommandContext outside a CommandLayer');
  return ctx;
}

export function usePanels<T>(selector: (state: PanelState) => T): T {
  const { panels } = useCommandContext();
  if (!panels) throw new Error('usePanels without panels');
  return useStore(panels, selector);
}
