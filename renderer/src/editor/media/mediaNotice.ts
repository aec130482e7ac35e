import { create } from 'zustand';

/** What attaching files last said: refusals (an alert) and notes (a status line). */
interface MediaNoticeState {
  errors: string[];
  notes: string[];
  busy: string | null;
  show(notice: { errors?: string[]; notes?: string[] }): void;
  setBusy(busy: string | null): void;
  dismiss(): void;
}

export const useMediaNotice = create<MediaNoticeState>((set) => ({
  errors: [],
  notes: [],
  busy: null,
  show: ({ errors = [], notes = [] }) => set({ errors, notes }),
  setBusy: (busy) => set({ busy }),
  dismiss: () => set({ errors: [], notes: [] }),
}));
