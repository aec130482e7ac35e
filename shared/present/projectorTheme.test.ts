import { describe, expect, it } from 'vitest';
import { contrastRatio, WCAG_AA_TEXT } from './contrast';
import {
  MIN_SCREEN_FONT_PX,
  minReadableZoom,
  PROJECTOR_PALETTE,
  PROJECTOR_TEXT_PAIRS,
  PROJECTOR_TYPE,
  projectorCssVariables,
} from './projectorTheme';

describe('the projector palette', () => {
  it.each(PROJECTOR_TEXT_PAIRS)('%s on %s meets WCAG AA', (text, on) => {
    expect(contrastRatio(PROJECTOR_PALETTE[text], PROJECTOR_PALETTE[on])).toBeGreaterThanOrEqual(
      WCAG_AA_TEXT,
    );
  });

  it('is what the CSS draws with', () => {
    const vars = projectorCssVariables();
    expect(vars['--pr-ink']).toBe(PROJECTOR_PALETTE.ink);
    expect(vars['--pr-body-size']).toBe(`${PROJECTOR_TYPE.body}px`);
  });

  it('derives the readable zoom from the smallest type', () => {
    expect(minReadableZoom() * PROJECTOR_TYPE.body).toBeCloseTo(MIN_SCREEN_FONT_PX, 10);
  });
});
