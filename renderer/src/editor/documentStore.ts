import { createStore, type StoreApi } from 'zustand/vanilla';
import { MAX_OPS_PER_CALL, type OpenProject, type WaylineApi } from '../../../shared/api/schema';
import type { CardFilter } from '../../../shared/model/filter';
import { shownJourneyId } from '../../../shared/model/shownJourney';
import type { ProjectDoc } from '../../../shared/model/types';
import { applyOp } from '../../../shared/ops/applyOp';
import {
  emptyHistory,
  record,
  takeRedo,
  takeUndo,
  type History,
  type HistoryEntry,
} from '../../../shared/ops/history';
import { historyAfterTakingTheirs } from '../../../shared/sync/historyAfterTakingTheirs';
import { distinctRows, planRestore } from '../../../shared/sync/keepDeleted';
import type { Op } from '../../../shared/ops/schema';
import { journeyOfOp } from '../../../shared/ops/describeOp';
import { errorMessage } from '../../../shared/api/errors';
import type { SyncConflict } from '../../../shared/sync/rebase';
import { noteEdit } from './docEdits';
import { createPersistQueue, type SaveState } from './persistQueue';
import { closedElsewhere, createRemoteSync, type FeedEvent } from './remoteSync';

export type SelectionKind = 'touchpoint' | 'stage' | 'lane' | 'connection';
export type Selection = { kind: SelectionKind; ids: string[] } | null;

export interface DocumentState {
  path: string;
  /** The backend this document is saved through; exports and imports use it too. */
  api: WaylineApi;
  doc: ProjectDoc;
  /** The backend revision the last acknowledged edit produced. */
  revision: number;
  journeyId: string;
  selection: Selection;
  history: History;
  saveState: SaveState;
  /**
   * Edits are refused while this is set: after a failed save (until the file's state is
   * reloaded), while the project closes, and for good when the file is read-only. The screen
   * then never runs ahead of the file.
   */
  locked: 'resyncing' | 'closing' | 'read_only' | null;
  /** Why the file could only be opened for reading (a banner says it); null when editable. */
  readOnlyReason: string | null;
  saveError: string | null;
  /** A field the inspector should focus next (the title of a card just added). */
  focusRequest: { id: string; field: 'title' | 'name' } | null;
  /** The search bar's filter; null while the bar is closed. Not part of the document. */
  filter: CardFilter | null;
  /**
   * Fields this window and another both changed: this window's values are shown and held back
   * until the person keeps them or takes the other window's (resolveConflicts).
   */
  conflicts: SyncConflict[];
  /** Settles every open conflict: 'mine' sends this window's values, 'theirs' drops them. */
  resolveConflicts(choice: 'mine' | 'theirs'): void;
  /** Another window's committed edit (or a reconnected feed): shown here at once. */
  receive(event: FeedEvent): Promise<void>;
  /** Applies an edit at once, records it for undo and sends it to the project file. */
  dispatch(op: Op, options?: { mergeKey?: string }): void;
  undo(): void;
  redo(): void;
  select(selection: Selection): void;
  /** Shows another journey of the project; the selection does not carry over. */
  setJourney(journeyId: string): void;
  requestFocus(request: DocumentState['focusRequest']): void;
  setFilter(filter: CardFilter | null): void;
  dismissSaveError(): void;
  /** Reloads the file's state after a failed save; safe to call again if that failed too. */
  resync(): Promise<void>;
  /**
   * Stops accepting edits and waits until every edit so far is in the file. Resolves to false
   * when one could not be saved: the document then stays open with the reason on screen.
   */
  closeDocument(): Promise<boolean>;
  /** Resolves once every edit so far is in the file (or failed to get there). */
  flushSaves(): Promise<void>;
  /** Takes edits again after a close that did not happen. */
  reopenForEditing(message: string): void;
}

export type DocumentStore = StoreApi<DocumentState>;

/** One store per open document: created with it, dropped with it. */
export function createDocumentStore(project: OpenProject, api: WaylineApi): DocumentStore {
  return createStore<DocumentState>()((set, get) => {
    const sync = createRemoteSync(
      {
        api,
        path: project.path,
        revision: () => get().revision,
        conflicts: () => get().conflicts,
        show(update) {
          set(update);
          if (update.doc) keepShownJourney();
        },
        notify: (message) => set({ saveError: message }),
        lost: (message) => set({ locked: 'resyncing', saveState: 'failed', saveError: message }),
      },
      project,
      MAX_OPS_PER_CALL,
    );
    // The queue says when the file has caught up; the sync decides what is sent, on which
    // revision, and rebases the ops waiting when another window saved first.
    const queue = createPersistQueue(
      () => sync.send(),
      (saveState, err) => {
        // Each change of the store runs every subscriber's selector: only a new state is set.
        if (saveState !== get().saveState) set({ saveState });
        if (saveState === 'failed') {
          set({
            locked: 'resyncing',
            saveError: `Your last change could not be saved: ${errorMessage(err)}`,
          });
          void get().resync();
        }
      },
      MAX_OPS_PER_CALL,
    );

    /**
     * Runs an op locally and queues it. 'noop' when it changes nothing (the emotion already
     * chosen, or a typing burst that ended where it began); 'refused' when editing is locked
     * or the op does not fit. `also` gives what changes with the document (one store change,
     * so every subscriber's selector runs once per edit).
     */
    const run = (
      op: Op,
      also?: (inverse: Op) => Partial<DocumentState>,
    ): 'done' | 'noop' | 'refused' | 'unfit' => {
      if (get().locked) return 'refused';
      try {
        const before = get().doc;
        const result = applyOp(before, op);
        if (result.touched.length === 0) return 'noop';
        noteEdit(before, result.doc, result.touched);
        // 'saving' goes with the document: the queue's own 'saving' then changes nothing.
        set({ doc: result.doc, saveState: 'saving', ...also?.(result.inverse) });
        keepShownJourney();
        sync.push(op, before, result.doc);
        queue.push(op);
        return 'done';
      } catch (err) {
        set({ saveError: `That edit could not be made: ${errorMessage(err)}` });
        return 'unfit';
      }
    };

    /** An undo (or a delete) can remove the journey on screen: show the first one instead. */
    const keepShownJourney = () => {
      const { doc, journeyId } = get();
      const shown = shownJourneyId(doc, journeyId);
      if (shown !== journeyId) set({ journeyId: shown, selection: null, focusRequest: null });
    };

    /** Undo or redo: a step that turns out to change nothing is dropped and the next one runs. */
    const step = (take: typeof takeUndo, pick: (e: HistoryEntry) => Op) => {
      for (let next = take(get().history); next; next = take(get().history)) {
        const outcome = run(pick(next.entry));
        if (outcome === 'refused') return;
        set({ history: next.history });
        // A step whose rows another window deleted cannot be made: it is skipped, and said.
        if (outcome === 'unfit') {
          set({
            saveError:
              'A step of your undo history was skipped: what it changed was deleted in another window.',
          });
          continue;
        }
        if (outcome !== 'noop') return;
      }
    };

    /** An undo or redo of an edit in another journey shows that journey first. */
    const showJourneyOf = (entry: HistoryEntry | undefined) => {
      if (!entry || get().locked) return;
      const journeyId = journeyOfOp(get().doc, entry.forward, entry.inverse);
      if (journeyId && get().doc.journeys[journeyId]) get().setJourney(journeyId);
    };

    /** Where `locked` returns to once a failed save or a close is over. */
    const unlocked = () => (project.readOnly ? 'read_only' : null);

    return {
      path: project.path,
      api,
      doc: project.doc,
      revision: project.revision,
      journeyId: shownJourneyId(project.doc, ''),
      selection: null,
      history: emptyHistory(),
      saveState: 'saved',
      locked: unlocked(),
      readOnlyReason: project.readOnly?.reason ?? null,
      saveError: null,
      focusRequest: null,
      filter: null,
      conflicts: [],
      resolveConflicts(choice) {
        const open = get().conflicts;
        const taken = new Set(open.map((c) => c.key));
        sync.resolve(choice);
        // Undo must not write back the values just given up (shared/sync/historyAfterTakingTheirs).
        if (choice === 'theirs') {
          set({ history: historyAfterTakingTheirs(get().history, taken) });
          return;
        }
        // Rows the other window deleted come back as this window showed them: one undoable edit.
        const plan = planRestore(get().doc, distinctRows(open.map((c) => c.restore)));
        if (plan.op) get().dispatch(plan.op);
        if (plan.said.length > 0) set({ saveError: plan.said.join(' ') });
      },
      receive: (event) => sync.receive(event),
      dispatch(op, options) {
        run(op, (inverse) => {
          const entry = { forward: op, inverse, mergeKey: options?.mergeKey, at: Date.now() };
          return { history: record(get().history, entry) };
        });
      },
      undo: () => {
        showJourneyOf(get().history.undo.at(-1));
        step(takeUndo, (e) => e.inverse);
      },
      redo: () => {
        showJourneyOf(get().history.redo.at(-1));
        step(takeRedo, (e) => e.forward);
      },
      select(selection) {
        set({ selection });
      },
      setJourney(journeyId) {
        if (journeyId !== get().journeyId) set({ journeyId, selection: null, focusRequest: null });
      },
      requestFocus(focusRequest) {
        set({ focusRequest });
      },
      setFilter(filter) {
        set({ filter });
      },
      dismissSaveError() {
        set({ saveError: null });
      },
      async resync() {
        try {
          const fresh = await api['project.load']({});
          if (fresh.path !== get().path) {
            // Another tab or window closed this project and opened another one.
            set({ saveState: 'failed', saveError: closedElsewhere(fresh.path) });
            return;
          }
          queue.reset();
          sync.reset(fresh);
          // Undo steps were made against the copy that diverged; they no longer apply.
          set({
            doc: fresh.doc,
            revision: fresh.revision,
            history: emptyHistory(),
            selection: null,
            conflicts: [],
            locked: unlocked(),
            saveState: 'saved',
            saveError: `${get().saveError ?? 'A change could not be saved.'} The map now shows what is in the project file.`,
          });
          keepShownJourney();
        } catch (err) {
          set({
            saveState: 'failed',
            saveError: `Changes cannot be saved right now (${errorMessage(err)}). Editing is paused until the project file can be read again.`,
          });
        }
      },
      // Edits held back by a conflict are not waited for: the notice is in front of the person.
      flushSaves: () => sync.untilDoneOrBlocked(queue.flush()),
      async closeDocument() {
        // A failed save is being dealt with: its banner must stay in front of the user.
        if (get().locked === 'resyncing') return false;
        // Edits held back by a conflict wait for the person's choice, which must come first.
        if (get().conflicts.length > 0) return false;
        set({ locked: 'closing', selection: null });
        await sync.untilDoneOrBlocked(queue.flush());
        if (get().conflicts.length > 0) {
          set({
            locked: unlocked(),
            saveError: 'Settle the conflicting changes first, then close.',
          });
          return false;
        }
        // A save that failed on the way out: stay open, so the banner can say what happened.
        return get().saveState === 'saved' && get().locked === 'closing';
      },
      reopenForEditing(message) {
        set({ locked: unlocked(), saveError: message });
      },
    };
  });
}
