import { describe, expect, it } from 'vitest';
import { wrapText } from '../export/svg/textMetrics';
import { makeTouchpoint } from '../model/factories';
import type { Touchpoint } from '../model/types';
import { PROJECTOR_LAYOUT_THEME } from '../present/projectorTheme';
import { cardHeightOf, fitCardText, WRAP_MARGIN } from './cardText';
import { DEFAULT_LAYOUT_THEME as THEME } from './theme';

const spec = THEME.cardText;
const card = (title: string, description = '') =>
  ({
    ...makeTouchpoint({ id: 't', journeyId: 'j', stageId: 's', laneId: 'l', title, description }),
    order: 0,
  }) as Touchpoint;
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('fitCardText and cardHeightOf: touchpoints', () => {
  it('keeps the base height while the title fits the two lines it holds', () => {
    for (const title of ['Book', 'Reads reviews of the hotel near the venue']) {
      const t = card(title);
      const fit = fitCardText(t, 'touchpoints', THEME);
      expect(fit.more).toBe(false);
      expect(fit.titleLines).toBeLessThanOrEqual(2);
      expect(cardHeightOf(t, 'touchpoints', THEME, fit)).toBe(THEME.cardHeight);
    }
  });

  it('grows by a title line for each line past two', () => {
    const t = card(words(8));
    const fit = fitCardText(t, 'touchpoints', THEME);
    expect(fit).toEqual({ titleLines: 3, bodyLines: 0, more: false });
    expect(cardHeightOf(t, 'touchpoints', THEME, fit)).toBe(
      Math.ceil(THEME.cardHeight + spec.touchpointTitle.lineHeight),
    );
  });

  it('stops at the limit and adds the "… more" line', () => {
    const t = card(words(60));
    const fit = fitCardText(t, 'touchpoints', THEME);
    expect(fit).toEqual({ titleLines: spec.touchpointTitle.maxLines, bodyLines: 0, more: true });
    expect(cardHeightOf(t, 'touchpoints', THEME, fit)).toBe(
      Math.ceil(THEME.cardHeight + 2 * spec.touchpointTitle.lineHeight + spec.moreHeight),
    );
  });

  it('counts a blank title as its one line ("Untitled touchpoint")', () => {
    expect(fitCardText(card('  '), 'touchpoints', THEME).titleLines).toBe(1);
  });

  it('errs wide: the lines counted always hold the text wrapped at the full width', () => {
    const width = THEME.stageWidth - 2 * THEME.cellPadding - spec.touchpointInset;
    const font = { size: spec.touchpointTitle.size, weight: spec.touchpointTitle.weight };
    for (const n of [3, 5, 7, 9, 11]) {
      const title = words(n);
      const fit = fitCardText(card(title), 'touchpoints', THEME);
      expect(wrapText(title, width, font).length).toBeLessThanOrEqual(fit.titleLines);
      expect(wrapText(title, width * WRAP_MARGIN, font).length).toBe(fit.titleLines);
    }
  });
});

describe('fitCardText and cardHeightOf: notes', () => {
  it('keeps the note height for a short note', () => {
    const t = card('Slow form', 'Too many fields');
    const fit = fitCardText(t, 'painPoints', THEME);
    expect(fit).toEqual({ titleLines: 1, bodyLines: 1, more: false });
    expect(cardHeightOf(t, 'painPoints', THEME, fit)).toBe(THEME.noteHeight);
  });

  it('grows to hold a two-line title and its text, so neither is cut', () => {
    const t = card(words(5), words(10));
    const fit = fitCardText(t, 'painPoints', THEME);
    expect(fit.titleLines).toBe(2);
    expect(fit.bodyLines).toBeGreaterThan(1);
    const body = spec.noteBody!;
    expect(cardHeightOf(t, 'painPoints', THEME, fit)).toBe(
      Math.ceil(
        2 * spec.notePadding +
          2 * spec.noteTitle.lineHeight +
          spec.noteGap +
          fit.bodyLines * body.lineHeight,
      ),
    );
  });

  it('cuts long text at its limit with "… more"', () => {
    const fit = fitCardText(card('Pain', 'x '.repeat(2500)), 'opportunities', THEME);
    expect(fit).toEqual({ titleLines: 1, bodyLines: spec.noteBody!.maxLines, more: true });
  });

  it('counts no text lines where the surface shows none (the presentation)', () => {
    const t = card('Pain', words(30));
    expect(fitCardText(t, 'painPoints', PROJECTOR_LAYOUT_THEME)).toEqual({
      titleLines: 1,
      bodyLines: 0,
      more: false,
    });
  });
});
