import { describe, expect, it } from 'vitest';
import { journeyList } from '../../shared/model/doc';
import { journeyFromTemplate } from '../../shared/model/templates';
import { documentPerTest } from './inProcessApi';

describe('the journey a document opened.store shows', () => {
  const opened = documentPerTest();

  const addJourney = () => {
    const rows = journeyFromTemplate('blank', { orderKey: 'b0' });
    opened.store.getState().dispatch({ type: 'insertRows', rows });
    return rows.journeys![0]!.id;
  };

  it('falls back to the first journey when an undo removes the one on screen', async () => {
    const first = opened.store.getState().journeyId;
    const added = addJourney();
    opened.store.getState().setJourney(added);
    opened.store.getState().undo();
    expect(opened.store.getState().journeyId).toBe(first);
    // Redo brings it back; the screen stays where it is, on a journey that exists.
    opened.store.getState().redo();
    expect(journeyList(opened.store.getState().doc)).toHaveLength(2);
    expect(opened.store.getState().journeyId).toBe(first);
    await opened.store.getState().closeDocument();
  });

  it('shows no journey once the last one is deleted, and the restored one after undo', async () => {
    const only = opened.store.getState().journeyId;
    opened.store.getState().select({ kind: 'stage', ids: ['x'] });
    opened.store.getState().dispatch({ type: 'deleteRows', ids: { journeys: [only] } });
    expect(opened.store.getState().journeyId).toBe('');
    expect(opened.store.getState().selection).toBeNull();
    opened.store.getState().undo();
    expect(opened.store.getState().journeyId).toBe(only);
    await opened.store.getState().closeDocument();
    expect(Object.keys((await opened.api['project.load']({})).doc.journeys)).toEqual([only]);
  });
});
