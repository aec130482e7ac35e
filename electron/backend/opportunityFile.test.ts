import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileState } from '../../test/unit/fixtures';
import { folderPerTest, refusal } from '../../test/unit/perTest';
import { handEdit, writeV1File } from '../../test/unit/projectFiles';
import { makeTouchpoint } from '../../shared/model/factories';
import type { ProjectDoc } from '../../shared/model/types';
import { createProjectStore, openProjectStore } from './projectStore';

/** Pain points, opportunities and their links in the project file: kept, cascaded, checked. */

const folder = folderPerTest();

/** Every field an opportunity adds, each set. */
const OPPORTUNITY = {
  owner: 'Web team',
  status: 'inProgress',
  value: 5,
  buildEffort: 2,
  confidence: 80,
  due: '2027-03-31',
  backlogLink: 'WEB-42',
} as const;

function laneOf(doc: ProjectDoc, kind: string): string {
  return Object.values(doc.lanes).find((l) => l.kind === kind)!.id;
}

function projectWithLinks(): string {
  const store = createProjectStore(join(folder.dir, 'p.wayline'), 'P');
  const journeyId = Object.keys(store.doc.journeys)[0]!;
  const stageId = Object.values(store.doc.stages).find((s) => s.journeyId === journeyId)!.id;
  const card = (id: string, kind: string, extra: object) =>
    makeTouchpoint({
      id,
      journeyId,
      stageId,
      laneId: laneOf(store.doc, kind),
      title: id,
      ...extra,
    });
  store.apply([
    {
      type: 'insertRows',
      rows: {
        touchpoints: [
          { ...card('tp', 'touchpoints', {}), orderKey: 'a0' },
          { ...card('pain', 'painPoints', { severity: 4, reach: 300 }), orderKey: 'a0' },
          {
            ...card('opp', 'opportunities', OPPORTUNITY),
            orderKey: 'a0',
          },
        ],
        cardLinks: [
          { id: 'k1', journeyId, fromId: 'pain', toId: 'tp' },
          { id: 'k2', journeyId, fromId: 'opp', toId: 'pain' },
        ],
      },
    },
  ]);
  store.close();
  return store.path;
}

describe('pain points, opportunities and links in the project file', () => {
  it('are saved and read back', () => {
    const store = openProjectStore(projectWithLinks());
    expect(store.doc.touchpoints.pain).toMatchObject({ severity: 4, reach: 300 });
    expect(store.doc.touchpoints.opp).toMatchObject(OPPORTUNITY);
    expect(Object.keys(store.doc.cardLinks).sort()).toEqual(['k1', 'k2']);
    store.close();
  });

  it('a deleted card takes its links out of the file too', () => {
    const path = projectWithLinks();
    const store = openProjectStore(path);
    store.apply([{ type: 'deleteRows', ids: { touchpoints: ['pain'] } }]);
    store.close();
    const again = openProjectStore(path);
    expect(again.doc.cardLinks).toEqual({});
    again.close();
  });

  it.each([
    ['a severity off the scale', `UPDATE touchpoints SET severity = 9 WHERE id = 'pain'`],
    ['an unknown status', `UPDATE touchpoints SET status = 'done' WHERE id = 'opp'`],
    [
      'an unsafe backlog link',
      `UPDATE touchpoints SET backlog_link = 'javascript:x' WHERE id = 'opp'`,
    ],
  ])('a file with %s is refused and left as it was', (_, sql) => {
    const path = projectWithLinks();
    handEdit(path, sql);
    const before = fileState(path);
    expect(refusal(() => openProjectStore(path)).code).toBe('corrupt');
    expect(fileState(path)).toEqual(before);
  });

  it('a file from before opportunities existed opens with ideas, nothing scored and no links', () => {
    const store = openProjectStore(writeV1File(folder.dir));
    const cards = Object.values(store.doc.touchpoints);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((t) => t.status === 'idea' && t.value === null && t.severity === null)).toBe(
      true,
    );
    expect(store.doc.cardLinks).toEqual({});
    store.close();
  });
});
