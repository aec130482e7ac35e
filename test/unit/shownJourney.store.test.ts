import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/handlers';
import type { WaylineApi } from '../../shared/api/schema';
import { journeyList } from '../../shared/model/doc';
import { journeyFromTemplate } from '../../shared/model/templates';
import { createDocumentStore, type DocumentStore } from '../../renderer/src/editor/documentStore';
import { tempDir } from './fixtures';
import { inProcessApi } from './inProcessApi';

describe('the journey a document store shows', () => {
  let dir: { dir: string; cleanup: () => void };
  let backend: Backend;
  let api: WaylineApi;
  let store: DocumentStore;

  beforeEach(async () => {
    dir = tempDir();
    backend = createBackend({
      mode: 'browser',
      settingsDir: join(dir.dir, 's'),
      defaultDirectory: dir.dir,
    });
    api = inProcessApi(backend);
    store = createDocumentStore(
      await api['project.create']({ path: join(dir.dir, 'p'), name: 'P' }),
      api,
    );
  });

  afterEach(() => {
    backend.close();
    dir.cleanup();
  });

  const addJourney = () => {
    const rows = journeyFromTemplate('blank', { orderKey: 'b0' });
    store.getState().dispatch({ type: 'insertRows', rows });
    return rows.journeys![0]!.id;
  };

  it('falls back to the first journey when an undo removes the one on screen', async () => {
    const first = store.getState().journeyId;
    const added = addJourney();
    store.getState().setJourney(added);
    store.getState().undo();
    expect(store.getState().journeyId).toBe(first);
    // Redo brings it back; the screen stays where it is, on a journey that exists.
    store.getState().redo();
    expect(journeyList(store.getState().doc)).toHaveLength(2);
    expect(store.getState().journeyId).toBe(first);
    await store.getState().closeDocument();
  });

  it('shows no journey once the last one is deleted, and the restored one after undo', async () => {
    const only = store.getState().journeyId;
    store.getState().select({ kind: 'stage', ids: ['x'] });
    store.getState().dispatch({ type: 'deleteRows', ids: { journeys: [only] } });
    expect(store.getState().journeyId).toBe('');
    expect(store.getState().selection).toBeNull();
    store.getState().undo();
    expect(store.getState().journeyId).toBe(only);
    await store.getState().closeDocument();
    expect(Object.keys((await api['project.load']({})).doc.journeys)).toEqual([only]);
  });
});
