/**
 * Two windows' document stores on one real backend (in process, real SQLite file), with the
 * backend's change events delivered to both as the HTTP stream or IPC would, or held back to
 * make a window stale.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/handlers';
import type { ProjectEvent } from '../../shared/api/events';
import type { WaylineApi } from '../../shared/api/schema';
import { cellTouchpoints, lanesOf, stagesOf } from '../../shared/model/doc';
import { makeConnection, makeTouchpoint } from '../../shared/model/factories';
import { createDocumentStore, type DocumentStore } from '../../renderer/src/editor/documentStore';
import { tempDir } from './fixtures';
import { inProcessApi } from './inProcessApi';

describe('two windows on one project', () => {
  let dir: ReturnType<typeof tempDir>;
  let backend: Backend;
  let api: WaylineApi;
  let a: DocumentStore;
  let b: DocumentStore;
  /** Windows whose events are held back (stale), and the events they missed. */
  const deaf = new Set<DocumentStore>();
  const windows: DocumentStore[] = [];

  beforeEach(async () => {
    dir = tempDir();
    backend = createBackend({
      mode: 'browser',
      settingsDir: join(dir.dir, 's'),
      defaultDirectory: dir.dir,
      // Delivered after the call's answer, as a stream may well be.
      onEvent: (event: ProjectEvent) =>
        setTimeout(() => {
          for (const w of windows) if (!deaf.has(w)) void w.getState().receive(event);
        }, 0),
    });
    api = inProcessApi(backend);
    await api['project.create']({ path: join(dir.dir, 'p'), name: 'P' });
    a = createDocumentStore(await api['project.load']({}), api);
    b = createDocumentStore(await api['project.load']({}), api);
    windows.push(a, b);
  });

  afterEach(() => {
    windows.length = 0;
    deaf.clear();
    backend.close();
    dir.cleanup();
  });

  const stage = (store: DocumentStore) => {
    const { doc, journeyId } = store.getState();
    return stagesOf(doc, journeyId)[0]!;
  };
  const cardIn = (store: DocumentStore) => {
    const { doc, journeyId } = store.getState();
    const lane = lanesOf(doc, journeyId).find((l) => l.kind === 'touchpoints')!;
    return { stageId: stage(store).id, laneId: lane.id, journeyId };
  };
  const addCard = (store: DocumentStore, id: string, title: string) => {
    const at = cardIn(store);
    store.getState().dispatch({
      type: 'addTouchpoint',
      touchpoint: makeTouchpoint({ id, ...at, title }),
      at: { index: 0 },
    });
  };
  const saved = async () => (await api['project.load']({})).doc;

  it('shows each window the other’s edits, with no undo step for them', async () => {
    addCard(a, 'tp-a', 'From A');
    await a.getState().flushSaves();
    await vi.waitFor(() => expect(b.getState().doc.touchpoints['tp-a']?.title).toBe('From A'));
    b.getState().dispatch({ type: 'updateTouchpoint', id: 'tp-a', patch: { emotion: -2 } });
    await b.getState().flushSaves();
    await vi.waitFor(() => expect(a.getState().doc.touchpoints['tp-a']?.emotion).toBe(-2));
    // Each window's undo history holds only its own edits.
    expect(a.getState().history.undo).toHaveLength(1);
    expect(b.getState().history.undo).toHaveLength(1);
    expect(a.getState().revision).toBe(b.getState().revision);
    expect(a.getState().doc).toEqual(await saved());
    expect(b.getState().doc).toEqual(await saved());
    // Undo in A takes back A's card; B's emotion on it goes with it, in both windows.
    a.getState().undo();
    await a.getState().flushSaves();
    await vi.waitFor(() => expect(b.getState().doc.touchpoints['tp-a']).toBeUndefined());
    expect(a.getState().saveError).toBeNull();
  });

  it('rebases an edit made on a stale copy when it touches other fields, and saves it', async () => {
    addCard(a, 'tp-1', 'Shared card');
    await a.getState().flushSaves();
    await vi.waitFor(() => expect(b.getState().doc.touchpoints['tp-1']).toBeDefined());

    deaf.add(b);
    a.getState().dispatch({ type: 'updateTouchpoint', id: 'tp-1', patch: { emotion: 2 } });
    await a.getState().flushSaves();
    // B has not heard of it, and types a new title.
    expect(b.getState().doc.touchpoints['tp-1']?.emotion).toBeNull();
    b.getState().dispatch({ type: 'updateTouchpoint', id: 'tp-1', patch: { title: 'Typed in B' } });
    await b.getState().flushSaves();
    expect(b.getState().saveState).toBe('saved');
    expect(b.getState().saveError).toBeNull();
    expect(b.getState().conflicts).toEqual([]);
    expect(b.getState().doc.touchpoints['tp-1']).toMatchObject({ title: 'Typed in B', emotion: 2 });
    expect((await saved()).touchpoints['tp-1']).toMatchObject({ title: 'Typed in B', emotion: 2 });
    await vi.waitFor(() => expect(a.getState().doc.touchpoints['tp-1']?.title).toBe('Typed in B'));
  });

  it('holds the same field typed in both as a conflict; taking theirs drops only that field', async () => {
    addCard(a, 'tp-1', 'Start');
    await a.getState().flushSaves();
    await vi.waitFor(() => expect(b.getState().doc.touchpoints['tp-1']).toBeDefined());

    deaf.add(b);
    a.getState().dispatch({ type: 'updateTouchpoint', id: 'tp-1', patch: { title: 'From A' } });
    await a.getState().flushSaves();
    b.getState().dispatch(
      { type: 'updateTouchpoint', id: 'tp-1', patch: { title: 'From B' } },
      { mergeKey: 'title' },
    );
    b.getState().dispatch({ type: 'updateTouchpoint', id: 'tp-1', patch: { effort: 6 } });
    deaf.delete(b);
    await b.getState().flushSaves();
    expect(b.getState().conflicts).toMatchObject([
      { field: 'title', theirs: 'From A', mine: 'From B', label: 'From B' },
    ]);
    // Nothing of B's was sent while the conflict is open; both values are kept.
    expect((await saved()).touchpoints['tp-1']).toMatchObject({ title: 'From A', effort: null });
    expect(b.getState().doc.touchpoints['tp-1']).toMatchObject({ title: 'From B', effort: 6 });

    b.getState().resolveConflicts('theirs');
    await b.getState().flushSaves();
    expect(b.getState().conflicts).toEqual([]);
    expect(b.getState().doc.touchpoints['tp-1']).toMatchObject({ title: 'From A', effort: 6 });
    expect((await saved()).touchpoints['tp-1']).toMatchObject({ title: 'From A', effort: 6 });
    await vi.waitFor(() => expect(a.getState().doc.touchpoints['tp-1']?.effort).toBe(6));
  });

  it('tells the person when an edit cannot be kept because its card was deleted elsewhere', async () => {
    addCard(a, 'tp-1', 'Doomed');
    await a.getState().flushSaves();
    await vi.waitFor(() => expect(b.getState().doc.touchpoints['tp-1']).toBeDefined());
    deaf.add(b);
    a.getState().dispatch({ type: 'deleteRows', ids: { touchpoints: ['tp-1'] } });
    await a.getState().flushSaves();
    b.getState().dispatch({ type: 'updateTouchpoint', id: 'tp-1', patch: { title: 'Lost?' } });
    await b.getState().flushSaves();
    // Shown as a conflict with the row gone, never dropped without a word.
    expect(b.getState().conflicts).toMatchObject([
      { id: 'tp-1', field: 'title', theirs: undefined, mine: 'Lost?' },
    ]);
    expect(b.getState().doc.touchpoints['tp-1']).toBeUndefined();
    b.getState().resolveConflicts('theirs');
    await b.getState().flushSaves();
    expect(b.getState().saveState).toBe('saved');
    // Taking theirs gave the title edit up: no undo step is left that would write it back.
    expect(b.getState().history.undo).toHaveLength(0);
  });

  it('keeps mine: a card deleted elsewhere comes back as shown here, with its arrow, as one undo step', async () => {
    addCard(a, 'tp-1', 'Doomed');
    addCard(a, 'tp-2', 'Neighbour');
    a.getState().dispatch({
      type: 'insertRows',
      rows: {
        connections: [
          makeConnection({
            id: 'c-1',
            journeyId: cardIn(a).journeyId,
            fromId: 'tp-2',
            toId: 'tp-1',
          }),
        ],
      },
    });
    await a.getState().flushSaves();
    await vi.waitFor(() => expect(b.getState().doc.connections['c-1']).toBeDefined());
    const shown = b.getState().doc.touchpoints['tp-1']!;
    deaf.add(b);
    a.getState().dispatch({ type: 'deleteRows', ids: { touchpoints: ['tp-1'] } });
    await a.getState().flushSaves();
    b.getState().dispatch({ type: 'updateTouchpoint', id: 'tp-1', patch: { title: 'Kept' } });
    b.getState().dispatch({ type: 'updateTouchpoint', id: 'tp-1', patch: { emotion: 1 } });
    deaf.delete(b);
    await b.getState().flushSaves();
    expect(
      b
        .getState()
        .conflicts.map((c) => c.field)
        .sort(),
    ).toEqual(['emotion', 'title']);
    const steps = b.getState().history.undo.length;

    b.getState().resolveConflicts('mine');
    await b.getState().flushSaves();
    expect(b.getState().saveError).toBeNull();
    expect(b.getState().conflicts).toEqual([]);
    const file = await saved();
    expect(file.touchpoints['tp-1']).toEqual({ ...shown, title: 'Kept', emotion: 1 });
    expect(file.connections['c-1']).toMatchObject({ fromId: 'tp-2', toId: 'tp-1' });
    expect(b.getState().doc).toEqual(file);
    await vi.waitFor(() => expect(a.getState().doc).toEqual(file));

    // One step: undo in B deletes it again (card and arrow), redo brings both back.
    expect(b.getState().history.undo).toHaveLength(steps + 1);
    b.getState().undo();
    await b.getState().flushSaves();
    expect((await saved()).touchpoints['tp-1']).toBeUndefined();
    expect((await saved()).connections['c-1']).toBeUndefined();
    b.getState().redo();
    await b.getState().flushSaves();
    expect(await saved()).toEqual(file);
  });

  it('skips, and says so, an undo step whose card another window deleted since', async () => {
    addCard(a, 'tp-1', 'Doomed');
    await a.getState().flushSaves();
    await vi.waitFor(() => expect(b.getState().doc.touchpoints['tp-1']).toBeDefined());
    b.getState().dispatch({ type: 'updateTouchpoint', id: 'tp-1', patch: { title: 'Saved' } });
    await b.getState().flushSaves();
    await vi.waitFor(() => expect(a.getState().doc.touchpoints['tp-1']?.title).toBe('Saved'));
    a.getState().dispatch({ type: 'deleteRows', ids: { touchpoints: ['tp-1'] } });
    await a.getState().flushSaves();
    await vi.waitFor(() => expect(b.getState().doc.touchpoints['tp-1']).toBeUndefined());
    b.getState().undo();
    expect(b.getState().saveError).toMatch(/skipped/);
    expect(b.getState().history.undo).toHaveLength(0);
  });

  it('reloads when the changes it missed are no longer kept, and still saves its own edit', async () => {
    deaf.add(b);
    addCard(a, 'tp-a', 'Made before the reopen');
    await a.getState().flushSaves();
    // Closed and opened again (as after a backend restart): the change log starts afresh.
    const path = (await api['project.load']({})).path;
    await api['project.close']({});
    await api['project.open']({ path });
    b.getState().dispatch({ type: 'updateStage', id: stage(b).id, patch: { name: 'From B' } });
    await b.getState().flushSaves();
    expect(b.getState().saveState).toBe('saved');
    expect(b.getState().doc.touchpoints['tp-a']?.title).toBe('Made before the reopen');
    expect(stage(b).name).toBe('From B');
    expect(b.getState().doc).toEqual(await saved());
  });

  it('sees its own edits once, whether the event or the answer comes first', async () => {
    deaf.add(b);
    for (let i = 0; i < 5; i += 1) {
      addCard(a, `tp-${i}`, `Card ${i}`);
      if (i % 2 === 0) await a.getState().flushSaves();
    }
    await a.getState().flushSaves();
    await new Promise((r) => setTimeout(r, 10));
    expect(a.getState().doc).toEqual(await saved());
    expect(cellTouchpoints(a.getState().doc, cardIn(a).stageId, cardIn(a).laneId)).toHaveLength(5);
    // B catches up on reconnecting.
    await b.getState().receive({ type: 'connected' });
    expect(b.getState().doc).toEqual(await saved());
  });
});
