import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WaylineApi } from '../../shared/api/schema';
import { stagesOf } from '../../shared/model/doc';
import { createDocumentStore, type DocumentStore } from '../../renderer/src/editor/documentStore';
import { closeTestDocument, openTestDocument, type TestDocument } from './inProcessApi';

describe('the per-document store', () => {
  let opened: TestDocument;
  let dir: TestDocument['dir'];
  let api: WaylineApi;
  let store: DocumentStore;

  beforeEach(async () => {
    opened = await openTestDocument();
    ({ dir, api, store } = opened);
  });

  afterEach(() => closeTestDocument(opened));

  const firstStage = () => {
    const { doc, journeyId } = store.getState();
    return stagesOf(doc, journeyId)[0]!;
  };
  const rename = (name: string, at: number) =>
    store
      .getState()
      .dispatch(
        { type: 'updateStage', id: firstStage().id, patch: { name } },
        { mergeKey: `name@${at}` },
      );

  /** Another window's store edits the project behind this store's back. */
  const renameInAnotherWindow = async (name: string) => {
    const other = createDocumentStore(await api['project.load']({}), api);
    other.getState().dispatch({ type: 'updateStage', id: firstStage().id, patch: { name } });
    await other.getState().closeDocument();
  };

  it('saves every edit, in order, to the file', async () => {
    rename('One', 0);
    rename('Two', 1);
    await store.getState().closeDocument();
    expect(firstStage().name).toBe('Two');
    expect((await api['project.load']({})).doc).toEqual(store.getState().doc);
  });

  it('drops an undo step that turned out to change nothing and undoes the one before', async () => {
    rename('First', 0);
    // A typing burst that ends where it began: "x" typed, then erased.
    const id = firstStage().id;
    store
      .getState()
      .dispatch({ type: 'updateStage', id, patch: { name: 'Firstx' } }, { mergeKey: 'burst' });
    store
      .getState()
      .dispatch({ type: 'updateStage', id, patch: { name: 'First' } }, { mergeKey: 'burst' });
    expect(store.getState().history.undo).toHaveLength(2);
    store.getState().undo();
    expect(firstStage().name).toBe('Awareness');
    expect(store.getState().history.undo).toHaveLength(0);
    store.getState().redo();
    expect(firstStage().name).toBe('First');
  });

  it('records nothing for an edit that changes nothing', () => {
    rename(firstStage().name, 0);
    expect(store.getState().history.undo).toHaveLength(0);
    expect(store.getState().saveState).toBe('saved');
  });

  it('holds a stale edit to a field another window changed as a conflict, and saves the choice', async () => {
    await renameInAnotherWindow('Theirs');

    rename('Mine', 0);
    // The save is refused as out of sync; the window catches up and finds the same field.
    expect(await store.getState().closeDocument()).toBe(false);
    await vi.waitFor(() => expect(store.getState().conflicts).toHaveLength(1));
    expect(store.getState().conflicts[0]).toMatchObject({
      table: 'stages',
      field: 'name',
      theirs: 'Theirs',
      mine: 'Mine',
    });
    // Mine stays on screen, and the undo history is this window's own.
    expect(firstStage().name).toBe('Mine');
    expect(store.getState().history.undo).toHaveLength(1);
    expect(store.getState().locked).toBeNull();

    store.getState().resolveConflicts('mine');
    await store.getState().flushSaves();
    expect((await api['project.load']({})).doc.stages[firstStage().id]?.name).toBe('Mine');
    expect(store.getState().saveState).toBe('saved');
  });

  it('does not close while a refused save is being dealt with', async () => {
    await renameInAnotherWindow('Theirs');
    rename('Mine', 0);
    expect(await store.getState().closeDocument()).toBe(false);
  });

  it('stays paused when the project was swapped for another one elsewhere', async () => {
    await api['project.create']({ path: join(dir.dir, 'q'), name: 'Q' });
    rename('Lost', 0);
    await store.getState().closeDocument();
    await new Promise((r) => setTimeout(r, 20));
    expect(store.getState().locked).toBe('resyncing');
    expect(store.getState().saveError).toMatch(/closed elsewhere/);
    // Nothing of the other project leaks into this one's screen.
    expect(store.getState().doc.info.name).toBe('P');
  });
});

describe('a document opened read-only', () => {
  it('keeps editing off, with the reason, and lets the map be viewed', async () => {
    const opened = await openTestDocument();
    try {
      const project = await opened.api['project.load']({});
      const reason = 'The project file is read-only. You can view, present and export it.';
      const store = createDocumentStore({ ...project, readOnly: { reason } }, opened.api);
      const before = store.getState().doc;
      const stageId = stagesOf(before, store.getState().journeyId)[0]!.id;
      store.getState().dispatch({ type: 'updateStage', id: stageId, patch: { name: 'No' } });
      expect(store.getState().doc).toBe(before);
      expect(store.getState().history.undo).toHaveLength(0);
      expect(store.getState().locked).toBe('read_only');
      expect(store.getState().readOnlyReason).toBe(reason);
      // A close that did not happen gives the document back read-only, not editable.
      expect(await store.getState().closeDocument()).toBe(true);
      store.getState().reopenForEditing('Still open.');
      expect(store.getState().locked).toBe('read_only');
    } finally {
      closeTestDocument(opened);
    }
  });
});
