import { create } from 'zustand';

/** The lightbox: which card's files it shows, and which one. Null while it is closed. */
interface LightboxState {
  open: { cardId: string; index: number } | null;
  show(cardId: string, index?: number): void;
  close(): void;
}

export const useLightbox = create<LightboxState>((set) => ({
  open: null,
  show: (cardId, index = 0) => set({ open: { cardId, index } }),
  close: () => set({ open: null }),
}));
