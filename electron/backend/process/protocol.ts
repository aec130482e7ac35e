import { z } from 'zod';
import type { ApiErrorCode, ApiResponse } from '../../../shared/api/errors';
import type { ProjectEvent } from '../../../shared/api/events';

/**
 * The messages between the UI's process and the backend process. The same plain objects go
 * over Node's child_process IPC (browser mode) and Electron's utilityProcess ports (desktop).
 */
export type ToBackend =
  | { kind: 'call'; id: number; method: string; args: unknown }
  /** Close the project (checkpointing its WAL into the file), then exit. */
  | { kind: 'shutdown' };

/**
 * What the UI's process reads of an answer without parsing its JSON: whether it succeeded (and
 * the error if not), and the revision and path of an opened project, for its restart bookkeeping.
 */
export type ReplyHead =
  | { ok: true; revision?: number; path?: string }
  | { ok: false; error: { code: ApiErrorCode; message: string } };

/**
 * An answer serialised once, in the backend process: the envelope's JSON text, which every
 * transport (loopback HTTP, Electron IPC) passes on as it is, and its head.
 */
export interface Reply {
  json: string;
  head: ReplyHead;
}

export function replyOf(response: ApiResponse<unknown>): Reply {
  const json = JSON.stringify(response);
  if (!response.ok) return { json, head: { ok: false, error: response.error } };
  const value = response.value as { revision?: unknown; path?: unknown } | null;
  const head: ReplyHead = { ok: true };
  if (typeof value?.revision === 'number') head.revision = value.revision;
  if (typeof value?.path === 'string') head.path = value.path;
  return { json, head };
}

export type FromBackend =
  /** Sent once the backend listens: calls are sent only after it. */
  | { kind: 'ready' }
  | ({ kind: 'reply'; id: number } & Reply)
  /** A committed edit, for every open window; sent before the reply to the call that made it. */
  | { kind: 'event'; event: ProjectEvent };

/** What a backend process is started with: plain data, passed on its command line. */
const startOptionsSchema = z
  .object({
    mode: z.enum(['desktop', 'browser']),
    settingsDir: z.string().min(1),
    defaultDirectory: z.string(),
    canPickFiles: z.boolean(),
    firstRevision: z.number().int().min(0),
  })
  .strict();

export type BackendStartOptions = z.infer<typeof startOptionsSchema>;

const START_FLAG = '--wayline-backend=';

export function startArgs(options: BackendStartOptions): string[] {
  return [START_FLAG + JSON.stringify(options)];
}

/** Reads the start options from a backend process's argv; throws when they are missing. */
export function readStartOptions(argv: readonly string[]): BackendStartOptions {
  const arg = argv.find((a) => a.startsWith(START_FLAG));
  if (!arg) throw new Error('The Wayline backend must be started by Wayline.');
  return startOptionsSchema.parse(JSON.parse(arg.slice(START_FLAG.length)));
}

const toBackendSchema = z.union([
  z.object({
    kind: z.literal('call'),
    id: z.number().int(),
    method: z.string(),
    args: z.unknown(),
  }),
  z.object({ kind: z.literal('shutdown') }),
]);

/** The parent is trusted, but a malformed message is dropped rather than half-handled. */
export function parseToBackend(raw: unknown): ToBackend | null {
  const parsed = toBackendSchema.safeParse(raw);
  return parsed.success ? (parsed.data as ToBackend) : null;
}
