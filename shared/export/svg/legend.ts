/** The key at the foot of the map: emotion faces and words, effort, connections, badges, notes. */
import { isNoteLane, LANE_CARD_NOUNS } from '../../model/laneKinds';
import { EMOTION_LEVELS, effortWord, NOT_RATED } from '../../model/scales';
import type { ConnectionKind, LaneKind } from '../../model/types';
import { motBadge } from './cards';
import { connectionLine } from './connections';
import { EFFORT_BARS_WIDTH, effortBars, emotionFace } from './glyphs';
import { INK, LANE_COLORS, mix } from './palette';
import { measureText, type FontSpec } from './textMetrics';
import { el, text } from './xml';

const HEAD: FontSpec = { size: 10.5, weight: 700, letterSpacing: 0.6 };
const ITEM: FontSpec = { size: 12, weight: 400 };
const PAD = 18;
const GROUP_GAP = 40;
const ROW_HEIGHT = 52;

interface Item {
  width: number;
  /** Draws the item with its left edge at x and its text baseline at y. */
  draw: (x: number, y: number) => string;
}

interface Group {
  title: string;
  items: Item[];
}

const word = (words: string, x: number, y: number) =>
  text(words, { x, y, 'font-size': ITEM.size, 'font-weight': ITEM.weight, fill: INK.ink });

/** An item of a symbol `symbolWidth` wide, then its words. */
function item(words: string, symbolWidth: number, symbol: (x: number, y: number) => string): Item {
  const gap = symbolWidth > 0 ? 6 : 0;
  return {
    width: symbolWidth + gap + measureText(words, ITEM) + 16,
    draw: (x, y) => symbol(x, y) + word(words, x + symbolWidth + gap, y),
  };
}

const CONNECTION_WORDS: Record<ConnectionKind, string> = {
  path: 'Path',
  alternative: 'Alternative',
  failure: 'Failure path',
};

/** A blueprint line's sample: dashed for the interaction lines, solid for visibility. */
function blueprintLine(x: number, y: number, dash?: string) {
  return el('line', {
    x1: x,
    x2: x + 30,
    y1: y - 4,
    y2: y - 4,
    stroke: INK.soft,
    'stroke-width': 2,
    ...(dash ? { 'stroke-dasharray': dash } : {}),
  });
}

function groups(noteKinds: LaneKind[], hasBlueprint: boolean): Group[] {
  const list: Group[] = [
    {
      title: 'Emotion',
      items: [
        ...EMOTION_LEVELS.map((level) =>
          item(level.word, 18, (x, y) => emotionFace(level.value, x, y - 13, 18)),
        ),
        // The face a card shows when nobody has rated it.
        item(NOT_RATED, 18, (x, y) => emotionFace(null, x, y - 13, 18)),
      ],
    },
    {
      title: 'Effort (1 = very low, 7 = very high)',
      items: [1, 4, 7].map((effort) =>
        item(`${effort} ${effortWord(effort)}`, EFFORT_BARS_WIDTH, (x, y) =>
          effortBars(effort, x, y),
        ),
      ),
    },
    {
      title: 'Connections',
      items: (['path', 'alternative', 'failure'] as const).map((kind) =>
        item(CONNECTION_WORDS[kind], 34, (x, y) =>
          connectionLine(kind, `M${x},${y - 4} L${x + 32},${y - 4}`),
        ),
      ),
    },
    {
      title: 'Badge',
      items: [
        {
          width: motBadge(0, 0).width + 6 + measureText('decides whether the customer stays', ITEM),
          draw: (x, y) => {
            const badge = motBadge(x, y - 13);
            return badge.svg + word('decides whether the customer stays', x + badge.width + 6, y);
          },
        },
      ],
    },
  ];
  if (noteKinds.length > 0) {
    list.push({
      title: 'Notes',
      items: noteKinds.map((kind) =>
        item(LANE_CARD_NOUNS[kind], 14, (x, y) =>
          el('rect', {
            x,
            y: y - 11,
            width: 14,
            height: 14,
            rx: 3,
            fill: mix(LANE_COLORS[kind], 0.2),
            stroke: LANE_COLORS[kind],
            'stroke-width': 2,
          }),
        ),
      ),
    });
  }
  if (hasBlueprint) {
    list.push({
      title: 'Blueprint lines',
      items: [
        item('Interaction, internal interaction', 30, (x, y) => blueprintLine(x, y, '8 5')),
        item('Visibility', 30, (x, y) => blueprintLine(x, y)),
      ],
    });
  }
  return list;
}

const groupWidth = (g: Group) =>
  Math.max(
    measureText(g.title.toUpperCase(), HEAD),
    g.items.reduce((w, i) => w + i.width, 0),
  );

/** Groups placed left to right, wrapping to a new row when the next does not fit. */
function flow(list: Group[], width: number): { group: Group; x: number; row: number }[] {
  const placed: { group: Group; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const group of list) {
    const w = groupWidth(group);
    if (x > 0 && x + w > width) {
      row++;
      x = 0;
    }
    placed.push({ group, x, row });
    x += w + GROUP_GAP;
  }
  return placed;
}

export interface LegendInput {
  laneKinds: LaneKind[];
  hasBlueprint: boolean;
}

export function legendHeight(input: LegendInput, width: number): number {
  const placed = flow(groups(noteKindsOf(input), input.hasBlueprint), width - 2 * PAD);
  const rows = (placed.at(-1)?.row ?? 0) + 1;
  return 2 * PAD + 22 + rows * ROW_HEIGHT - 12;
}

function noteKindsOf(input: LegendInput): LaneKind[] {
  return [...new Set(input.laneKinds.filter(isNoteLane))];
}

export function legend(input: LegendInput, x: number, y: number, width: number): string {
  const placed = flow(groups(noteKindsOf(input), input.hasBlueprint), width - 2 * PAD);
  const height = legendHeight(input, width);
  const parts = [
    el('rect', {
      x: x + 0.5,
      y: y + 0.5,
      width: width - 1,
      height: height - 1,
      rx: 12,
      fill: INK.surface,
      stroke: INK.line,
    }),
    text('Legend', {
      x: x + PAD,
      y: y + PAD + 12,
      'font-size': 14,
      'font-weight': 700,
      fill: INK.ink,
    }),
  ];
  for (const { group, x: gx, row } of placed) {
    const left = x + PAD + gx;
    const top = y + PAD + 22 + row * ROW_HEIGHT;
    parts.push(
      text(group.title.toUpperCase(), {
        x: left,
        y: top + 12,
        'font-size': HEAD.size,
        'font-weight': HEAD.weight,
        'letter-spacing': HEAD.letterSpacing,
        fill: INK.faint,
      }),
    );
    let ix = left;
    for (const it of group.items) {
      parts.push(it.draw(ix, top + 34));
      ix += it.width;
    }
  }
  return el('g', { class: 'legend' }, parts);
}
