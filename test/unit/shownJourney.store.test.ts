import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WaylineApi } from '../../shared/api/schema';
import { journeyList } from '../../shared/model/doc';
import { journeyFromTemplate } from '../../shared/model/templates';
import type { DocumentStore } from '../../renderer/src/editor/documentStore';
import { closeTestDocument, openTestDocument, type TestDocument } from './inProcessApi';

describe('the journey a document store shows', () => {
  let opened: TestDocument;
  let api: WaylineApi;
  let store: DocumentStore;

  beforeEach(async () => {
    opened = await openTestDocument();
    ({ api, store } = opened);
  });

  afterEach(() => closeTestDocument(opened));

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
