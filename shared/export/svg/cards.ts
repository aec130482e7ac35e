/** Touchpoint cards: title, emotion face and word, effort bars and word, channel and badges. */
import type { CardBox } from '../../layout/layoutJourney';
import { effortPhrase, emotionLevel } from '../../model/scales';
import type { Touchpoint } from '../../model/types';
import { EFFORT_BARS_WIDTH, effortBars, emotionFace, star } from './glyphs';
import { INK } from './palette';
import { clampLine, measureText, wrapText, type FontSpec } from './textMetrics';
import { el, text } from './xml';

const PAD_X = 12;
const TITLE: FontSpec = { size: 14, weight: 600 };
const META: FontSpec = { size: 12, weight: 400 };
const BADGE: FontSpec = { size: 11, weight: 600 };
const BADGE_H = 18;
const MOT_LABEL = 'Moment of truth';

/** A rounded pill with a label, `icon` px of room kept before the text; returns its width too. */
export function pill(
  label: string,
  x: number,
  y: number,
  maxWidth: number,
  colors: { fill: string; stroke: string; ink: string },
  icon = 0,
): { svg: string; width: number } {
  const shown = clampLine(label, maxWidth - 14 - icon, BADGE);
  const width = Math.min(maxWidth, measureText(shown, BADGE) + 14 + icon);
  return {
    width,
    svg:
      el('rect', {
        x,
        y,
        width,
        height: BADGE_H,
        rx: BADGE_H / 2,
        fill: colors.fill,
        stroke: colors.stroke,
      }) +
      text(shown, {
        x: x + 7 + icon,
        y: y + 13,
        'font-size': BADGE.size,
        'font-weight': BADGE.weight,
        fill: colors.ink,
      }),
  };
}

export function motBadge(x: number, y: number): { svg: string; width: number } {
  const badge = pill(
    MOT_LABEL,
    x,
    y,
    200,
    { fill: INK.motFill, stroke: INK.motLine, ink: INK.motInk },
    12,
  );
  return { width: badge.width, svg: badge.svg + star(x + 12, y + BADGE_H / 2, 5.5, INK.motInk) };
}

export function touchpointCard(box: CardBox, t: Touchpoint): string {
  const level = emotionLevel(t.emotion);
  const inner = box.width - 2 * PAD_X - 5;
  const left = box.x + PAD_X + 3;
  const parts: string[] = [];
  // The emotion colour runs down the left edge, as on the canvas.
  parts.push(
    el('rect', {
      x: box.x,
      y: box.y,
      width: box.width,
      height: box.height,
      rx: 10,
      fill: level.color,
    }),
    el('rect', {
      x: box.x + 5,
      y: box.y + 0.5,
      width: box.width - 5.5,
      height: box.height - 1,
      rx: 8,
      fill: INK.surface,
    }),
    el('rect', {
      x: box.x + 0.5,
      y: box.y + 0.5,
      width: box.width - 1,
      height: box.height - 1,
      rx: 9.5,
      fill: 'none',
      stroke: t.momentOfTruth ? INK.motLine : INK.line,
    }),
  );
  const title = t.title.trim() ? t.title : 'Untitled touchpoint';
  wrapText(title, inner, TITLE, 2).forEach((line, i) =>
    parts.push(
      text(line, {
        x: left,
        y: box.y + 25 + i * 18,
        'font-size': TITLE.size,
        'font-weight': TITLE.weight,
        fill: t.title.trim() ? INK.ink : INK.faint,
        class: 'card-title',
      }),
    ),
  );
  const faceY = box.y + 56;
  parts.push(
    emotionFace(t.emotion, left, faceY, 18),
    text(level.word, {
      x: left + 24,
      y: faceY + 13,
      'font-size': META.size,
      'font-weight': 600,
      fill: INK.ink,
      class: 'card-emotion',
    }),
  );
  const effortY = box.y + 92;
  parts.push(
    effortBars(t.effort, left + 2, effortY),
    text(effortPhrase(t.effort), {
      x: left + EFFORT_BARS_WIDTH + 8,
      y: effortY,
      'font-size': META.size,
      'font-weight': META.weight,
      fill: INK.soft,
      class: 'card-effort',
    }),
  );
  let badgeX = left;
  const badgeY = box.y + box.height - BADGE_H - 10;
  if (t.momentOfTruth) {
    const badge = motBadge(badgeX, badgeY);
    parts.push(badge.svg);
    badgeX += badge.width + 6;
  }
  const room = left + inner - badgeX;
  if (t.channel.trim() && room > 30) {
    const chip = pill(t.channel.trim(), badgeX, badgeY, room, {
      fill: INK.surface2,
      stroke: INK.line,
      ink: INK.soft,
    });
    parts.push(chip.svg);
  }
  return el('g', { class: 'touchpoint-card', 'data-id': t.id }, parts);
}
