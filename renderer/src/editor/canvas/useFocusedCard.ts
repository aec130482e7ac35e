import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { JourneyLayout } from '../../../../shared/layout/layoutJourney';
import type { CanvasNode, ConnectionEdge } from './nodeTypes';
import { reveal } from './useRevealSelection';

const CARD_NODE = '.react-flow__node-touchpoint';
/** How many frames to wait for React Flow to mount a card handed to it before focusing it. */
const MOUNT_FRAMES = 30;

const cardOf = (target: EventTarget | null) =>
  target instanceof Element ? (target.closest(CARD_NODE)?.getAttribute('data-id') ?? null) : null;

/** Which card Tab moves to at far zoom, or undefined to leave Tab to the browser. */
function tabTarget(layout: JourneyLayout, target: Element, back: boolean): string | undefined {
  const cards = layout.cards;
  // Only from the card's node itself: Tab inside a title being edited stays the field's.
  const card = target.matches(CARD_NODE) ? target.getAttribute('data-id') : null;
  if (card) return cards[cards.findIndex((c) => c.id === card) + (back ? -1 : 1)]?.id;
  // From a stage column's node (not the buttons in it), Tab enters its cards.
  const stage = target.matches('.react-flow__node-stage') ? target.getAttribute('data-id') : null;
  if (!stage || back) return undefined;
  return cards.find((c) => c.stageId === stage)?.id;
}

/**
 * The card that holds keyboard focus (or an edit in place): it is drawn in full at every zoom.
 * Far out no card is a DOM node, so Tab would skip them all: there Tab walks the cards in
 * layout order instead, stage by stage (from a stage column's node into its cards), handing each to React Flow as a
 * full card, focusing it and bringing it into view. Past the last card Tab moves on as usual.
 */
export function useFocusedCard(
  container: RefObject<HTMLElement | null>,
  layout: JourneyLayout,
  far: boolean,
): string | null {
  const flow = useReactFlow<CanvasNode, ConnectionEdge>();
  const rfStore = useStoreApi();
  const [focused, setFocused] = useState<string | null>(null);
  const latest = useRef({ layout, far });
  useEffect(() => {
    latest.current = { layout, far };
  });
  // The card Tab moved to, until its node is mounted and focused.
  const pending = useRef<string | null>(null);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const onIn = (e: FocusEvent) => {
      if (!pending.current) setFocused(cardOf(e.target));
    };
    const onOut = (e: FocusEvent) => {
      const to = e.relatedTarget;
      if (!pending.current && !(to instanceof Node && el.contains(to))) setFocused(null);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey || !latest.current.far) return;
      if (!(e.target instanceof Element)) return;
      const { layout } = latest.current;
      const next = tabTarget(layout, e.target, e.shiftKey);
      const box = next && layout.cards.find((c) => c.id === next);
      if (!box) return;
      e.preventDefault();
      pending.current = box.id;
      setFocused(box.id);
      reveal(flow, rfStore, box);
    };
    el.addEventListener('focusin', onIn);
    el.addEventListener('focusout', onOut);
    el.addEventListener('keydown', onKey);
    return () => {
      el.removeEventListener('focusin', onIn);
      el.removeEventListener('focusout', onOut);
      el.removeEventListener('keydown', onKey);
    };
  }, [container, flow, rfStore]);

  useEffect(() => {
    const id = pending.current;
    const el = container.current;
    if (!id || id !== focused || !el) return;
    let frame = 0;
    let tries = 0;
    const tryFocus = () => {
      const node = el.querySelector<HTMLElement>(`${CARD_NODE}[data-id="${CSS.escape(id)}"]`);
      if (node || ++tries > MOUNT_FRAMES) {
        pending.current = null;
        node?.focus({ preventScroll: true });
        return;
      }
      frame = requestAnimationFrame(tryFocus);
    };
    tryFocus();
    return () => cancelAnimationFrame(frame);
  }, [focused, container]);

  return focused;
}
