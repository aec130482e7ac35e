import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useLayoutEffect, useRef } from 'react';
import { cardAt, cardsInside, type FarCard } from '../../../../shared/layout/farShapes';
import type { JourneyLayout } from '../../../../shared/layout/layoutJourney';
import { openCardMenuAt } from '../cardMenu/openCardMenu';
import { useDocumentStore } from '../documentContext';
import { useCommandContext } from '../palette/commandContext';
import { drawFarLayer, type FarColors } from './drawFarLayer';

interface Props {
  layout: JourneyLayout;
  cards: readonly FarCard[];
  /** Cards React Flow draws in full (selected, focused or edited ones). */
  skip: ReadonlySet<string>;
  /** Changes when the light/dark theme does, so the colours are read again. */
  colorMode: string;
  /**
   * Nearer in: draw just these cards' shapes, standing in for full cards still to come (no
   * names, lines or curve, which are full nodes there, and no pointer handling).
   */
  shapesOnly?: boolean;
}

function readColors(el: Element): FarColors {
  const style = getComputedStyle(el);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    surface: v('--surface', '#ffffff'),
    ink: v('--ink', '#1c1c1c'),
    faint: v('--ink-faint', '#9a9a9a'),
    line: v('--line', '#d0d0d0'),
    accent: v('--accent', '#2f6fed'),
    curve: v('--curve', '#3b5bdb'),
    lineStrong: v('--line-strong', '#c5cbd8'),
    low: v('--edge-failure', '#c92a2a'),
  };
}

const CARD = '.react-flow__node-touchpoint';
const MULTI = (e: MouseEvent) => e.shiftKey || e.metaKey || e.ctrlKey;

/**
 * The far-out map: one <canvas> over the pane, redrawn from the layout whenever the viewport
 * moves (no React render per frame). Clicking a card selects it (it then becomes a full React
 * Flow node, which drags and drops as at any zoom); hovering outlines it; a right-click opens
 * its context menu, as on a full card.
 */
export function FarLayer({ layout, cards, skip, colorMode, shapesOnly = false }: Props) {
  const rf = useStoreApi();
  const doc = useDocumentStore();
  const commands = useCommandContext();
  const canvas = useRef<HTMLCanvasElement>(null);
  const hovered = useRef<string | null>(null);
  const focused = useRef<string | null>(null);
  const latest = useRef({ layout, cards, skip });
  // Before the drawing effect below, which runs before the frame is painted.
  useLayoutEffect(() => {
    latest.current = { layout, cards, skip };
  });

  // Drawn before the frame is painted: shapes and the full cards replacing them change in the
  // same frame.
  useLayoutEffect(() => {
    const el = canvas.current;
    const dom = rf.getState().domNode;
    const ctx = el?.getContext('2d');
    if (!el || !dom || !ctx) return;
    const colors = readColors(dom);
    let frame = 0;
    const draw = () => {
      frame = 0;
      const { transform, width, height } = rf.getState();
      const ratio = window.devicePixelRatio || 1;
      if (el.width !== Math.round(width * ratio) || el.height !== Math.round(height * ratio)) {
        el.width = Math.round(width * ratio);
        el.height = Math.round(height * ratio);
      }
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      const [x, y, zoom] = transform;
      // The keyboard's card is a node far out too (the map's Tab stop) but stays a shape
      // under this layer until it has the focus.
      const { skip } = latest.current;
      const focus = focused.current;
      const drawn = focus && !skip.has(focus) ? new Set([...skip, focus]) : skip;
      drawFarLayer(
        ctx,
        { x, y, zoom, width, height },
        { ...latest.current, skip: drawn, hovered: hovered.current, colors, shapesOnly },
      );
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(draw);
    };
    const unsubscribe = rf.subscribe((s: ReactFlowState, prev: ReactFlowState) => {
      // A wheel notch at the minimum zoom hands over a new transform with the same values.
      const moved = s.transform.some((v, i) => v !== prev.transform[i]);
      if (moved || s.width !== prev.width || s.height !== prev.height) schedule();
      if (shapesOnly) return;
      // React Flow's marquee selects only the nodes it has; far out it is ended here, on shapes.
      if (prev.userSelectionRect && !s.userSelectionRect) selectInside(prev.userSelectionRect);
    });
    const selectInside = (r: { x: number; y: number; width: number; height: number }) => {
      if (r.width < 2 || r.height < 2) return;
      const [x, y, zoom] = rf.getState().transform;
      const ids = cardsInside(latest.current.layout, {
        x: (r.x - x) / zoom,
        y: (r.y - y) / zoom,
        width: r.width / zoom,
        height: r.height / zoom,
      });
      if (ids.length) doc.getState().select({ kind: 'touchpoint', ids });
    };
    const toFlow = (e: MouseEvent) => {
      const rect = dom.getBoundingClientRect();
      const [x, y, zoom] = rf.getState().transform;
      return { x: (e.clientX - rect.left - x) / zoom, y: (e.clientY - rect.top - y) / zoom };
    };
    const onMove = (e: PointerEvent) => {
      const p = toFlow(e);
      const id = cardAt(latest.current.layout, p.x, p.y) ?? null;
      if (id === hovered.current) return;
      hovered.current = id;
      dom.classList.toggle('far-hover', id !== null);
      // The card's title as a tip: far out it cannot be read on the shape.
      const card = id ? latest.current.cards.find((c) => c.id === id) : undefined;
      if (card) dom.setAttribute('title', card.title);
      else dom.removeAttribute('title');
      schedule();
    };
    // A press that ends a pan is not a click on the card under the release.
    let pressed = { x: 0, y: 0 };
    const onDown = (e: PointerEvent) => {
      pressed = { x: e.clientX, y: e.clientY };
    };
    const onClick = (e: MouseEvent) => {
      if (Math.hypot(e.clientX - pressed.x, e.clientY - pressed.y) > 4) return;
      if ((e.target as Element).closest(`.react-flow__panel, ${CARD}`)) return;
      const p = toFlow(e);
      const id = cardAt(latest.current.layout, p.x, p.y);
      if (!id) return;
      e.stopPropagation();
      const state = doc.getState();
      const current = state.selection?.kind === 'touchpoint' ? state.selection.ids : [];
      const ids = MULTI(e)
        ? current.includes(id)
          ? current.filter((c) => c !== id)
          : [...current, id]
        : [id];
      state.select(ids.length ? { kind: 'touchpoint', ids } : null);
    };
    // A shape's menu; a full card's own handler (useCardContextMenu) takes those on full cards.
    const onContextMenu = (e: MouseEvent) => {
      if ((e.target as Element).closest(`.react-flow__panel, ${CARD}`)) return;
      const p = toFlow(e);
      const id = cardAt(latest.current.layout, p.x, p.y);
      if (!id) return;
      e.preventDefault();
      e.stopPropagation();
      openCardMenuAt(commands, id, e.clientX, e.clientY);
    };
    const onFocus = () => {
      const el = document.activeElement;
      const id = el instanceof Element ? (el.closest(CARD)?.getAttribute('data-id') ?? null) : null;
      if (id === focused.current) return;
      focused.current = id;
      schedule();
    };
    // While focus moves, the element losing it is still the active one: look a frame later.
    const onBlur = () => requestAnimationFrame(onFocus);
    draw();
    // Nearer in (shapes only) the layer takes no pointer or focus: the full nodes do.
    const listening = new AbortController();
    if (!shapesOnly) {
      const { signal } = listening;
      dom.addEventListener('focusin', onFocus, { signal });
      dom.addEventListener('focusout', onBlur, { signal });
      dom.addEventListener('pointermove', onMove, { signal });
      dom.addEventListener('pointerdown', onDown, { signal, capture: true });
      dom.addEventListener('click', onClick, { signal, capture: true });
      dom.addEventListener('contextmenu', onContextMenu, { signal, capture: true });
    }
    return () => {
      if (frame) cancelAnimationFrame(frame);
      unsubscribe();
      listening.abort();
      dom.classList.remove('far-hover');
      dom.removeAttribute('title');
    };
  }, [rf, doc, commands, colorMode, layout, cards, skip, shapesOnly]);

  return (
    <canvas
      ref={canvas}
      className="far-layer"
      data-testid="far-layer"
      data-card-count={cards.length}
      aria-hidden="true"
    />
  );
}
