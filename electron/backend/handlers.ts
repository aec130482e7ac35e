import { existsSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import type { z } from 'zod';
import { ApiError } from '../../shared/api/errors';
import type { ApiMethod } from '../../shared/api/methods';
import type { ApiResult, apiArgSchemas, OpenProject } from '../../shared/api/schema';
import { getEntity } from '../../shared/model/doc';
import { PROJECT_EXTENSION } from '../../shared/model/fileNames';
import type { RowSet } from '../../shared/model/types';
import type { ProjectEvent } from '../../shared/api/events';
import { createChangeLog } from './changeLog';
import { createExportJobs, type ExportJobsOptions } from './export/exportJobs';
import { exportLimitsFromEnv } from './export/exportLimits';
import { isSameFile } from './fileIdentity';
import { createProjectStore, openProjectStore, type ProjectStore } from './projectStore';
import { RecentProjects } from './recentProjects';
import { roomHandlers } from './room/roomHandlers';
import { createRoomService } from './room/roomService';
import { createMediaHandlers } from './media/mediaHandlers';
import { exportMediaFor } from './media/exportMedia';
import { readSurveyXlsx } from './surveyXlsx';
import { MAX_IMPORT_BYTES } from '../../shared/import/planImport';

export type ApiHandlers = {
  [M in ApiMethod]: (args: z.output<(typeof apiArgSchemas)[M]>) => Promise<ApiResult<M>>;
};

export interface BackendOptions {
  mode: 'desktop' | 'browser';
  settingsDir: string;
  defaultDirectory: string;
  /** Native dialogs; only the desktop shell has them. */
  pickProjectPath?: (purpose: 'create' | 'open', suggestedName?: string) => Promise<string | null>;
  /** Export workers' limits and script; limits come from the environment when not given. */
  exports?: ExportJobsOptions;
  /**
   * Whether the app can show file dialogs, when they are answered by another process than this
   * backend's (the desktop shell's); defaults to whether `pickProjectPath` is given.
   */
  canPickFiles?: boolean;
  /**
   * The first revision this backend hands out. A restarted backend process starts above every
   * revision its predecessor handed out, so a window's stale revision never passes for current.
   */
  firstRevision?: number;
  /** Told of every committed edit, to pass on to every open window. */
  onEvent?: (event: ProjectEvent) => void;
}

export interface Backend {
  handlers: ApiHandlers;
  /** The open project, if any (browser mode opens one from the command line). */
  readonly store: ProjectStore | null;
  openProject(path: string): OpenProject;
  createProject(path: string, name: string, rows?: RowSet): OpenProject;
  close(): void;
}

const snapshot = (store: ProjectStore): OpenProject => ({
  path: store.path,
  doc: store.doc,
  revision: store.revision,
  ...(store.readOnly ? { readOnly: store.readOnly } : {}),
});

/** An absolute project path, with the .wayline extension added when it was left out. */
export function projectPath(raw: string): string {
  const path = resolve(raw);
  return extname(path).toLowerCase() === PROJECT_EXTENSION ? path : path + PROJECT_EXTENSION;
}

export function createBackend(options: BackendOptions): Backend {
  const recent = new RecentProjects(options.settingsDir);
  const exports = createExportJobs({
    limits: exportLimitsFromEnv(process.env),
    ...options.exports,
  });
  let store: ProjectStore | null = null;
  const changes = createChangeLog();
  // A room lives only while its project is open here: another project or a close ends it.
  const room = createRoomService(() => store?.doc ?? null);
  const media = createMediaHandlers(() => requireStore());

  const requireStore = (): ProjectStore => {
    if (!store) throw new ApiError('no_project', 'No project is open.');
    return store;
  };

  /** Swaps in a newly opened store; the old one closes only once the new one is good. */
  const adopt = (next: ProjectStore): OpenProject => {
    if (store !== next) {
      room.close();
      store?.close();
      changes.clear();
      media.uploads.clear();
    }
    store = next;
    recent.touch(next.path, next.doc.info.name);
    return seen(snapshot(next));
  };
  // The highest revision handed out by this backend: the next project opened counts from above it.
  let highestRevision = (options.firstRevision ?? 0) - 1;
  const seen = <T extends { revision: number }>(value: T): T => {
    highestRevision = Math.max(highestRevision, value.revision);
    return value;
  };
  const storeOptions = () => ({ firstRevision: highestRevision + 1 });

  const backend: Backend = {
    get store() {
      return store;
    },
    openProject(raw) {
      const path = resolve(raw);
      // Already open here, by this path or another (a link, `..`, a renamed folder): reopening
      // would collide with our own lock, and even reading its header would drop that lock.
      if (store && isSameFile(path, store.identity)) {
        // The path it was opened by may lead nowhere now (its folder was renamed): from here on
        // the project is shown, listed and reopened after a backend restart by the new one.
        if (!isSameFile(store.path, store.identity)) store.path = path;
        return adopt(store);
      }
      return adopt(openProjectStore(path, storeOptions()));
    },
    createProject(raw, name, rows) {
      const path = projectPath(raw);
      const dir = dirname(path);
      if (!existsSync(dir) || !statSync(dir).isDirectory()) {
        throw new ApiError('not_found', `The folder ${dir} does not exist.`);
      }
      return adopt(createProjectStore(path, name, new Date(), { ...storeOptions(), rows }));
    },
    close() {
      // A running export works on a snapshot, but nobody is left to take its file.
      exports.cancelAll();
      room.close();
      store?.close();
      store = null;
      changes.clear();
      media.uploads.clear();
    },
    handlers: {
      'app.getState': async () => ({
        mode: options.mode,
        canPickFiles: options.canPickFiles ?? options.pickProjectPath !== undefined,
        defaultDirectory: options.defaultDirectory,
        recent: recent.list(),
        project: store ? { path: store.path, name: store.doc.info.name } : null,
      }),
      'project.create': async ({ path, name, rows }) => backend.createProject(path, name, rows),
      'project.open': async ({ path }) => backend.openProject(path),
      'project.load': async () => seen(snapshot(requireStore())),
      'project.close': async () => {
        backend.close();
        return null;
      },
      'project.applyOps': async ({ ops, baseRevision, clientId }) => {
        const current = requireStore();
        if (baseRevision !== current.revision) {
          throw new ApiError(
            'out_of_sync',
            'The project changed since this window last saw it (was it edited in another tab?).',
          );
        }
        const name = current.doc.info.name;
        current.apply(ops);
        const change = {
          baseRevision,
          revision: current.revision,
          ops,
          clientId: clientId ?? null,
        };
        changes.add(change);
        options.onEvent?.({ type: 'applied', path: current.path, change });
        // Compare names rather than op types: a rename can also arrive inside a batch (an undo).
        if (current.doc.info.name !== name) {
          recent.touch(current.path, current.doc.info.name);
        }
        return seen({ revision: current.revision });
      },
      'project.changesSince': async ({ revision }) => {
        const current = requireStore();
        return seen({
          path: current.path,
          revision: current.revision,
          changes: changes.since(revision, current.revision),
        });
      },
      'export.start': async (args) => {
        const current = requireStore();
        const doc = current.doc;
        if (!getEntity(doc, 'journeys', args.journeyId)) {
          throw new ApiError('not_found', 'That journey is not in the open project any more.');
        }
        const media = exportMediaFor(current.media, doc, args.journeyId, args.format, args.options);
        return exports.start({ ...args, doc, ...(media && { media }) });
      },
      'export.status': async ({ jobId }) => exports.status(jobId),
      'export.cancel': async ({ jobId }) => exports.cancel(jobId),
      'recent.remove': async ({ path }) => recent.remove(path),
      'survey.readSheet': async ({ base64 }) =>
        readSurveyXlsx(Buffer.from(base64, 'base64'), MAX_IMPORT_BYTES),
      'dialog.pickProjectPath': async ({ purpose, suggestedName }) => {
        if (!options.pickProjectPath) {
          throw new ApiError('unsupported', 'File dialogs are only available in the desktop app.');
        }
        return { path: await options.pickProjectPath(purpose, suggestedName) };
      },
      ...roomHandlers(room),
      ...media.handlers,
    },
  };
  return backend;
}
