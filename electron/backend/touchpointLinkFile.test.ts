import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileState } from '../../test/unit/fixtures';
import { folderPerTest, refusal } from '../../test/unit/perTest';
import { handEdit, writeV1File } from '../../test/unit/projectFiles';
import { makeTouchpoint } from '../../shared/model/factories';
import { createProjectStore, openProjectStore } from './projectStore';

/** A touchpoint's link in the project file: kept, checked on open, added to older files. */

const folder = folderPerTest();
const LINK = 'https://bank.example/apply';

function projectWithCard(): { path: string; id: string } {
  const store = createProjectStore(join(folder.dir, 'p.wayline'), 'P');
  const journeyId = Object.keys(store.doc.journeys)[0]!;
  const stageId = Object.values(store.doc.stages).find((s) => s.journeyId === journeyId)!.id;
  const laneId = Object.values(store.doc.lanes).find((l) => l.kind === 'touchpoints')!.id;
  const id = 'linked-card';
  store.apply([
    {
      type: 'addTouchpoint',
      touchpoint: makeTouchpoint({ id, journeyId, stageId, laneId, title: 'Apply online' }),
      at: { index: 0 },
    },
  ]);
  store.apply([{ type: 'updateTouchpoint', id, patch: { link: LINK } }]);
  store.close();
  return { path: store.path, id };
}

describe('a touchpoint link in the project file', () => {
  it('is saved and read back', () => {
    const { path, id } = projectWithCard();
    const store = openProjectStore(path);
    expect(store.doc.touchpoints[id]?.link).toBe(LINK);
    store.close();
  });

  it('a file whose link another program made unsafe is refused and left as it was', () => {
    const { path, id } = projectWithCard();
    handEdit(path, `UPDATE touchpoints SET link = 'javascript:alert(1)' WHERE id = '${id}'`);
    const before = fileState(path);
    expect(refusal(() => openProjectStore(path)).code).toBe('corrupt');
    expect(fileState(path)).toEqual(before);
  });

  it('a file from before links existed opens with every link empty', () => {
    const path = writeV1File(folder.dir);
    const store = openProjectStore(path);
    const cards = Object.values(store.doc.touchpoints);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((t) => t.link === '')).toBe(true);
    store.close();
  });
});
