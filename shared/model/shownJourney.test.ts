import { describe, expect, it } from 'vitest';
import { emptyDoc } from './doc';
import { makeJourney } from './factories';
import { neighbourJourneyId, shownJourneyId } from './shownJourney';
import type { ProjectDoc } from './types';

function docWith(...keys: [id: string, orderKey: string][]): ProjectDoc {
  const doc = emptyDoc('P', '2024-01-01');
  for (const [id, orderKey] of keys) doc.journeys[id] = makeJourney({ id, name: id, orderKey });
  return doc;
}

describe('shownJourneyId', () => {
  it('keeps the wanted journey while it exists', () => {
    expect(shownJourneyId(docWith(['a', 'a0'], ['b', 'a1']), 'b')).toBe('b');
  });

  it('falls back to the first journey in order, or to none', () => {
    expect(shownJourneyId(docWith(['b', 'a1'], ['a', 'a0']), 'gone')).toBe('a');
    expect(shownJourneyId(docWith(['a', 'a0']), '')).toBe('a');
    expect(shownJourneyId(docWith(), 'gone')).toBe('');
  });
});

describe('neighbourJourneyId', () => {
  const doc = docWith(['a', 'a0'], ['b', 'a1'], ['c', 'a2']);
  it('is the next journey, or the previous one for the last', () => {
    expect(neighbourJourneyId(doc, 'a')).toBe('b');
    expect(neighbourJourneyId(doc, 'b')).toBe('c');
    expect(neighbourJourneyId(doc, 'c')).toBe('b');
  });

  it('is null when no other journey is left', () => {
    expect(neighbourJourneyId(docWith(['a', 'a0']), 'a')).toBeNull();
  });
});
