/** The persona band at the head of the map: who the journey is for, with goals, needs, frustrations. */
import type { PersonaBox } from '../../layout/layoutJourney';
import type { Persona } from '../../model/types';
import { INK } from './palette';
import { clampLine, wrapText, type FontSpec } from './textMetrics';
import { el, text } from './xml';

const NAME: FontSpec = { size: 17, weight: 700 };
const ROLE: FontSpec = { size: 13, weight: 400 };
const QUOTE: FontSpec = { size: 12.5, weight: 400 };
const HEAD: FontSpec = { size: 10.5, weight: 700, letterSpacing: 0.6 };
const ITEM: FontSpec = { size: 12, weight: 400 };

const lines = (t: string) =>
  t
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Quote marks around a quote, unless its author typed them. */
const quoted = (t: string) => (/^["“„«']/.test(t.trim()) ? t.trim() : `“${t.trim()}”`);

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return (
    (parts[0]?.[0] ?? '?') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')
  ).toUpperCase();
}

function list(title: string, body: string, x: number, y: number, width: number, rows: number) {
  const items = lines(body);
  if (items.length === 0) return '';
  const shown = items.slice(0, rows);
  if (items.length > rows) shown[rows - 1] = `+${items.length - rows + 1} more`;
  return [
    text(title.toUpperCase(), {
      x,
      y: y + 10,
      'font-size': HEAD.size,
      'font-weight': HEAD.weight,
      'letter-spacing': HEAD.letterSpacing,
      fill: INK.faint,
    }),
    ...shown.flatMap((item, i) => [
      el('circle', { cx: x + 3, cy: y + 26 + i * 17, r: 2, fill: INK.soft }),
      text(clampLine(item, width - 12, ITEM), {
        x: x + 11,
        y: y + 30 + i * 17,
        'font-size': ITEM.size,
        'font-weight': ITEM.weight,
        fill: INK.ink,
      }),
    ]),
  ].join('');
}

export function personaBand(box: PersonaBox, bandHeight: number, persona: Persona): string {
  const { x, y, width } = box;
  const pad = 18;
  const inner = width - 2 * pad - 6;
  // The canvas's grid: an identity column 1.3 times as wide as each of the three lists.
  const fr = (inner - 3 * 20) / 4.3;
  const withLists = fr >= 130;
  const idWidth = withLists ? fr * 1.3 : inner;
  const left = x + 6 + pad;
  const top = y + 14;
  const color = /^#[0-9a-fA-F]{6}$/.test(persona.color) ? persona.color : '#7048e8';
  const name = persona.name.trim() || 'Unnamed persona';
  const textX = left + 60;
  const textW = idWidth - 60;
  const parts = [
    el('rect', { x, y, width, height: bandHeight, rx: 12, fill: color }),
    el('rect', {
      x: x + 6,
      y: y + 0.5,
      width: width - 6.5,
      height: bandHeight - 1,
      rx: 10,
      fill: INK.surface,
      stroke: INK.line,
    }),
    el('circle', { cx: left + 24, cy: top + 24, r: 24, fill: color }),
    text(initials(name), {
      x: left + 24,
      y: top + 30,
      'font-size': 17,
      'font-weight': 700,
      fill: '#ffffff',
      'text-anchor': 'middle',
    }),
    text(clampLine(name, textW, NAME), {
      x: textX,
      y: top + 16,
      'font-size': NAME.size,
      'font-weight': NAME.weight,
      fill: INK.ink,
      class: 'persona-name',
    }),
  ];
  let lineY = top + 16;
  if (persona.role.trim()) {
    lineY += 19;
    parts.push(
      text(clampLine(persona.role.trim(), textW, ROLE), {
        x: textX,
        y: lineY,
        'font-size': ROLE.size,
        'font-weight': ROLE.weight,
        fill: INK.soft,
      }),
    );
  }
  if (persona.quote.trim()) {
    const room = Math.max(1, Math.floor((y + bandHeight - 12 - (lineY + 8)) / 16));
    wrapText(quoted(persona.quote), textW, QUOTE, Math.min(3, room)).forEach((line, i) =>
      parts.push(
        text(line, {
          x: textX,
          y: lineY + 22 + i * 16,
          'font-size': QUOTE.size,
          'font-weight': QUOTE.weight,
          fill: INK.soft,
        }),
      ),
    );
  }
  if (withLists) {
    const rows = Math.max(1, Math.floor((bandHeight - 14 - 30) / 17));
    const columns: [string, string][] = [
      ['Goals', persona.goals],
      ['Needs', persona.needs],
      ['Frustrations', persona.frustrations],
    ];
    columns.forEach(([title, body], i) => {
      parts.push(list(title, body, left + idWidth + 20 + i * (fr + 20), top, fr, rows));
    });
  }
  return el('g', { class: 'persona', 'data-persona-name': name }, parts);
}
