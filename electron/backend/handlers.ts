import { existsSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import type { z } from 'zod';
import { ApiError } from '../../shared/api/errors';
import type { ApiMethod } from '../../shared/api/methods';
import type { ApiResult, apiArgSchemas, OpenProject } from '../../shared/api/schema';
import { PROJECT_EXTENSION } from './projectFile';
import { createProjectStore, openProjectStore, type ProjectStore } from './projectStore';
import { RecentProjects } from './recentProjects';

export type ApiHandlers = {
  [M in ApiMethod]: (args: z.output<(typeof apiArgSchemas)[M]>) => Promise<ApiResult<M>>;
};

export interface BackendOptions {
  mode: 'desktop' | 'browser';
  settingsDir: string;
  defaultDirectory: string;
  /** Native dialogs; only the desktop shell has them. */
  pickProjectPath?: (purpose: 'create' | 'open', suggestedName?: string) => Promise<string | null>;
}

export interface Backend {
  handlers: ApiHandlers;
  /** The open project, if any (browser mode opens one from the command line). */
  readonly store: ProjectStore | null;
  openProject(path: string): OpenProject;
  createProject(path: string, name: string): OpenProject;
  close(): void;
}

function projectPath(raw: string): string {
  const path = resolve(raw);
  return extname(path).toLowerCase() === PROJECT_EXTENSION ? path : path + PROJECT_EXTENSION;
}

export function createBackend(options: BackendOptions): Backend {
  const recent = new RecentProjects(options.settingsDir);
  let store: ProjectStore | null = null;

  const requireStore = (): ProjectStore => {
    if (!store) throw new ApiError('no_project', 'No project is open.');
    return store;
  };

  /** Swaps in a newly opened store; the old one closes only once the new one is good. */
  const adopt = (next: ProjectStore): OpenProject => {
    store?.close();
    store = next;
    recent.touch(next.path, next.doc.info.name);
    return { path: next.path, doc: next.doc };
  };

  const backend: Backend = {
    get store() {
      return store;
    },
    openProject(raw) {
      return adopt(openProjectStore(resolve(raw)));
    },
    createProject(raw, name) {
      const path = projectPath(raw);
      const dir = dirname(path);
      if (!existsSync(dir) || !statSync(dir).isDirectory()) {
        throw new ApiError('not_found', `The folder ${dir} does not exist.`);
      }
      return adopt(createProjectStore(path, name));
    },
    close() {
      store?.close();
      store = null;
    },
    handlers: {
      'app.getState': async () => ({
        mode: options.mode,
        canPickFiles: options.pickProjectPath !== undefined,
        defaultDirectory: options.defaultDirectory,
        recent: recent.list(),
        project: store ? { path: store.path, name: store.doc.info.name } : null,
      }),
      'project.create': async ({ path, name }) => backend.createProject(path, name),
      'project.open': async ({ path }) => backend.openProject(path),
      'project.load': async () => {
        const current = requireStore();
        return { path: current.path, doc: current.doc };
      },
      'project.close': async () => {
        backend.close();
        return null;
      },
      'project.applyOps': async ({ ops }) => {
        const current = requireStore();
        const name = current.doc.info.name;
        current.apply(ops);
        // Compare names rather than op types: a rename can also arrive inside a batch (an undo).
        if (current.doc.info.name !== name) {
          recent.touch(current.path, current.doc.info.name);
        }
        return { applied: ops.length };
      },
      'recent.remove': async ({ path }) => recent.remove(path),
      'dialog.pickProjectPath': async ({ purpose, suggestedName }) => {
        if (!options.pickProjectPath) {
          throw new ApiError('unsupported', 'File dialogs are only available in the desktop app.');
        }
        return { path: await options.pickProjectPath(purpose, suggestedName) };
      },
    },
  };
  return backend;
}
