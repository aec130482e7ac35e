import { apiFailure, type ApiResponse } from '../../../shared/api/errors';
import type { ProjectEvent } from '../../../shared/api/events';
import { fromWire, toWire } from '../../../shared/api/wire';
import { dispatchApiCall, type ApiCall, type ApiJsonCall } from '../dispatch';
import type { ApiHandlers } from '../handlers';
import {
  replyOf,
  startArgs,
  type BackendStartOptions,
  type FromBackend,
  type Reply,
  type ReplyHead,
  type ToBackend,
} from './protocol';

/** One running backend process, as the UI's process sees it. */
export interface BackendChild {
  send(message: ToBackend): void;
  onMessage(listener: (message: FromBackend) => void): void;
  /** Called once when the process has gone, with why (for the log). */
  onExit(listener: (reason: string) => void): void;
  /** Ends the process at once (SIGKILL): a backend stuck in a SQLite read ignores SIGTERM. */
  kill(): void;
}

/** Starts backend processes: Node's child_process.fork, or Electron's utilityProcess.fork. */
export interface Launcher {
  spawn(args: string[]): BackendChild;
}

/** How long to wait, in ms, before a backend that does not answer is taken for hung. */
export interface TimeLimits {
  /** From spawn to its 'ready' message. */
  start: number;
  /** Any call not listed below. */
  call: number;
  /** Opening or creating a project, and edits that insert rows (imports, pastes). */
  open: number;
  /** From the shutdown message to the process's exit, before it is killed. */
  shutdown: number;
}

export const DEFAULT_TIME_LIMITS: TimeLimits = {
  start: 20_000,
  call: 30_000,
  open: 60_000,
  shutdown: 10_000,
};

/** Edits that insert rows: an import into the open project, a paste, a duplicate. */
function insertsRows(args: unknown): boolean {
  const ops = (args as { ops?: unknown } | null)?.ops;
  return (
    Array.isArray(ops) &&
    ops.some((op: { type?: unknown }) => op?.type === 'insertRows' || op?.type === 'batch')
  );
}

export function timeLimitFor(method: string, args: unknown, limits: TimeLimits): number {
  if (method === 'project.open' || method === 'project.create') return limits.open;
  if (method === 'project.applyOps' && insertsRows(args)) return limits.open;
  return limits.call;
}

export interface BackendClientOptions {
  launcher: Launcher;
  start: Omit<BackendStartOptions, 'firstRevision'>;
  /** Methods answered in the UI's process (native dialogs exist only in Electron main). */
  local?: Partial<ApiHandlers>;
  timeLimits?: Partial<TimeLimits>;
  log?: (message: string) => void;
}

export interface BackendClient {
  /** Same envelopes as dispatchApiCall; validation happens once, where the method runs. */
  call: ApiCall;
  /**
   * The same envelopes as the JSON text the backend process serialised them to, for transports
   * that pass them on (loopback HTTP, Electron IPC): an opened project is never parsed here.
   */
  callJson: ApiJsonCall;
  /** How many times the backend process has been restarted after dying or hanging. */
  readonly restarts: number;
  /** Subscribes to every committed edit (to pass on to the windows); returns the unsubscribe. */
  onEvent(listener: (event: ProjectEvent) => void): () => void;
  /** Closes the project cleanly and ends the backend process; later calls are refused. */
  close(): Promise<void>;
}

const SERVICE = 'The part of Wayline that reads and writes project files';

function failed(message: string): Reply {
  return replyOf(apiFailure('backend_failed', message));
}

interface Pending {
  method: string;
  deadline: number;
  timer: ReturnType<typeof setTimeout>;
  resolve(reply: Reply): void;
}

/** One backend process and the calls waiting on it. */
class Session {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private dead = false;
  /** Killed because a call got no answer in time (rather than found dead). */
  hung = false;
  private exitListeners: (() => void)[] = [];
  readonly ready: Promise<void>;

  constructor(
    private readonly child: BackendChild,
    private readonly limits: TimeLimits,
    private readonly onDeath: (session: Session, reason: string) => void,
    private readonly onEvent: (event: ProjectEvent) => void,
  ) {
    this.ready = new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => this.die(`it did not start within ${limits.start / 1000} s`),
        limits.start,
      );
      this.exitListeners.push(() => {
        clearTimeout(timer);
        reject(new Error(`${SERVICE} could not be started.`));
      });
      child.onMessage((message) => {
        if (message.kind === 'ready') {
          clearTimeout(timer);
          resolve();
        } else if (message.kind === 'reply') {
          this.settle(message.id, { json: message.json, head: message.head });
        } else if (message.kind === 'event') this.onEvent(message.event);
      });
    });
    // Nobody may be waiting on ready yet (an eager restart); its failure is reported by die().
    this.ready.catch(() => {});
    child.onExit((reason) => this.die(reason));
  }

  get alive(): boolean {
    return !this.dead;
  }

  request(method: string, args: unknown): Promise<Reply> {
    if (this.dead) return Promise.resolve(failed(`${SERVICE} stopped. Try again.`));
    const id = this.nextId++;
    // One thread runs every call in turn, so a call cannot be expected back before the ones
    // sent ahead of it: its deadline is never earlier than theirs.
    const limit = timeLimitFor(method, args, this.limits);
    let deadline = Date.now() + limit;
    for (const p of this.pending.values()) deadline = Math.max(deadline, p.deadline);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.die(`it did not answer ${method} within ${Math.round(limit / 1000)} s`, id);
      }, deadline - Date.now());
      this.pending.set(id, { method, deadline, timer, resolve });
      this.child.send({ kind: 'call', id, method, args });
    });
  }

  /** Asks the process to close the project and exit; kills it if it does not in time. */
  shutdown(): Promise<void> {
    if (this.dead) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(
        () => this.die('it did not shut down in time'),
        this.limits.shutdown,
      );
      this.exitListeners.push(() => {
        clearTimeout(timer);
        resolve();
      });
      this.child.send({ kind: 'shutdown' });
    });
  }

  private settle(id: number, reply: Reply): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    clearTimeout(pending.timer);
    pending.resolve(reply);
  }

  /** The process is gone or hung: kill it, and answer every call still waiting. */
  die(reason: string, hungCall?: number): void {
    if (this.dead) return;
    this.dead = true;
    this.hung = hungCall !== undefined;
    this.child.kill();
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.resolve(
        failed(
          id === hungCall
            ? `${SERVICE} stopped responding and was restarted. This action did not finish.`
            : `${SERVICE} stopped unexpectedly and was restarted. This action may not have finished.`,
        ),
      );
    }
    this.pending.clear();
    for (const listener of this.exitListeners) listener();
    this.exitListeners = [];
    this.onDeath(this, reason);
  }
}

/**
 * Runs the backend in a process of its own and forwards every API call to it. When that
 * process dies or stops answering, calls in flight get a 'backend_failed' error, the process
 * is restarted, and the project that was open is reopened (never one whose open was the call
 * that hung), with revisions above every one handed out before, so a window holding an old
 * revision resynchronises instead of writing over what it has not seen.
 */
export function createBackendClient(options: BackendClientOptions): BackendClient {
  const limits = { ...DEFAULT_TIME_LIMITS, ...options.timeLimits };
  const log = options.log ?? ((message: string) => console.error(`[wayline] ${message}`));
  const local = options.local ?? {};

  let session: Session | null = null;
  const eventListeners = new Set<(event: ProjectEvent) => void>();
  let starting: Promise<Session> | null = null;
  let closing = false;
  let restarts = 0;
  let highestRevision = -1;
  /** The project the backend has open, as its answers said: reopened after a restart. */
  let openPath: string | null = null;
  /** Revisions below this were handed out by a backend process that has since died. */
  let restartRevision = 0;
  /** Deaths in a row while reopening it: after two, the file itself is the suspect. */
  let reopenFailures = 0;

  const note = (method: string, head: ReplyHead): void => {
    if (!head.ok) return;
    if (head.revision !== undefined) highestRevision = Math.max(highestRevision, head.revision);
    if (method === 'project.close') openPath = null;
    else if (head.path !== undefined && head.revision !== undefined) openPath = head.path;
  };

  const onDeath = (dead: Session, reason: string): void => {
    if (dead !== session || closing) return;
    log(`the backend process stopped (${reason}); restarting it.`);
    restarts += 1;
    // Restart at once, so the project is open again before the window's next call.
    void ensure().catch((err: unknown) => log((err as Error).message));
  };

  const launch = async (): Promise<Session> => {
    const firstRevision = highestRevision + 1;
    if (session) restartRevision = firstRevision;
    const child = options.launcher.spawn(startArgs({ ...options.start, firstRevision }));
    const fresh = new Session(child, limits, onDeath, (event) => {
      for (const listener of eventListeners) listener(event);
    });
    session = fresh;
    await fresh.ready;
    const path = openPath;
    if (!path) return fresh;
    const { head } = await fresh.request('project.open', { path });
    note('project.open', head);
    if (head.ok) {
      reopenFailures = 0;
      return fresh;
    }
    log(`could not reopen ${path} after a restart: ${head.error.message}`);
    reopenFailures += 1;
    // Never open again a file whose open hung or keeps killing the backend; a refusal (the
    // file was moved, or is in use) is the user's to see when they open it themselves.
    if (fresh.hung || reopenFailures >= 2 || head.error.code !== 'backend_failed') {
      openPath = null;
    }
    if (!fresh.alive) throw new Error(`${SERVICE} stopped while reopening ${path}.`);
    return fresh;
  };

  /** The running backend, started (or restarted) first when need be. */
  const ensure = (): Promise<Session> => {
    if (session?.alive && !starting) return Promise.resolve(session);
    starting ??= launch().finally(() => {
      starting = null;
    });
    return starting;
  };

  /**
   * An edit refused because the backend was restarted since the window's last save: the
   * window is told that, rather than that another tab changed the project.
   */
  const staleAfterRestart = (method: string, args: unknown, head: ReplyHead) => {
    const base = (args as { baseRevision?: unknown } | null)?.baseRevision;
    return (
      method === 'project.applyOps' &&
      !head.ok &&
      head.error.code === 'out_of_sync' &&
      typeof base === 'number' &&
      base < restartRevision
    );
  };
  const restartedSince = () => failed(`${SERVICE} stopped unexpectedly and was restarted.`);

  const callJson: ApiJsonCall = async (method, args) => {
    if (Object.hasOwn(local, method))
      return JSON.stringify(toWire(method, await dispatchApiCall(local, method, args)));
    if (closing) return failed('Wayline is closing.').json;
    let current: Session;
    try {
      current = await ensure();
    } catch {
      return failed(`${SERVICE} could not be started. Try again, or restart Wayline.`).json;
    }
    const reply = await current.request(method, args);
    note(method, reply.head);
    return staleAfterRestart(method, args, reply.head) ? restartedSince().json : reply.json;
  };

  // Started now rather than at the first call, so the window's first call finds it ready.
  void ensure().catch((err: unknown) => log((err as Error).message));

  return {
    call: async (method, args) =>
      fromWire(method, JSON.parse(await callJson(method, args)) as ApiResponse<unknown>),
    callJson,
    get restarts() {
      return restarts;
    },
    onEvent(listener) {
      eventListeners.add(listener);
      return () => {
        eventListeners.delete(listener);
      };
    },
    async close() {
      closing = true;
      const current = await (starting ?? Promise.resolve(session)).catch(() => null);
      await current?.shutdown();
    },
  };
}
