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
