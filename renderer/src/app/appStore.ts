import { create } from 'zustand';
import type { AppState, OpenProject, WaylineApi } from '../../../shared/api/schema';
import { errorMessage } from '../../../shared/api/errors';
import type { RowSet } from '../../../shared/model/types';
import { createApiClient } from '../api/client';
import type { ProjectFeed } from '../api/feed';

interface AppStore {
  api: WaylineApi;
  /** Every edit committed to the open project, from any window. */
  feed: ProjectFeed;
  state: AppState | null;
  project: OpenProject | null;
  error: string | null;
  busy: boolean;
  boot(): Promise<void>;
  refresh(): Promise<void>;
  /** A new project: the starter journey, or the rows of an imported Wayline JSON file. */
  createProject(path: string, name: string, rows?: RowSet): Promise<void>;
  openProject(path: string): Promise<void>;
  closeProject(): Promise<void>;
  removeRecent(path: string): Promise<void>;
  pickPath(purpose: 'create' | 'open', suggestedName?: string): Promise<string | null>;
  clearError(): void;
}

/** App-level state: which screen, the recent list, the open project. One per window. */
export const useAppStore = create<AppStore>()((set, get) => {
  const attempt = async (work: () => Promise<void>) => {
    set({ busy: true, error: null });
    try {
      await work();
    } catch (err) {
      set({ error: errorMessage(err) });
      await get()
        .refresh()
        .catch(() => undefined);
    } finally {
      set({ busy: false });
    }
  };
  const { api, feed } = createApiClient();
  return {
    api,
    feed,
    state: null,
    project: null,
    error: null,
    busy: false,
    async boot() {
      await attempt(async () => {
        const state = await get().api['app.getState']({});
        // Browser mode may already have a project open (--project, or a reload).
        const project = state.project ? await get().api['project.load']({}) : null;
        set({ state, project });
      });
    },
    async refresh() {
      set({ state: await get().api['app.getState']({}) });
    },
    async createProject(path, name, rows) {
      await attempt(async () => {
        const project = await get().api['project.create']({ path, name, rows });
        set({ project });
      });
    },
    async openProject(path) {
      await attempt(async () => {
        const project = await get().api['project.open']({ path });
        set({ project });
      });
    },
    async closeProject() {
      await attempt(async () => {
        await get().api['project.close']({});
        set({ project: null });
      });
      // Outside attempt(): a failed refresh must not look like a failed close.
      if (!get().project)
        await get()
          .refresh()
          .catch(() => undefined);
    },
    async removeRecent(path) {
      await attempt(async () => {
        await get().api['recent.remove']({ path });
        await get().refresh();
      });
    },
    async pickPath(purpose, suggestedName) {
      try {
        return (await get().api['dialog.pickProjectPath']({ purpose, suggestedName })).path;
      } catch (err) {
        set({ error: errorMessage(err) });
        return null;
      }
    },
    clearError() {
      set({ error: null });
    },
  };
});
