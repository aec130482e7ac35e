// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { ReactFlow, type NodeChange, type NodeTypes } from '@xyflow/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { cardFace } from '../../../../shared/cards/cardFace';
import { entity, field, TOUCHPOINT, type Fields } from '../../../../shared/model/entities';
import { lanesOf, stagesOf } from '../../../../shared/model/doc';
import { makeTouchpoint } from '../../../../shared/model/factories';
import { holdsTouchpoints, isNoteLane } from '../../../../shared/model/laneKinds';
import { layoutJourney } from '../../../../shared/layout/layoutJourney';
import { DEFAULT_LAYOUT_THEME } from '../../../../shared/layout/theme';
import { documentPerTest } from '../../../../test/unit/inProcessApi';
import { DocumentStoreContext } from '../documentContext';
import type { DocumentStore } from '../documentStore';
import { buildNodes } from './buildNodes';
import type { CanvasNode, TouchpointNode } from './nodeTypes';
import { TouchpointCard } from './TouchpointCard';

const NODE_TYPES: NodeTypes = { touchpoint: TouchpointCard };
const WITH_LINK = entity('touchpoints', 'touchpoint', {
  ...TOUCHPOINT.fields,
  link: field(z.string(), { default: '', card: { show: 'link', label: 'Link' } }),
}).fields as Fields;

const opened = documentPerTest();

afterEach(cleanup);

/** Adds a card to the first stage, in the first lane that holds touchpoints or notes. */
function addCard(store: DocumentStore, kind: 'touchpoint' | 'note', title: string): string {
  const { doc, journeyId } = store.getState();
  const lane = lanesOf(doc, journeyId).find((l) =>
    kind === 'touchpoint' ? holdsTouchpoints(l.kind) : isNoteLane(l.kind),
  )!;
  const stageId = stagesOf(doc, journeyId)[0]!.id;
  const id = `card-${kind}-${title.length}`;
  store.getState().dispatch({
    type: 'addTouchpoint',
    touchpoint: makeTouchpoint({ id, journeyId, stageId, laneId: lane.id, title }),
    at: { index: 0 },
  });
  return id;
}

function cardNodes(store: DocumentStore): TouchpointNode[] {
  const { doc, journeyId, selection } = store.getState();
  const layout = layoutJourney(doc, journeyId, DEFAULT_LAYOUT_THEME);
  return buildNodes({ doc, layout, theme: DEFAULT_LAYOUT_THEME, selection, drop: null }).filter(
    (n: CanvasNode): n is TouchpointNode => n.type === 'touchpoint',
  );
}

function renderCards(
  store: DocumentStore,
  nodes: TouchpointNode[],
  onNodesChange: (changes: NodeChange<CanvasNode>[]) => void = () => {},
) {
  return render(
    <DocumentStoreContext.Provider value={store}>
      <div style={{ width: 800, height: 600 }}>
        <ReactFlow nodes={nodes} nodeTypes={NODE_TYPES} onNodesChange={onNodesChange} />
      </div>
    </DocumentStoreContext.Provider>,
  );
}

/** A node whose card face holds a `link` field, as the touchpoint descriptor will declare it. */
function withLink(node: TouchpointNode, link: string): TouchpointNode {
  const touchpoint = { ...node.data.touchpoint, link } as typeof node.data.touchpoint;
  return {
    ...node,
    data: { ...node.data, face: cardFace(touchpoint, node.data.face.laneKind, WITH_LINK) },
  };
}

describe('the canvas card', () => {
  it('says "Not rated" beside a ? face for a touchpoint nobody has rated', () => {
    const { store } = opened;
    const id = addCard(store, 'touchpoint', 'Reads the policy');
    renderCards(store, cardNodes(store));
    const card = screen.getByTestId('touchpoint-card');
    expect(card.dataset.touchpointId).toBe(id);
    expect(within(card).getByText('Reads the policy')).toBeTruthy();
    const emotion = card.querySelector('.card-emotion')!;
    expect(emotion.getAttribute('data-emotion')).toBe('not-rated');
    expect(emotion.textContent).toBe('?Not rated');
    expect(within(card).getByText('Effort not rated')).toBeTruthy();
    expect(
      screen.getByRole('group', {
        name: /^Touchpoint: Reads the policy, .+, emotion not rated, effort not rated$/,
      }),
    ).toBeTruthy();
  });

  it('draws the ratings of a card at rest as marks, and as controls once it is selected', () => {
    const { store } = opened;
    const id = addCard(store, 'touchpoint', 'Pays online');
    store.getState().dispatch({ type: 'updateTouchpoint', id, patch: { emotion: -2, effort: 6 } });
    const [node] = cardNodes(store);
    renderCards(store, [node!]);
    const card = screen.getByTestId('touchpoint-card');
    expect(card.querySelector('.card-emotion')?.textContent).toBe('Very negative');
    expect(within(card).getByText('High effort')).toBeTruthy();
    expect(card.querySelectorAll('.effort-bars .bar.filled')).toHaveLength(6);
    expect(within(card).queryAllByRole('button')).toHaveLength(0);
    expect(within(card).queryAllByRole('radio')).toHaveLength(0);
    cleanup();

    renderCards(store, [{ ...node!, selected: true }]);
    const selected = screen.getByTestId('touchpoint-card');
    expect(
      within(selected).getByRole('button', { name: 'Emotion: Very negative. Change emotion' }),
    ).toBeTruthy();
    const segments = within(selected).getAllByRole('radio');
    expect(segments).toHaveLength(7);
    expect(segments.filter((r) => r.getAttribute('aria-checked') === 'true')).toHaveLength(1);
    expect(within(selected).getByRole('radio', { name: '6: High effort' }).tabIndex).toBe(0);
  });

  it('gives React Flow the handles of each card, so none is built off screen to measure them', () => {
    const { store } = opened;
    addCard(store, 'touchpoint', 'Sees an ad');
    const [node] = cardNodes(store);
    const { width, height } = node!;
    expect(node!.handles).toEqual([
      expect.objectContaining({ type: 'target', position: 'left', x: -5, y: height! / 2 - 5 }),
      expect.objectContaining({ type: 'source', position: 'right', x: width! - 5 }),
    ]);
  });

  it('draws a note with its title and text and no face, word or effort', () => {
    const { store } = opened;
    const id = addCard(store, 'note', '');
    store
      .getState()
      .dispatch({ type: 'updateTouchpoint', id, patch: { description: 'Fees added late' } });
    renderCards(store, cardNodes(store));
    const note = screen.getByTestId('note-card');
    expect(note.querySelector('.card-title.untitled')?.textContent).toMatch(/^Untitled /);
    expect(within(note).getByText('Fees added late')).toBeTruthy();
    expect(note.querySelector('.emotion-face')).toBeNull();
    expect(note.textContent).not.toMatch(/Not rated|effort/i);
  });

  it('clamps a title with an ellipsis only where the layout cut it; one that fits is a plain block', () => {
    const { store } = opened;
    addCard(store, 'touchpoint', 'Short');
    addCard(store, 'touchpoint', 'Compares '.repeat(40));
    renderCards(store, cardNodes(store));
    const [cut, fits] = ['Compares', 'Short'].map((title) =>
      screen
        .getAllByTestId('touchpoint-card')
        .find((c) => c.textContent?.startsWith(title))!
        .querySelector<HTMLElement>('.card-title')!,
    );
    expect(fits!.classList.contains('cut')).toBe(false);
    expect(fits!.style.maxHeight).toBe('1lh');
    expect(fits!.style.getPropertyValue('-webkit-line-clamp')).toBe('');
    expect(cut!.classList.contains('cut')).toBe(true);
    expect(cut!.style.maxHeight).toBe('');
  });

  it('shows a safe link as a link that opens outside, and an unsafe one as text only', () => {
    const { store } = opened;
    addCard(store, 'touchpoint', 'Book the room');
    const [node] = cardNodes(store);
    renderCards(store, [withLink(node!, 'https://www.example.com/booking/')]);
    const card = screen.getByTestId('touchpoint-card');
    const link = within(card).getByRole('link', { name: 'example.com/booking' });
    expect(link.getAttribute('href')).toBe('https://www.example.com/booking/');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.closest('li')?.textContent).toBe('Link: example.com/booking');
    cleanup();

    renderCards(store, [withLink(node!, 'javascript:alert(1)')]);
    const unsafe = screen.getByTestId('touchpoint-card');
    expect(within(unsafe).queryByRole('link')).toBeNull();
    expect(unsafe.querySelector('a')).toBeNull();
    expect(within(unsafe).getByText('javascript:alert(1)')).toBeTruthy();
  });

  it('does not select the card when its link is clicked; clicking the card does', () => {
    const { store } = opened;
    addCard(store, 'touchpoint', 'Book the room');
    const [node] = cardNodes(store);
    const onNodesChange = vi.fn();
    renderCards(store, [withLink(node!, 'https://example.com/')], onNodesChange);
    // The test page must not follow the link (it would fetch it); the card's handlers still run.
    const stay = (e: Event) => e.preventDefault();
    document.addEventListener('click', stay, true);
    try {
      onNodesChange.mockClear();
      fireEvent.click(screen.getByRole('link', { name: 'example.com' }));
      const selects = () =>
        onNodesChange.mock.calls.flat(2).filter((c: NodeChange) => c.type === 'select');
      expect(selects()).toEqual([]);
      fireEvent.click(screen.getByText('Book the room'));
      expect(selects()).toEqual([{ id: node!.id, type: 'select', selected: true }]);
    } finally {
      document.removeEventListener('click', stay, true);
    }
  });

  it('follows its row when a title edit keeps its node, accessible name included', () => {
    const { store } = opened;
    const id = addCard(store, 'touchpoint', 'Book');
    const { doc, journeyId, selection } = store.getState();
    const layout = layoutJourney(doc, journeyId, DEFAULT_LAYOUT_THEME);
    const build = () =>
      buildNodes({
        doc: store.getState().doc,
        layout,
        theme: DEFAULT_LAYOUT_THEME,
        selection,
        drop: null,
      }).filter((n: CanvasNode): n is TouchpointNode => n.type === 'touchpoint');
    const nodes = build();
    renderCards(store, nodes);
    act(() => {
      store.getState().dispatch({ type: 'updateTouchpoint', id, patch: { title: 'Book it' } });
    });
    // The layout is kept (the title still fits one line), and so is every node.
    expect(build()).toEqual(nodes);
    expect(build().every((n, i) => n === nodes[i])).toBe(true);
    const card = screen.getByTestId('touchpoint-card');
    expect(within(card).getByText('Book it')).toBeTruthy();
    expect(screen.getByRole('group', { name: /^Touchpoint: Book it, / })).toBeTruthy();
    expect(screen.queryByRole('group', { name: /^Touchpoint: Book, / })).toBeNull();
  });

  it('edits the title in place on double-click, as an edit of the document', async () => {
    const { store } = opened;
    const id = addCard(store, 'touchpoint', 'Book');
    renderCards(store, cardNodes(store));
    fireEvent.doubleClick(screen.getByText('Book'));
    const input = screen.getByRole('textbox', { name: 'Card title' });
    fireEvent.change(input, { target: { value: 'Book the room' } });
    expect(store.getState().doc.touchpoints[id]?.title).toBe('Book the room');
    await act(() => store.getState().flushSaves());
    expect(store.getState().saveState).toBe('saved');
  });
});
