/**
 * Touchpoint cards as the card face describes them: title, emotion face and word, effort bars
 * and word, extra fields, channel and badges.
 */
import type { CardExtra, CardNeedsMet, TouchpointFace } from '../../cards/cardFace';
import type { CardBox } from '../../layout/layoutJourney';
import { DEFAULT_LAYOUT_THEME } from '../../layout/theme';
import { EFFORT_BARS_WIDTH, effortBars, emotionFace, star } from './glyphs';
import { INK } from './palette';
import { clampLine, measureText, wrapText, type FontSpec } from './textMetrics';
import { el, num, text } from './xml';

const PAD_X = 12;
const TITLE: FontSpec = { size: 14, weight: 600 };
const META: FontSpec = { size: 12, weight: 400 };
const BADGE: FontSpec = { size: 11, weight: 600 };
const EXTRA_LABEL: FontSpec = { size: 12, weight: 600 };
const EMOTION_WORD: FontSpec = { size: 12, weight: 600 };
const FEELING: FontSpec = { size: 12, weight: 400 };
const BADGE_H = 18;
const MOT_LABEL = 'Moment of truth';
const MORE_H = DEFAULT_LAYOUT_THEME.cardText.moreHeight;

/** "… more" where a card's text was cut at its limit: the rest is in the app's inspector. */
export function moreLine(x: number, y: number): string {
  return text('… more', {
    x,
    y,
    'font-size': META.size,
    'font-weight': 600,
    fill: INK.accent,
    class: 'card-more',
  });
}

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

/**
 * The need-met mark drawn as shapes (a tick, a half-filled disc, a cross in a ring), so no export
 * font needs the ✓ ◐ ✕ characters.
 */
function needsGlyph(value: CardNeedsMet['value'], cx: number, cy: number, r: number): string {
  const ring = el('circle', { cx, cy, r, fill: 'none', stroke: INK.ink, 'stroke-width': 1.2 });
  const stroke = { fill: 'none', stroke: INK.ink, 'stroke-width': 1.5, 'stroke-linecap': 'round' };
  const k = r * 0.45;
  if (value === 'met') {
    const d = `M${num(cx - k)} ${num(cy)} L${num(cx - k / 3)} ${num(cy + k)} L${num(cx + k)} ${num(cy - k)}`;
    return ring + el('path', { d, ...stroke });
  }
  if (value === 'partly') {
    const d = `M${num(cx)} ${num(cy - r)} A${r} ${r} 0 0 0 ${num(cx)} ${num(cy + r)} Z`;
    return ring + el('path', { d, fill: INK.ink });
  }
  const d =
    `M${num(cx - k)} ${num(cy - k)} L${num(cx + k)} ${num(cy + k)} ` +
    `M${num(cx + k)} ${num(cy - k)} L${num(cx - k)} ${num(cy + k)}`;
  return ring + el('path', { d, ...stroke });
}

/** "✓ Need met": the mark's shape and the words, as on the canvas. */
function needsLine(needs: CardNeedsMet, left: number, y: number, inner: number): string {
  return (
    needsGlyph(needs.value, left + 7, y - 4, 6) +
    text(clampLine(needs.phrase, inner - 18, META), {
      x: left + 18,
      y,
      'font-size': META.size,
      fill: INK.ink,
      class: 'card-needs',
    })
  );
}

/** The extra fields below the ratings: "Label: value", a link as an `<a>` only when it is safe. */
function extraLines(extras: readonly CardExtra[], left: number, top: number, inner: number) {
  return extras.map((item, i) => {
    const y = top + (i + 1) * DEFAULT_LAYOUT_THEME.cardLineHeight;
    const label = `${item.label}: `;
    const labelWidth = Math.min(inner / 2, measureText(label, EXTRA_LABEL));
    const value = clampLine(item.text, inner - labelWidth, META);
    const valueAttrs = { x: left + labelWidth, y, 'font-size': META.size, class: 'card-extra' };
    const shown =
      item.show === 'link' && item.href
        ? el('a', { href: item.href }, text(value, { ...valueAttrs, fill: INK.accent }))
        : text(value, { ...valueAttrs, fill: INK.ink });
    return (
      text(clampLine(label, labelWidth, EXTRA_LABEL), {
        x: left,
        y,
        'font-size': EXTRA_LABEL.size,
        'font-weight': EXTRA_LABEL.weight,
        fill: INK.soft,
      }) + shown
    );
  });
}

export function touchpointCard(box: CardBox, face: TouchpointFace): string {
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
      fill: face.emotion.color,
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
      stroke: face.momentOfTruth ? INK.motLine : INK.line,
    }),
  );
  const titleLines = wrapText(face.title.text, inner, TITLE, box.text.titleLines);
  titleLines.forEach((line, i) =>
    parts.push(
      text(line, {
        x: left,
        y: box.y + 25 + i * 18,
        'font-size': TITLE.size,
        'font-weight': TITLE.weight,
        fill: face.title.untitled ? INK.faint : INK.ink,
        class: 'card-title',
      }),
    ),
  );
  // Title lines past the two the base card holds push the rest down, as on the canvas.
  const grown =
    Math.max(0, box.text.titleLines - DEFAULT_LAYOUT_THEME.cardText.touchpointTitleLines) * 18;
  if (box.text.more) parts.push(moreLine(left, box.y + 25 + titleLines.length * 18));
  const faceY = box.y + 56 + grown + (box.text.more ? MORE_H : 0);
  parts.push(
    emotionFace(face.emotion.value, left, faceY, 18),
    text(face.emotion.word, {
      x: left + 24,
      y: faceY + 13,
      'font-size': META.size,
      'font-weight': 600,
      fill: INK.ink,
      class: 'card-emotion',
    }),
  );
  if (face.feeling) {
    const at = left + 24 + measureText(face.emotion.word, EMOTION_WORD) + 6;
    parts.push(
      text(clampLine(face.feeling, left + inner - at, FEELING), {
        x: at,
        y: faceY + 13,
        'font-size': FEELING.size,
        'font-style': 'italic',
        fill: INK.soft,
        class: 'card-feeling',
      }),
    );
  }
  const effortY = faceY + 36;
  parts.push(
    effortBars(face.effort.value, left + 2, effortY),
    text(face.effort.phrase, {
      x: left + EFFORT_BARS_WIDTH + 8,
      y: effortY,
      'font-size': META.size,
      'font-weight': META.weight,
      fill: INK.soft,
      class: 'card-effort',
    }),
  );
  // The need-met line, when rated, then the extra fields: as many lines as cardExtraLines counts.
  const line = DEFAULT_LAYOUT_THEME.cardLineHeight;
  if (face.needsMet) parts.push(needsLine(face.needsMet, left, effortY + line, inner));
  parts.push(...extraLines(face.extras, left, effortY + (face.needsMet ? line : 0), inner));
  let badgeX = left;
  const badgeY = box.y + box.height - BADGE_H - 10;
  if (face.momentOfTruth) {
    const badge = motBadge(badgeX, badgeY);
    parts.push(badge.svg);
    badgeX += badge.width + 6;
  }
  const room = left + inner - badgeX;
  if (face.channel && room > 30) {
    const chip = pill(face.channel, badgeX, badgeY, room, {
      fill: INK.surface2,
      stroke: INK.line,
      ink: INK.soft,
    });
    parts.push(chip.svg);
  }
  return el('g', { class: 'touchpoint-card', 'data-id': face.id }, parts);
}
