import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportCsv } from '../../shared/export/csv';
import { exportProjectJson } from '../../shared/export/json';
import { journeyList } from '../../shared/model/doc';
import { planCsvImport } from '../../shared/import/csv';
import { planJsonImport } from '../../shared/import/json';
import { canonicalRows, richDoc } from './dataFixtures';
import { closeTestDocument, openTestDocument, type TestDocument } from './inProcessApi';

/** Imports land as one insertRows op through the real store into a real project file. */
describe('imports into a project file', () => {
  let opened: TestDocument;
  beforeEach(async () => {
    opened = await openTestDocument();
  });
  afterEach(() => closeTestDocument(opened));

  it('a JSON import is one undo step, saved to the file, equal to the project it came from', async () => {
    const { store, api } = opened;
    const before = store.getState().doc;
    const plan = planJsonImport(exportProjectJson(richDoc(), { scope: 'project' }), before);
    if (!plan.ok) throw new Error(JSON.stringify(plan.error));
    store.getState().dispatch({ type: 'insertRows', rows: plan.value.rows });
    expect(journeyList(store.getState().doc)).toHaveLength(1 + 3);
    await store.getState().closeDocument();
    const saved = (await api['project.load']({})).doc;
    expect(saved).toEqual(store.getState().doc);
    // Without the project's own first journey, the file holds exactly the imported project.
    const first = journeyList(before)[0]!.id;
    const importedOnly = {
      ...saved,
      journeys: Object.fromEntries(Object.entries(saved.journeys).filter(([id]) => id !== first)),
      stages: Object.fromEntries(
        Object.entries(saved.stages).filter(([, s]) => s.journeyId !== first),
      ),
      lanes: Object.fromEntries(
        Object.entries(saved.lanes).filter(([, l]) => l.journeyId !== first),
      ),
    };
    expect(canonicalRows(importedOnly)).toEqual(canonicalRows(richDoc()));
  });

  it('undoing a CSV import takes every imported row away again', () => {
    const { store } = opened;
    const before = store.getState().doc;
    const plan = planCsvImport(exportCsv(richDoc()), before);
    if (!plan.ok) throw new Error(JSON.stringify(plan.error));
    expect(plan.value.summary.journeys).toBe(2); // the lifecycle journey has no cards, so no rows
    store.getState().dispatch({ type: 'insertRows', rows: plan.value.rows });
    expect(Object.keys(store.getState().doc.touchpoints).length).toBe(
      plan.value.summary.touchpoints,
    );
    store.getState().undo();
    expect(store.getState().doc).toEqual(before);
  });
});
