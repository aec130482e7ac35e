import { describe, expect, it } from 'vitest';
import { makeConnection, makeJourney, makeTouchpoint } from './factories';
import { remapIds } from './references';

const counter = () => {
  let n = 0;
  return () => `n${++n}`;
};

describe('remapIds', () => {
  const journey = makeJourney({ id: 'j', name: 'J', orderKey: 'a0', personaId: 'p' });
  const card = (id: string) => ({
    ...makeTouchpoint({ id, journeyId: 'j', stageId: 's', laneId: 'l', title: id, tags: ['x'] }),
    orderKey: 'a0',
  });
  const rows = {
    journeys: [journey],
    touchpoints: [card('a'), card('b')],
    connections: [makeConnection({ id: 'c', journeyId: 'j', fromId: 'a', toId: 'b' })],
  };

  it('gives every row a new id, table by table, and points references inside the set at them', () => {
    const copy = remapIds(rows, counter());
    expect(copy.journeys?.[0]).toMatchObject({ id: 'n1', personaId: 'p' });
    expect(copy.touchpoints?.map((t) => [t.id, t.journeyId, t.stageId])).toEqual([
      ['n2', 'n1', 's'],
      ['n3', 'n1', 's'],
    ]);
    expect(copy.connections?.[0]).toMatchObject({ id: 'n4', fromId: 'n2', toId: 'n3' });
    expect(copy.touchpoints?.[0]?.tags).not.toBe(rows.touchpoints[0]?.tags);
  });

  it('clears set-null links outside the set only when asked, and keeps cascading ones', () => {
    const copy = remapIds(rows, counter(), { clearOutsideLinks: true });
    expect(copy.journeys?.[0]?.personaId).toBeNull();
    expect(copy.touchpoints?.[0]?.laneId).toBe('l');
  });
});
