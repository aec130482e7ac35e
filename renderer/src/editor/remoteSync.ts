import { ApiError } from '../../../shared/api/errors';
import type { ProjectChange } from '../../../shared/api/events';
import type { FeedEvent } from '../api/feed';
import type { OpenProject, WaylineApi } from '../../../shared/api/schema';
import type { ProjectDoc } from '../../../shared/model/types';
import type { Op } from '../../../shared/ops/schema';
import type { FieldKey } from '../../../shared/sync/footprint';
import {
  rebase,
  replay,
  type Rebased,
  type SyncConflict,
  withoutConflicts,
} from '../../../shared/sync/rebase';
import { newClientId } from '../api/pageFeed';

export type { FeedEvent };

/** What the sync needs of its document store. */
export interface SyncHost {
  api: WaylineApi;
  path: string;
  revision(): number;
  conflicts(): SyncConflict[];
  /** Shows a new document (and revision); the store keeps its shown journey valid. */
  show(update: { doc?: ProjectDoc; revision?: number; conflicts?: SyncConflict[] }): void;
  /** Tells the person something they should know (an edit that could not be kept). */
  notify(message: string): void;
  /** The project was closed elsewhere: editing stops, with this message. */
  lost(message: string): void;
}

/** Out-of-sync refusals in a row before a save is given up as failed. */
const MAX_ATTEMPTS = 8;

function mergeConflicts(old: SyncConflict[], found: SyncConflict[]): SyncConflict[] {
  const byKey = new Map(old.map((c) => [c.key, c]));
  for (const c of found) {
    const was = byKey.get(c.key);
    const restore = c.restore ?? was?.restore;
    byKey.set(c.key, { ...c, mine: c.mine ?? was?.mine, ...(restore ? { restore } : {}) });
  }
  return [...byKey.values()];
}

/**
 * Keeps one window's document in step with the project as other windows change it. The
 * window shows `base` (the saved project at the store's revision) with its unacknowledged ops
 * replayed on top. Another window's change moves `base` and the ops are replayed again
 * (a rebase); an op that wrote a field the other window also wrote is a conflict: it stays on
 * screen, nothing is sent until the person keeps theirs or takes the other, and nothing is
 * dropped without being shown.
 */
export function createRemoteSync(host: SyncHost, project: OpenProject, maxPerCall: number) {
  const clientId = newClientId();
  let base = project.doc;
  let unacked: Op[] = [];
  /**
   * The document on screen while it is known to be `base` with `unacked` replayed on it; null
   * when that is not known. An answer for every op waiting then makes it the new base as it is,
   * instead of replaying the ops again (at 10,000 cards a replay copies the cards table).
   */
  let tip: ProjectDoc | null = base;
  let gate: { promise: Promise<void>; open(): void } | null = null;
  let chain: Promise<void> = Promise.resolve();

  /** Event handling, catch-ups and acknowledgements run one at a time, in order. */
  const serial = (work: () => Promise<void> | void): Promise<void> => {
    const next = chain.then(work);
    chain = next.catch((err: unknown) => console.error('[wayline] sync:', err));
    return next;
  };

  let blockedWaiters: (() => void)[] = [];
  const closeGate = () => {
    if (gate) return;
    let open = () => {};
    const promise = new Promise<void>((resolve) => (open = resolve));
    gate = { promise, open };
    for (const wake of blockedWaiters) wake();
    blockedWaiters = [];
  };
  const openGate = () => {
    gate?.open();
    gate = null;
  };

  /** Ops that no longer fit are said, unless the conflict notice already shows their row gone. */
  const report = (result: Rebased) => {
    const explained = result.conflicts.some((c) => c.theirs === undefined);
    if (result.unfit.length === 0 || explained) return;
    const count = result.unfit.length;
    host.notify(
      `${count === 1 ? 'One of your changes' : `${count} of your changes`} could not be kept: what ${count === 1 ? 'it' : 'they'} changed was deleted in another window.`,
    );
  };

  const showRebased = (result: Rebased, revision: number) => {
    base = result.base;
    unacked = result.pending;
    // A rebase's document is its base with exactly its pending ops replayed.
    tip = result.doc;
    const conflicts =
      result.conflicts.length > 0
        ? mergeConflicts(host.conflicts(), result.conflicts)
        : host.conflicts();
    host.show({ doc: result.doc, revision, conflicts });
    if (conflicts.length > 0) closeGate();
    report(result);
  };

  /** Applies one saved change; false when changes before it are missing. */
  const applyChange = (change: ProjectChange): boolean => {
    const revision = host.revision();
    if (change.revision <= revision) return true;
    if (change.baseRevision !== revision) return false;
    if (change.clientId === clientId) {
      // Our own edit, heard before its answer: the ops sent are the first of those waiting.
      base = tip && change.ops.length === unacked.length ? tip : replay(base, change.ops).doc;
      unacked = unacked.slice(change.ops.length);
      host.show({ revision: change.revision });
      return true;
    }
    showRebased(rebase(base, change.ops, unacked), change.revision);
    return true;
  };

  /** The whole project again, when the changes missed are no longer kept. */
  const reload = async () => {
    const fresh = await host.api['project.load']({});
    if (fresh.path !== host.path) return host.lost(closedElsewhere(fresh.path));
    const replayed = replay(fresh.doc, unacked);
    showRebased(
      {
        base: fresh.doc,
        doc: replayed.doc,
        pending: replayed.kept,
        unfit: replayed.unfit,
        conflicts: [],
      },
      fresh.revision,
    );
  };

  /** Asks for the changes this window missed and applies them. */
  const catchUp = async () => {
    const missed = await host.api['project.changesSince']({ revision: host.revision() });
    if (missed.path !== host.path) return host.lost(closedElsewhere(missed.path));
    if (missed.changes === null) return reload();
    for (const change of missed.changes) if (!applyChange(change)) return reload();
  };

  const acknowledge = (ops: Op[], revision: number) => {
    // Heard already as an event (applyChange), or the answer comes first: either does it once.
    if (revision <= host.revision()) return;
    const all = ops.length === unacked.length && ops.every((op, i) => unacked[i] === op);
    if (all && tip) {
      base = tip;
      unacked = [];
    } else {
      base = replay(base, ops).doc;
      unacked = unacked.filter((op) => !ops.includes(op));
    }
    host.show({ revision });
  };

  return {
    clientId,
    /**
     * A local op, already shown (`after` is `before` with it applied): it waits here until the
     * backend has it.
     */
    push(op: Op, before: ProjectDoc, after: ProjectDoc): void {
      unacked.push(op);
      tip = tip === before ? after : null;
    },
    /** Another window's edit, or a (re)connected feed. */
    receive(event: FeedEvent): Promise<void> {
      const work = serial(async () => {
        if (event.type === 'connected') return catchUp();
        if (event.path !== host.path) return;
        try {
          if (!applyChange(event.change)) await catchUp();
        } catch (err) {
          // A change that does not apply here means this copy has drifted: start from the file.
          console.error('[wayline] a change from another window did not apply:', err);
          await reload();
        }
      });
      // Failures are logged by serial(); the feed has nobody to tell.
      return work.catch(() => {});
    },
    /**
     * Sends every op waiting, on the revision shown; refused as out of sync, it catches up,
     * rebases and sends again. Waits while a conflict is open. Throws on any other failure.
     */
    async send(): Promise<void> {
      for (let attempt = 1; ; attempt += 1) {
        while (gate) await gate.promise;
        if (unacked.length === 0) return;
        const ops = unacked.slice(0, maxPerCall);
        const sentAt = host.revision();
        try {
          const { revision } = await host.api['project.applyOps']({
            ops,
            baseRevision: sentAt,
            clientId,
          });
          await serial(() => acknowledge(ops, revision));
          attempt = 0;
        } catch (err) {
          if (!(err instanceof ApiError && err.code === 'out_of_sync') || attempt >= MAX_ATTEMPTS)
            throw err;
          await serial(() => (host.revision() === sentAt ? catchUp() : undefined));
        }
      }
    },
    /** Settles every open conflict: keep this window's values, or take the other window's. */
    resolve(choice: 'mine' | 'theirs'): void {
      if (choice === 'theirs') {
        const keys = new Set<FieldKey>(host.conflicts().map((c) => c.key));
        const result = withoutConflicts(base, unacked, keys);
        unacked = result.pending;
        tip = result.doc;
        host.show({ doc: result.doc, conflicts: [] });
      } else {
        host.show({ conflicts: [] });
      }
      openGate();
    },
    /**
     * Waits for `work` (the queue's flush), or until sending is held back by a conflict: what
     * waits on the person's choice is not waited for.
     */
    async untilDoneOrBlocked(work: Promise<void>): Promise<void> {
      if (gate) return;
      let wake = () => {};
      const blocked = new Promise<void>((resolve) => (wake = resolve));
      blockedWaiters.push(wake);
      try {
        await Promise.race([work, blocked]);
      } finally {
        blockedWaiters = blockedWaiters.filter((w) => w !== wake);
      }
    },
    /** Starts over from what the file holds (after a failed save). */
    reset(project: { doc: ProjectDoc }): void {
      base = project.doc;
      tip = project.doc;
      unacked = [];
      openGate();
    },
  };
}

export type RemoteSync = ReturnType<typeof createRemoteSync>;

export function closedElsewhere(openPath: string): string {
  return `This project was closed elsewhere (${openPath} is open now). Reload the page to continue.`;
}
