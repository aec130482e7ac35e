import { createStore, type StoreApi } from 'zustand/vanilla';
import { MAX_OPS_PER_CALL, type OpenProject, type WaylineApi } from '../../../shared/api/schema';
import { journeyList } from '../../../shared/model/doc';
import type { ProjectDoc } from '../../../shared/model/types';
import { applyOp } from '../../../shared/ops/applyOp';
import {
  emptyHistory,
  record,
  takeRedo,
  takeUndo,
  type History,
} from '../../../shared/ops/history';
import type { Op } from '../../../shared/ops/schema';
import { errorMessage } from '../api/client';
import { createPersistQueue, type SaveState } from './persistQueue';

export type Selection = { kind: 'touchpoint' | 'stage'; ids: string[] } | null;

export interface DocumentState {
  path: string;
  doc: ProjectDoc;
  /** The backend revision the last acknowledged edit produced. */
  revision: number;
  journeyId: string;
  selection: Selection;
  history: History;
  saveState: SaveState;
  /**
   * Edits are refused while this is set: after a failed save (until the file's state is
   * reloaded) and while the project closes. The screen then never runs ahead of the file.
   */
  locked: 'resyncing' | 'closing' | null;
  saveError: string | null;
  /** A field the inspector should focus next (the title of a card just added). */
  focusRequest: { id: string; field: 'title' | 'name' } | null;
  /** Applies an edit at once, records it for undo and sends it to the project file. */
  dispatch(op: Op, options?: { mergeKey?: string }): void;
  undo(): void;
  redo(): void;
  select(selection: Selection): void;
  requestFocus(request: DocumentState['focusRequest']): void;
  dismissSaveError(): void;
  /** Reloads the file's state after a failed save; safe to call again if that failed too. */
  resync(): Promise<void>;
  /** Stops accepting edits and waits until every edit so far is in the file. */
  closeDocument(): Promise<void>;
}

export type DocumentStore = StoreApi<DocumentState>;

/** One store per open document: created with it, dropped with it. */
export function createDocumentStore(project: OpenProject, api: WaylineApi): DocumentStore {
  return createStore<DocumentState>()((set, get) => {
    const queue = createPersistQueue(
      async (ops) => {
        const { revision } = await api['project.applyOps']({ ops, baseRevision: get().revision });
        set({ revision });
      },
      (saveState, err) => {
        set({ saveState });
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

    /** Runs an op locally and queues it; returns its inverse, or null if nothing changed. */
    const run = (op: Op): Op | null => {
      if (get().locked) return null;
      try {
        const result = applyOp(get().doc, op);
        // An edit that changes nothing (the emotion already chosen) is no edit at all.
        if (result.touched.length === 0) return null;
        set({ doc: result.doc });
        queue.push(op);
        return result.inverse;
      } catch (err) {
        set({ saveError: `That edit could not be made: ${errorMessage(err)}` });
        return null;
      }
    };

    return {
      path: project.path,
      doc: project.doc,
      revision: project.revision,
      journeyId: journeyList(project.doc)[0]?.id ?? '',
      selection: null,
      history: emptyHistory(),
      saveState: 'saved',
      locked: null,
      saveError: null,
      focusRequest: null,
      dispatch(op, options) {
        const inverse = run(op);
        if (!inverse) return;
        const entry = { forward: op, inverse, mergeKey: options?.mergeKey, at: Date.now() };
        set({ history: record(get().history, entry) });
      },
      undo() {
        const step = takeUndo(get().history);
        if (step && run(step.entry.inverse)) set({ history: step.history });
      },
      redo() {
        const step = takeRedo(get().history);
        if (step && run(step.entry.forward)) set({ history: step.history });
      },
      select(selection) {
        set({ selection });
      },
      requestFocus(focusRequest) {
        set({ focusRequest });
      },
      dismissSaveError() {
        set({ saveError: null });
      },
      async resync() {
        try {
          const fresh = await api['project.load']({});
          queue.reset();
          // Undo steps were made against the copy that diverged; they no longer apply.
          set({
            doc: fresh.doc,
            revision: fresh.revision,
            history: emptyHistory(),
            selection: null,
            locked: null,
            saveState: 'saved',
            saveError: `${get().saveError ?? 'A change could not be saved.'} The map now shows what is in the project file.`,
          });
        } catch (err) {
          set({
            saveState: 'failed',
            saveError: `Changes cannot be saved right now (${errorMessage(err)}). Editing is paused until the project file can be read again.`,
          });
        }
      },
      async closeDocument() {
        set({ locked: 'closing', selection: null });
        await queue.flush();
      },
    };
  });
}
