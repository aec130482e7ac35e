import { describe, expect, it } from 'vitest';
import { journeyList, lanesOf, stagesOf } from '../model/doc';
import { makeTouchpoint } from '../model/factories';
import { createLifecycleProject } from '../model/templates';
import type { ProjectDoc } from '../model/types';
import { applyOp } from '../ops/applyOp';
import type { Op } from '../ops/schema';
import { sameLayoutInputs } from './layoutInputs';
import { layoutJourney } from './layoutJourney';
import { DEFAULT_LAYOUT_THEME } from './theme';

/** The lifecycle template with one rated card in its first stage's touchpoints lane. */
function fixture() {
  const start = createLifecycleProject('P', '2025-01-01T00:00:00.000Z');
  const journeyId = journeyList(start)[0]!.id;
  const stageIds = stagesOf(start, journeyId).map((s) => s.id);
  const laneId = lanesOf(start, journeyId).find((l) => l.kind === 'touchpoints')!.id;
  const card = makeTouchpoint({
    id: 'card',
    title: 'Pay',
    journeyId,
    stageId: stageIds[0]!,
    laneId,
    emotion: 1,
  });
  const doc = applyOp(start, { type: 'addTouchpoint', touchpoint: card, at: { index: 0 } }).doc;
  return { doc, journeyId, cardId: card.id, stageIds, laneId };
}

const { doc, journeyId, cardId, stageIds, laneId } = fixture();
const layoutOf = (d: ProjectDoc) => layoutJourney(d, journeyId, DEFAULT_LAYOUT_THEME);
const after = (op: Op) => applyOp(doc, op).doc;
const editCard = (patch: Record<string, unknown>) =>
  after({ type: 'updateTouchpoint', id: cardId, patch } as Op);

describe('sameLayoutInputs: whether an edit can keep the layout', () => {
  it('keeps it for text a card shows but the layout does not size (title, description)', () => {
    for (const next of [editCard({ title: 'Renamed' }), editCard({ description: 'More words' })]) {
      expect(sameLayoutInputs(doc, next, DEFAULT_LAYOUT_THEME)).toBe(true);
      expect(layoutOf(next)).toEqual(layoutOf(doc));
    }
  });

  it('relays out for anything that moves or sizes a card, and the layouts differ', () => {
    const changed = [
      // A title that wraps to more lines makes its card taller (cardText.ts).
      editCard({
        title: 'A title long enough to wrap over three or four lines of a card '.repeat(2),
      }),
      editCard({ emotion: 2 }),
      editCard({ link: 'https://example.com/checkout' }),
      after({
        type: 'moveTouchpoint',
        id: cardId,
        stageId: stageIds[1]!,
        laneId,
        at: { index: 0 },
      }),
      after({
        type: 'addTouchpoint',
        touchpoint: makeTouchpoint({
          id: 'new',
          title: 'New',
          journeyId,
          stageId: stageIds[0]!,
          laneId,
        }),
        at: { index: 0 },
      }),
      after({ type: 'deleteRows', ids: { touchpoints: [cardId] } }),
      after({ type: 'updateStage', id: stageIds[0]!, patch: { name: 'Renamed stage' } }),
    ];
    for (const next of changed) {
      expect(sameLayoutInputs(doc, next, DEFAULT_LAYOUT_THEME)).toBe(false);
      expect(layoutOf(next)).not.toEqual(layoutOf(doc));
    }
  });

  it('is true for the same document and for a title edit on top of a title edit', () => {
    expect(sameLayoutInputs(doc, doc, DEFAULT_LAYOUT_THEME)).toBe(true);
    const once = editCard({ title: 'One' });
    const twice = applyOp(once, {
      type: 'updateTouchpoint',
      id: cardId,
      patch: { title: 'Two' },
    }).doc;
    expect(sameLayoutInputs(once, twice, DEFAULT_LAYOUT_THEME)).toBe(true);
  });
});

describe('sameLayoutInputs with the ids an edit touched', () => {
  it('checks only those cards, with the same answers as a full walk', () => {
    const retitled = editCard({ title: 'Renamed' });
    expect(sameLayoutInputs(doc, retitled, DEFAULT_LAYOUT_THEME, [cardId])).toBe(true);
    const rated = editCard({ emotion: -2 });
    expect(sameLayoutInputs(doc, rated, DEFAULT_LAYOUT_THEME, [cardId])).toBe(false);
    const added = after({
      type: 'addTouchpoint',
      touchpoint: makeTouchpoint({
        id: 'n2',
        title: 'N',
        journeyId,
        stageId: stageIds[0]!,
        laneId,
      }),
      at: { index: 0 },
    });
    expect(sameLayoutInputs(doc, added, DEFAULT_LAYOUT_THEME, ['n2'])).toBe(false);
    const removed = after({ type: 'deleteRows', ids: { touchpoints: [cardId] } });
    expect(sameLayoutInputs(doc, removed, DEFAULT_LAYOUT_THEME, [cardId])).toBe(false);
  });
});
