import { createStore, type StoreApi } from 'zustand/vanilla';

/** 'present' is the presentation, shown instead of the editor (present/PresentGate.tsx). */
export type Panel =
  'palette' | 'shortcuts' | 'export' | 'import' | 'insights' | 'backlog' | 'present';

export interface PanelState {
  /** The modal panel shown, if any. */
  open: Panel | null;
  /** Bumped to ask the search bar to take the focus (it may already be open). */
  searchFocus: number;
  show(panel: Panel): void;
  close(): void;
  focusSearch(): void;
}

export type PanelStore = StoreApi<PanelState>;

/** The editor's transient panels, one store per editor like the document store. */
export function createPanelStore(): PanelStore {
  return createStore<PanelState>()((set, get) => ({
    open: null,
    searchFocus: 0,
    show: (open) => set({ open }),
    close: () => set({ open: null }),
    focusSearch: () => set({ searchFocus: get().searchFocus + 1 }),
  }));
}
