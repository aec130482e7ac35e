import { describe, expect, it } from 'vitest';
import { contrastRatio, WCAG_AA_TEXT } from './contrast';
import {
  MIN_SCREEN_FONT_PX,
  minReadableZoom,
  PROJECTOR_COLORS,
  PROJECTOR_PALETTE,
  PROJECTOR_TEXT_PAIRS,
  PROJECTOR_TYPE,
  projectorCssVariables,
} from './projectorTheme';

describe('the projector palette', () => {
  it.each(PROJECTOR_TEXT_PAIRS)('%s on %s meets WCAG AA', (text, on) => {
    const [fg, bg] = [PROJECTOR_COLORS[text], PROJECTOR_COLORS[on]];
    expect(fg && bg).toBeTruthy();
    expect(contrastRatio(fg as string, bg as string)).toBeGreaterThanOrEqual(WCAG_AA_TEXT);
  });

  it('is what the CSS draws with', () => {
    const vars = projectorCssVariables();
    expect(vars['--pr-ink']).toBe(PROJECTOR_PALETTE.ink);
    expect(vars['--pr-body-size']).toBe(`${PROJECTOR_TYPE.body}px`);
  });

  it('checks the note tint of every lane kind that holds notes', () => {
    expect(PROJECTOR_TEXT_PAIRS).toContainEqual(['ink', 'painPointsNotes']);
    expect(PROJECTOR_COLORS.painPointsNotes).toBe('#fde6e3');
  });

  it('derives the readable zoom from the smallest type', () => {
    expect(minReadableZoom() * PROJECTOR_TYPE.body).toBeCloseTo(MIN_SCREEN_FONT_PX, 10);
  });
});
