// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { ReactFlow, type NodeTypes } from '@xyflow/react';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cardFace } from '../../../../shared/cards/cardFace';
import { templateJourney } from '../../../../shared/export/svg/exampleDocs';
import { layoutJourney } from '../../../../shared/layout/layoutJourney';
import { entity, field, TOUCHPOINT, type Fields } from '../../../../shared/model/entities';
import { PROJECTOR_LAYOUT_THEME as THEME } from '../../../../shared/present/projectorTheme';
import { presentSteps } from '../../../../shared/present/steps';
import { buildPresentNodes } from './buildPresentNodes';
import { PresentCard } from './PresentNodes';
import type { PresentNode } from './presentNodeTypes';

const NODE_TYPES: NodeTypes = { card: PresentCard };
const WITH_LINK = entity('touchpoints', 'touchpoint', {
  ...TOUCHPOINT.fields,
  link: field(z.string(), { default: '', card: { show: 'link', label: 'Link' } }),
}).fields as Fields;

const { doc, journeyId } = templateJourney('hotel-example');
const layout = layoutJourney(doc, journeyId, THEME);
const overview = presentSteps(layout, false)[0]!;
type CardNode = Extract<PresentNode, { type: 'card' }>;
const cards = buildPresentNodes(doc, layout, THEME, overview).filter(
  (n): n is CardNode => n.type === 'card',
);

afterEach(cleanup);

const show = (nodes: CardNode[]) =>
  render(
    <div style={{ width: 1920, height: 1080 }}>
      <ReactFlow nodes={nodes} nodeTypes={NODE_TYPES} />
    </div>,
  );

function withTouchpoint(kind: 'touchpoint' | 'note', patch: Record<string, unknown>): CardNode {
  const node = cards.find((n) => n.data.face.kind === kind)!;
  const t = { ...doc.touchpoints[node.id]!, ...patch } as (typeof doc.touchpoints)[string];
  return { ...node, data: { ...node.data, face: cardFace(t, node.data.face.laneKind, WITH_LINK) } };
}

describe('the presentation card', () => {
  it('shows "Not rated" with a ? face and "Effort not rated" for an unrated touchpoint', () => {
    show([withTouchpoint('touchpoint', { emotion: null, effort: null, title: 'Queue' })]);
    const card = screen.getByTestId('present-card');
    expect(within(card).getByRole('heading').textContent).toBe('Queue');
    expect(card.querySelector('.present-emotion')?.textContent).toBe('?Not rated');
    expect(within(card).getByText('Effort not rated')).toBeTruthy();
  });

  it('shows a rated touchpoint as face, word and a short effort score', () => {
    show([withTouchpoint('touchpoint', { emotion: 2, effort: 3 })]);
    const card = screen.getByTestId('present-card');
    expect(card.querySelector('.present-emotion')?.textContent).toBe('Very positive');
    expect(within(card).getByText('Effort 3/7')).toBeTruthy();
  });

  it('shows a note as its title, with no face or ratings', () => {
    show([withTouchpoint('note', { title: '' })]);
    const card = screen.getByTestId('present-card');
    expect(card.className).toContain('present-note');
    expect(within(card).getByRole('heading').textContent).toMatch(/^Untitled /);
    expect(card.querySelector('.emotion-face')).toBeNull();
    expect(card.textContent).not.toMatch(/rated|Effort/);
  });

  it('shows a safe link as a link that opens outside, never a javascript: one', () => {
    show([
      withTouchpoint('touchpoint', { link: 'https://example.com/checkout' }),
      { ...withTouchpoint('note', { link: 'https://example.com/' }), id: 'note' },
    ]);
    const [touchpoint, note] = screen.getAllByTestId('present-card');
    const link = within(touchpoint!).getByRole('link', { name: 'example.com/checkout' });
    expect(link.getAttribute('href')).toBe('https://example.com/checkout');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    // Notes show no extra fields.
    expect(note!.querySelector('a')).toBeNull();
    cleanup();
    show([withTouchpoint('touchpoint', { link: 'javascript:alert(1)' })]);
    const card = screen.getByTestId('present-card');
    expect(card.querySelector('a')).toBeNull();
    expect(within(card).getByText('javascript:alert(1)')).toBeTruthy();
  });
});
