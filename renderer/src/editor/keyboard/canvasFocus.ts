import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { NavKey } from './navModel';

export interface CanvasFocusState {
  /**
   * The map's one Tab stop (a roving tabindex): the item that has or last had the keyboard
   * focus. Kept when the item is culled off screen, so the keyboard goes on from it.
   */
  key: NavKey | null;
  setKey(key: NavKey | null): void;
  /**
   * Moves the keyboard focus to an item of the map: selects it, pans the view to it (culled or
   * not) and focuses it once drawn. Set by the canvas while it is mounted.
   */
  focus: ((key: NavKey) => void) | null;
  setFocuser(focus: ((key: NavKey) => void) | null): void;
  /**
   * Moves the keyboard focus onto the map from another region (F6): the selected card, else
   * the first card. False when no map is mounted. Set by the canvas with `focus`.
   */
  enter: (() => boolean) | null;
  setEntry(enter: (() => boolean) | null): void;
}

export type CanvasFocusStore = StoreApi<CanvasFocusState>;

/** One per editor, like the document store. */
export function createCanvasFocusStore(): CanvasFocusStore {
  return createStore<CanvasFocusState>()((set, get) => ({
    key: null,
    setKey: (key) => {
      if (key !== get().key) set({ key });
    },
    focus: null,
    setFocuser: (focus) => set({ focus }),
    enter: null,
    setEntry: (enter) => set({ enter }),
  }));
}

export const CanvasFocusContext = createContext<CanvasFocusStore | null>(null);

/** Whether `key` is the map's Tab stop. Outside an editor (tests of one card) every item is. */
export function useIsTabStop(key: NavKey): boolean {
  const store = useContext(CanvasFocusContext);
  // A hook must run unconditionally: without a store, a throwaway one answers.
  const value = useStore(store ?? FALLBACK, (s) => s.key === key);
  return store ? value : true;
}

const FALLBACK = createCanvasFocusStore();

/** The Tab stop's key when `match` accepts it (else null): one subscription for many items. */
export function useTabStopWhere(match: (key: NavKey) => boolean): NavKey | null {
  const store = useContext(CanvasFocusContext);
  return useStore(store ?? FALLBACK, (s) => (s.key !== null && match(s.key) ? s.key : null));
}

/** The props that make an element an item of the map's keyboard walk (see navModel.ts). */
export function useNavItem(key: NavKey): { tabIndex: number; 'data-kb': string } {
  return { tabIndex: useIsTabStop(key) ? 0 : -1, 'data-kb': key };
}

/** The card the keyboard is on, if any: kept drawn in full at every zoom and never culled. */
export function useKeyboardCardId(): string | null {
  const store = useContext(CanvasFocusContext);
  const key = useStore(store ?? FALLBACK, (s) => s.key);
  return store && key?.startsWith('card:') ? key.slice('card:'.length) : null;
}
