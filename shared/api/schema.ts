import { z } from 'zod';
import type { ApiErrorCode } from './errors';
import type { ProjectChange } from './events';
import { exportChoiceSchema } from '../export/formats';
import { idSchema, LIMITS } from '../model/schema';
import type { ProjectDoc } from '../model/types';
import { opSchema, rowSetSchema } from '../ops/schema';
import type { ApiMethod } from './methods';
import { roomArgSchemas, type RoomResults } from '../room/roomApi';
import { MEDIA_API_SCHEMAS, type MediaApiResults } from './mediaSchema';

export type { StoredMedia } from './mediaSchema';
import { DEFAULT_IMPORT_MAX_BYTES as MAX_IMPORT_BYTES } from '../import/guards';
import type { Problem } from '../import/problems';
import type { Sheet } from '../import/survey/sheet';
import type { Result } from '../result';

// No file system takes a NUL in a path; Node throws on one, which would answer 'internal'.
const pathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((path) => !path.includes('\0'), 'A path cannot hold a NUL character.');
const jobIdSchema = z.string().min(1).max(100);
export const MAX_OPS_PER_CALL = 1000;

/** The argument schema of every method; the backend parses each call's payload with it. */
export const apiArgSchemas = {
  'app.getState': z.object({}).strict(),
  'project.create': z
    .object({
      path: pathSchema,
      name: z.string().trim().min(1).max(LIMITS.name),
      /** Start from these rows (an imported Wayline JSON file) instead of the starter journey. */
      rows: rowSetSchema.optional(),
    })
    .strict(),
  'project.open': z.object({ path: pathSchema }).strict(),
  'project.load': z.object({}).strict(),
  'project.close': z.object({}).strict(),
  'project.applyOps': z
    .object({
      ops: z.array(opSchema).min(1).max(MAX_OPS_PER_CALL),
      /** The revision the ops were made on (from project.load or the last applyOps). */
      baseRevision: z.number().int().min(0),
      /**
       * Which window sends them, carried in the change event: its event is not pushed to that
       * window, and the window skips it in project.changesSince.
       */
      clientId: z.string().min(1).max(64).optional(),
    })
    .strict(),
  /** The changes saved after `revision`, for a window that missed some (null: too far back). */
  'project.changesSince': z.object({ revision: z.number().int().min(0) }).strict(),
  /**
   * Starts an export in a worker, from the project as it is now; poll export.status. The
   * options are those of the format (shared/export/formats.ts), each left out takes its default.
   */
  'export.start': exportChoiceSchema({ journeyId: idSchema }),
  'export.status': z.object({ jobId: jobIdSchema }).strict(),
  'export.cancel': z.object({ jobId: jobIdSchema }).strict(),
  'recent.remove': z.object({ path: pathSchema }).strict(),
  'dialog.pickProjectPath': z
    .object({
      purpose: z.enum(['create', 'open']),
      suggestedName: z.string().max(LIMITS.name).optional(),
    })
    .strict(),
  ...roomArgSchemas,
  ...MEDIA_API_SCHEMAS,
  /** Reads a survey workbook (XLSX, with exceljs in the backend) into rows of cells. */
  'survey.readSheet': z
    .object({ base64: z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4) })
    .strict(),
} satisfies Record<ApiMethod, z.ZodType>;

// Fails to compile if a schema is missing for a method, or a schema names no method.
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never]
  ? true
  : false;
const schemasCoverMethods: SameKeys<typeof apiArgSchemas, Record<ApiMethod, unknown>> = true;
void schemasCoverMethods;

/** An exported file, ready to be saved: bytes as base64 so it crosses IPC and HTTP alike. */
export interface RenderedExport {
  fileName: string;
  mimeType: string;
  base64: string;
  /** What the user should know about the output (it was scaled down, say). */
  notes: string[];
}

/** How far an export is: `stage` is a short phrase the dialog shows as it is. */
export interface ExportProgress {
  done: number;
  total: number;
  stage: string;
}

/** An export job as export.status reports it; finished jobs are kept for about a minute. */
export type ExportJobStatus =
  | { state: 'running'; progress: ExportProgress; elapsedMs: number }
  | { state: 'done'; file: RenderedExport }
  | { state: 'failed'; error: { code: ApiErrorCode; message: string } }
  | { state: 'cancelled' };

export interface RecentProject {
  path: string;
  name: string;
  openedAt: string;
}

export interface OpenProject {
  path: string;
  doc: ProjectDoc;
  /** The store's revision `doc` is at; edits are sent on top of it. */
  revision: number;
  /**
   * Set when the file could only be opened for reading (a read-only file or folder): the
   * reason, for a banner. Edits are refused with `read_only`; viewing and exports work.
   */
  readOnly?: { reason: string };
}

export interface AppState {
  mode: 'desktop' | 'browser';
  /** Native file dialogs exist only in the desktop app; browser mode asks for a path instead. */
  canPickFiles: boolean;
  defaultDirectory: string;
  recent: RecentProject[];
  project: { path: string; name: string } | null;
}

export interface ApiResults extends RoomResults, MediaApiResults {
  'app.getState': AppState;
  'project.create': OpenProject;
  'project.open': OpenProject;
  'project.load': OpenProject;
  'project.close': null;
  'project.applyOps': { revision: number };
  'project.changesSince': {
    path: string;
    revision: number;
    /** In order, from the asked revision on; null when they are no longer kept: reload. */
    changes: ProjectChange[] | null;
  };
  'export.start': { jobId: string };
  'export.status': ExportJobStatus;
  'export.cancel': { cancelled: boolean };
  'recent.remove': RecentProject[];
  'dialog.pickProjectPath': { path: string | null };
  'survey.readSheet': Result<Sheet, Problem>;
}

export type ApiArgs<M extends ApiMethod> = z.input<(typeof apiArgSchemas)[M]>;
export type ApiResult<M extends ApiMethod> = ApiResults[M];

/** The API as the renderer sees it: one async function per method. */
export type WaylineApi = { [M in ApiMethod]: (args: ApiArgs<M>) => Promise<ApiResult<M>> };
