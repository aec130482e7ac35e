import { describe, expect, it } from 'vitest';
import { hotelDoc } from '../../test/unit/dataFixtures';
import { journeyList } from '../model/doc';
import { exportJsonCanvas, journeyCanvas } from './canvas';

describe('JSON Canvas export', () => {
  const doc = hotelDoc();
  const journey = journeyList(doc)[0]!;
  const canvas = JSON.parse(exportJsonCanvas(doc, journey.id)) as ReturnType<typeof journeyCanvas>;

  it('follows the spec: unique ids, integer geometry, known types, edges between nodes', () => {
    const ids = [...canvas.nodes, ...canvas.edges].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const n of canvas.nodes) {
      expect(['text', 'group']).toContain(n.type);
      for (const v of [n.x, n.y, n.width, n.height]) expect(Number.isInteger(v)).toBe(true);
      expect(n.width).toBeGreaterThan(0);
      expect(n.height).toBeGreaterThan(0);
      if (n.type === 'text') expect(typeof n.text).toBe('string');
      if (n.color !== undefined) expect(n.color).toMatch(/^(#[0-9a-fA-F]{6}|[1-6])$/);
    }
    const nodeIds = new Set(canvas.nodes.map((n) => n.id));
    for (const e of canvas.edges) {
      expect(nodeIds.has(e.fromNode)).toBe(true);
      expect(nodeIds.has(e.toNode)).toBe(true);
      expect(e.toEnd).toBe('arrow');
      for (const side of [e.fromSide, e.toSide]) {
        expect(['top', 'right', 'bottom', 'left']).toContain(side);
      }
    }
  });

  it('draws stages as named groups holding their cards, and every connection as an edge', () => {
    const groups = canvas.nodes.filter((n) => n.type === 'group');
    expect(groups.map((g) => g.type === 'group' && g.label)).toEqual([
      'Plan',
      'Search',
      'Book',
      'Stay',
      'Expense',
    ]);
    const cards = canvas.nodes.filter((n) => n.id.startsWith('card-'));
    expect(cards).toHaveLength(Object.keys(doc.touchpoints).length);
    for (const card of cards) {
      const inside = groups.filter(
        (g) =>
          card.x >= g.x &&
          card.y >= g.y &&
          card.x + card.width <= g.x + g.width &&
          card.y + card.height <= g.y + g.height,
      );
      expect(inside).toHaveLength(1);
    }
    expect(canvas.edges).toHaveLength(Object.keys(doc.connections).length);
    const persona = canvas.nodes.find((n) => n.id.startsWith('persona-'));
    expect(persona?.type === 'text' && persona.text).toMatch(/^### Maya Okafor/);
  });

  it('writes a touchpoint card as Markdown with its emotion face and word and its effort', () => {
    const t = Object.values(doc.touchpoints).find((x) => x.emotion === -2)!;
    const node = canvas.nodes.find((n) => n.id === `card-${t.id}`)!;
    expect(node.type === 'text' && node.text).toMatch(
      new RegExp(`^\\*\\*.+\\*\\*[\\s\\S]*😣 Very negative · Effort ${t.effort}/7`),
    );
  });
});

/** Texts a Markdown viewer such as Obsidian would run as HTML, links, embeds, maths or markup. */
const HOSTILE = [
  '<img src="https://evil.example/t.png" onerror="alert(1)">',
  '![pixel](https://evil.example/t.png)',
  '[click me](javascript:alert(1))',
  '<javascript:alert(1)>',
  '<script>alert(1)</script>',
  '&lt;b&gt; &#60;i&#62;',
  '![[secret note]] [[other]]',
  '$\\href{javascript:alert(1)}{x}$',
  '%%hidden%% ==marked== ~~gone~~ `code` ^block',
  '# Heading',
  '> quote\n- item\n1. first\n---\n| a | b |',
  'back\\slash\\',
];

/** ASCII punctuation not made literal by a backslash before it. */
function unescapedPunctuation(markdown: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < markdown.length; i++) {
    const ch = markdown[i]!;
    if (ch === '\\' && /[!-/:-@[-`{-~]/.test(markdown[i + 1] ?? '')) i++;
    else if (/[!-/:-@[-`{-~]/.test(ch)) found.push(ch);
  }
  return found;
}

const unescape = (markdown: string) => markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('JSON Canvas export of hostile text', () => {
  const doc = hotelDoc();
  const journey = journeyList(doc)[0]!;
  const cards = Object.values(doc.touchpoints).filter((t) => t.journeyId === journey.id);
  const hostileDoc = {
    ...doc,
    touchpoints: Object.fromEntries(
      cards.map((t, i) => [
        t.id,
        {
          ...t,
          title: HOSTILE[i % HOSTILE.length]!,
          description: HOSTILE[(i + 1) % HOSTILE.length]!,
          channel: HOSTILE[(i + 2) % HOSTILE.length]!,
          tags: ['ok-tag', 'a](javascript:x)', '<b>', '  '],
        },
      ]),
    ),
    personas: Object.fromEntries(
      Object.values(doc.personas).map((p) => [
        p.id,
        { ...p, name: HOSTILE[0]!, quote: HOSTILE[1]! },
      ]),
    ),
  };
  const canvas = journeyCanvas(hostileDoc, journey.id);
  const textOf = (id: string) => {
    const node = canvas.nodes.find((n) => n.id === id);
    return node?.type === 'text' ? node.text : '';
  };

  it('escapes every Markdown and HTML character of a title and description, losing none', () => {
    for (const t of cards) {
      const lines = textOf(`card-${t.id}`).split('\n');
      const source = hostileDoc.touchpoints[t.id]!;
      const title = lines[0]!.replace(/^\*\*|\*\*$/g, '');
      expect(unescapedPunctuation(title)).toEqual([]);
      expect(unescape(title)).toBe(source.title.replace(/\s+/g, ' ').trim());
      const description = lines.slice(2, 2 + source.description.split('\n').length).join('\n');
      expect(unescapedPunctuation(description)).toEqual([]);
      expect(unescape(description)).toBe(source.description.trim());
    }
  });

  it('leaves no raw tag, link, image, embed or entity in any text node', () => {
    for (const node of canvas.nodes) {
      if (node.type !== 'text') continue;
      expect(node.text).not.toMatch(/(^|[^\\])[<[&$%`]/);
      expect(node.text).not.toMatch(/(^|[^\\])!(?!\\)/);
      expect(node.text).not.toMatch(/\]\(/);
    }
    expect(textOf(`persona-${Object.keys(doc.personas)[0]}`)).toMatch(/^### \\<img src\\=/);
  });

  it('writes tags as Obsidian tags only, dropping what cannot be one', () => {
    const t = cards.find((c) => doc.lanes[c.laneId]!.kind === 'touchpoints')!;
    const tagLine = textOf(`card-${t.id}`)
      .split('\n')
      .find((l) => l.startsWith('#ok-tag'));
    expect(tagLine).toBe('#ok-tag #a-javascript-x #b');
  });
});
