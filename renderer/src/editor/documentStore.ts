import { createStore, type StoreApi } from 'zustand/vanilla';
import type { OpenProject, WaylineApi } from '../../../shared/api/schema';
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
  journeyId: string;
  selection: Selection;
  history: History;
  saveState: SaveState;
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
  /** Waits until every edit so far is in the file. */
  flush(): Promise<void>;
}

export type DocumentStore = StoreApi<DocumentState>;

/** One store per open document: created with it, dropped with it. */
export function createDocumentStore(project: OpenProject, api: WaylineApi): DocumentStore {
  const store = createStore<DocumentState>()((set, get) => {
    const resync = async (err: unknown) => {
      const message = errorMessage(err);
      try {
        const fresh = await api['project.load']({});
        set({ doc: fresh.doc, history: emptyHistory(), selection: null });
      } catch {
        // Keep what is on screen; the banner says it is not saved.
      }
      set({ saveState: 'failed', saveError: message });
    };
    const queue = createPersistQueue(
      (ops) => api['project.applyOps']({ ops }),
      (saveState, err) => {
        if (saveState === 'failed') void resync(err);
        else set({ saveState });
      },
    );
    // Runs an op locally and queues it; returns its inverse, or null if it did not fit.
    const run = (op: Op): Op | null => {
      try {
        const result = applyOp(get().doc, op);
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
      journeyId: journeyList(project.doc)[0]?.id ?? '',
      selection: null,
      history: emptyHistory(),
      saveState: 'saved',
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
      flush: () => queue.flush(),
    };
  });
  return store;
}
