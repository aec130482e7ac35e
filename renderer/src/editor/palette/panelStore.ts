import { createStore, type StoreApi } from 'zustand/vanilla';

import type { EditorCommandId } from '../../../../shared/commands/registry';

/** 'present' is the presentation, shown instead of the editor (present/PresentGate.tsx). */
export type Panel =
  | 'palette'
  | 'shortcuts'
  | 'export'
  | 'import'
  | 'insights'
  | 'present'
  /** The card picker of "Connect to…" and the lane picker of "Add card to lane…". */
  | 'connect'
  | 'add-card'
  | 'personas'
  | 'backlog'
  /** Room mode: start a room, its QR code, the live inbox and tallies (room/RoomPanel.tsx). */
  | 'room'
  /** The project's research sources (evidence/SourcesPanel.tsx). */
  | 'sources'
  /** "Save view…" (views/SaveViewDialog.tsx). */
  | 'save-view'
  /** A card's context menu (cardMenu/CardMenu.tsx), where `cardMenu` says. */
  | 'card-menu';

/** The card a context menu was opened on, and where (viewport pixels). */
export interface CardMenuPlace {
  cardId: string;
  x: number;
  y: number;
}

/** What the editor's middle shows for the journey: the map, or its cards as a table. */
export type JourneyView = 'map' | 'table';

/** What the shown table lends the row commands (table/useRowCommands.ts): its active row. */
export interface TableRowCommands {
  canAddRow: boolean;
  canDeleteRow: boolean;
  addRow(): void;
  deleteRow(): void;
}

export interface PanelState {
  /** The modal panel shown, if any. */
  open: Panel | null;
  view: JourneyView;
  setView(view: JourneyView): void;
  /** The shown table's row commands; null while no table is on screen. */
  table: TableRowCommands | null;
  setTable(table: TableRowCommands | null): void;
  /** Bumped to ask the search bar to take the focus (it may already be open). */
  searchFocus: number;
  /** The command whose choices the palette lists ("Go to card…"), or null for every command. */
  pick: EditorCommandId | null;
  show(panel: Panel): void;
  /** Opens the palette at a command's choices. */
  showPick(id: EditorCommandId): void;
  close(): void;
  cardMenu: CardMenuPlace | null;
  showCardMenu(place: CardMenuPlace): void;
  focusSearch(): void;
  /** The stage the presentation shows (null on its overview or when not presenting): the room follows it. */
  presentStageId: string | null;
  setPresentStage(stageId: string | null): void;
}

export type PanelStore = StoreApi<PanelState>;

/** The editor's transient panels, one store per editor like the document store. */
export function createPanelStore(): PanelStore {
  return createStore<PanelState>()((set, get) => ({
    open: null,
    view: 'map',
    setView: (view) => set({ view }),
    table: null,
    setTable: (table) => set({ table }),
    searchFocus: 0,
    pick: null,
    show: (open) => set({ open, pick: null }),
    showPick: (pick) => set({ open: 'palette', pick }),
    close: () => set({ open: null, pick: null }),
    cardMenu: null,
    showCardMenu: (cardMenu) => set({ open: 'card-menu', pick: null, cardMenu }),
    focusSearch: () => set({ searchFocus: get().searchFocus + 1 }),
    presentStageId: null,
    setPresentStage: (presentStageId) => set({ presentStageId }),
  }));
}
