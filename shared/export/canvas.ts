import { getEntity } from '../model/doc';
import { holdsTouchpoints, LANE_CARD_NOUNS } from '../model/laneKinds';
import { effortPhrase, effortWord, emotionLevel } from '../model/scales';
import type { ConnectionKind, ProjectDoc } from '../model/types';
import { layoutJourney, type Rect } from '../layout/layoutJourney';
import { DEFAULT_LAYOUT_THEME, type LayoutTheme } from '../layout/theme';

/** JSON Canvas 1.0 (jsoncanvas.org): the node and edge shapes this export writes. */
type Side = 'top' | 'right' | 'bottom' | 'left';

interface CanvasNodeBase {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  color?: string;
}

export type CanvasNode =
  | (CanvasNodeBase & { type: 'text'; text: string })
  | (CanvasNodeBase & { type: 'group'; label?: string });

export interface CanvasEdge {
  id: string;
  fromNode: string;
  toNode: string;
  fromSide?: Side;
  toSide?: Side;
  toEnd: 'arrow';
  color?: string;
  label?: string;
}

export interface JsonCanvas {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
}

/** A face for each emotion, shown with its word: never the colour alone. */
const FACES = ['😣', '🙁', '😐', '🙂', '😄'] as const;

/** The spec's preset colours: "1" red, "3" yellow. */
const EDGE_COLORS: Partial<Record<ConnectionKind, string>> = { failure: '1', alternative: '3' };

/** The spec asks for integer pixel positions and sizes. */
const box = (r: Rect) => ({
  x: Math.round(r.x),
  y: Math.round(r.y),
  width: Math.round(r.width),
  height: Math.round(r.height),
});

/** One line of plain text: no stray newlines breaking the layout. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Free text as Markdown that reads back as exactly that text. Text nodes are Markdown, and
 * Obsidian renders HTML, images, links (`javascript:` ones too), wiki embeds, maths and
 * comments in them; CommonMark lets a backslash make any ASCII punctuation literal, so every
 * one is escaped and none of those can start.
 */
export function markdownText(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** One line of Markdown from free text. */
const markdownLine = (s: string) => markdownText(oneLine(s));

/** A tag as Obsidian reads one (letters, digits, "_", "-", "/"), or nothing. */
const tagWord = (tag: string) => tag.replace(/[^\p{L}\p{N}_/-]+/gu, '-').replace(/^-+|-+$/g, '');

/**
 * A journey as a JSON Canvas: the persona on top, stages as groups (named and coloured like the map), lane names
 * as text nodes down the left, cards as Markdown text nodes where the map draws them (with
 * emotion and effort on touchpoints), connections as arrows between cards.
 */
export function journeyCanvas(
  doc: ProjectDoc,
  journeyId: string,
  theme: LayoutTheme = DEFAULT_LAYOUT_THEME,
): JsonCanvas {
  if (!getEntity(doc, 'journeys', journeyId)) throw new Error(`No journey with id ${journeyId}`);
  const layout = layoutJourney(doc, journeyId, theme);
  // Groups come first: JSON Canvas draws nodes in array order, so cards sit on top of them.
  const nodes: CanvasNode[] = layout.stages.map((s) => ({
    id: `stage-${s.id}`,
    type: 'group',
    label: s.name,
    color: s.color,
    ...box(s),
  }));
  const persona = layout.persona && getEntity(doc, 'personas', layout.persona.personaId);
  if (layout.persona && persona) {
    const lines = [
      `### ${markdownLine(persona.name)}`,
      markdownLine(persona.role),
      markdownLine(persona.quote),
    ];
    nodes.push({
      id: `persona-${persona.id}`,
      type: 'text',
      text: lines.filter(Boolean).join('\n\n'),
      color: persona.color,
      ...box(layout.persona),
    });
  }
  for (const lane of layout.lanes) {
    nodes.push({
      id: `lane-${lane.id}`,
      type: 'text',
      text: `**${markdownLine(lane.name) || LANE_CARD_NOUNS[lane.kind]}**`,
      ...box({ x: lane.x, y: lane.y, width: theme.laneLabelWidth - 8, height: lane.height }),
    });
  }
  for (const card of layout.cards) {
    const t = getEntity(doc, 'touchpoints', card.id);
    if (!t) continue;
    const lines = [`**${markdownLine(t.title) || LANE_CARD_NOUNS[card.laneKind]}**`];
    if (t.description.trim()) lines.push('', markdownText(t.description.trim()));
    if (holdsTouchpoints(card.laneKind)) {
      const level = emotionLevel(t.emotion);
      const face = level.value === null ? '?' : FACES[level.value + 2];
      const effort =
        t.effort === null ? effortPhrase(null) : `Effort ${t.effort}/7 (${effortWord(t.effort)})`;
      lines.push('', `${face} ${level.word} · ${effort}`);
      const facts = [t.channel, t.momentOfTruth ? '★ Moment of truth' : '', t.owner]
        .map(markdownLine)
        .filter(Boolean);
      if (facts.length) lines.push(facts.join(' · '));
      const tags = t.tags.map(tagWord).filter(Boolean);
      if (tags.length) lines.push(tags.map((tag) => `#${tag}`).join(' '));
    }
    nodes.push({ id: `card-${card.id}`, type: 'text', text: lines.join('\n'), ...box(card) });
  }
  const stageIndex = new Map(layout.stages.map((s) => [s.id, s.index] as const));
  const cardBox = new Map(layout.cards.map((c) => [c.id, c] as const));
  const edges: CanvasEdge[] = [];
  for (const c of layout.connections) {
    const from = cardBox.get(c.fromId);
    const to = cardBox.get(c.toId);
    if (!from || !to) continue;
    const [fromSide, toSide] = sidesOf(from, to, stageIndex);
    const color = EDGE_COLORS[c.kind];
    edges.push({
      id: `edge-${c.id}`,
      fromNode: `card-${c.fromId}`,
      toNode: `card-${c.toId}`,
      fromSide,
      toSide,
      toEnd: 'arrow',
      ...(color ? { color } : {}),
      ...(c.label.trim() ? { label: oneLine(c.label) } : {}),
    });
  }
  return { nodes, edges };
}

/** The sides an arrow leaves and enters by, as the map routes it. */
function sidesOf(
  from: Rect & { stageId: string },
  to: Rect & { stageId: string },
  stageIndex: ReadonlyMap<string, number>,
): [Side, Side] {
  const a = stageIndex.get(from.stageId) ?? 0;
  const b = stageIndex.get(to.stageId) ?? 0;
  if (b > a) return ['right', 'left'];
  if (b < a) return ['top', 'top'];
  return to.y >= from.y ? ['bottom', 'top'] : ['top', 'bottom'];
}

/** The `.canvas` file's text. */
export function exportJsonCanvas(doc: ProjectDoc, journeyId: string): string {
  return `${JSON.stringify(journeyCanvas(doc, journeyId), null, 2)}\n`;
}
