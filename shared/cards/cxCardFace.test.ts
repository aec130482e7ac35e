import { describe, expect, it } from 'vitest';
import { makeTouchpoint } from '../model/factories';
import type { Touchpoint } from '../model/types';
import { DEFAULT_LAYOUT_THEME } from '../layout/theme';
import { cardHeightOf, fitCardText } from '../layout/cardText';
import { touchpointCard } from '../export/svg/cards';
import { cardAccessibleName, cardExtraLines, cardFace, type TouchpointFace } from './cardFace';

const touchpoint = (patch: Partial<Touchpoint> = {}): Touchpoint => ({
  ...makeTouchpoint({ id: 't1', journeyId: 'j', stageId: 's', laneId: 'l', title: 'Pays' }),
  orderKey: 'a0',
  ...patch,
});

const faceOf = (patch: Partial<Touchpoint>) =>
  cardFace(touchpoint(patch), 'touchpoints') as TouchpointFace;

describe('the card face says whether the need was met and the feeling in words', () => {
  it('has no need-met line while not rated, and one with a mark and words once rated', () => {
    expect(faceOf({}).needsMet).toBeNull();
    expect(faceOf({ needsMet: 'partly' }).needsMet).toEqual({
      value: 'partly',
      mark: '◐',
      word: 'Partly met',
      phrase: 'Need partly met',
    });
    expect(cardExtraLines(touchpoint({ needsMet: 'met' }), 'touchpoints')).toBe(1);
    expect(cardExtraLines(touchpoint({ needsMet: 'met' }), 'painPoints')).toBe(0);
  });

  it('a rated need makes the card one line taller on every surface', () => {
    const t = touchpoint({ needsMet: 'notMet' });
    const fit = fitCardText(t, 'touchpoints', DEFAULT_LAYOUT_THEME);
    expect(cardHeightOf(t, 'touchpoints', DEFAULT_LAYOUT_THEME, fit)).toBe(
      DEFAULT_LAYOUT_THEME.cardHeight + DEFAULT_LAYOUT_THEME.cardLineHeight,
    );
  });

  it('marks only ratings that are set and named in fromData as from data', () => {
    const face = faceOf({ emotion: 1, effort: null, fromData: ['emotion', 'effort'] });
    expect(face.fromData).toEqual({ emotion: true, effort: false, needsMet: false });
  });

  it('a screen reader hears the feeling, the need and where ratings came from', () => {
    const face = faceOf({
      emotion: -1,
      effort: 5,
      needsMet: 'notMet',
      feeling: ' anxious ',
      fromData: ['needsMet'],
    });
    expect(cardAccessibleName(face, 'Pay')).toBe(
      'Touchpoint: Pays, Pay, emotion negative, feels anxious, effort 5 of 7, need not met (from data)',
    );
  });

  it('the SVG card draws the feeling beside the emotion and the need line as shapes', () => {
    const face = faceOf({ emotion: 2, effort: 1, needsMet: 'met', feeling: 'delighted' });
    const box = { x: 0, y: 0, width: 224, height: 150, text: { titleLines: 1, more: false } };
    const svg = touchpointCard(box as Parameters<typeof touchpointCard>[0], face);
    expect(svg).toContain('class="card-feeling"');
    expect(svg).toContain('>delighted<');
    expect(svg).toContain('>Need met<');
    // No ✓ character: the mark is a path, so no export font needs the glyph.
    expect(svg).not.toContain('✓');
  });
});
