import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useContext, useEffect, useMemo, useRef, type RefObject } from 'react';
import type { JourneyLayout } from '../../../../shared/layout/layoutJourney';
import { sameArrangement } from '../../../../shared/layout/layoutIndex';
import type { LayoutTheme } from '../../../../shared/layout/theme';
import { viewportShowing } from '../canvas/useRevealSelection';
import { useDocumentStore } from '../documentContext';
import { CanvasFocusContext } from './canvasFocus';
import { addCardAt, selectTarget } from './navActions';
import {
  buildNavModel,
  firstStop,
  mapEntry,
  moveFrom,
  navKey,
  navRect,
  nearestTo,
  tabFrom,
  type NavDirection,
  type NavKey,
  type NavModel,
  type NavPlace,
} from './navModel';
import { useEscapeToCanvas } from './useEscapeToCanvas';

const ARROWS: Record<string, NavDirection> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/**
 * How far inside the view's edges the keyboard's item is brought (screen pixels): clear of the
 * zoom buttons and the minimap in the corners, with its neighbours in sight.
 */
const KEYBOARD_MARGIN = 140;

/** Plain arrows, Home and End walk the map; Ctrl/Cmd+Home/End go to its first or last card. */
function directionOf(e: KeyboardEvent): NavDirection | undefined {
  if (e.altKey || e.shiftKey) return undefined;
  const mod = e.ctrlKey || e.metaKey;
  if (e.key === 'Home') return mod ? 'first' : 'home';
  if (e.key === 'End') return mod ? 'last' : 'end';
  return mod ? undefined : ARROWS[e.key];
}

/** Focuses the item once React Flow has drawn it (a culled card appears a frame or two later). */
function focusWhenDrawn(container: RefObject<HTMLElement | null>, key: NavKey): void {
  let frames = 0;
  const attempt = () => {
    const el = container.current?.querySelector<HTMLElement>(`[data-kb="${CSS.escape(key)}"]`);
    if (el) {
      // No scroll: React Flow moves the view itself; a scroll would shift its whole pane.
      if (document.activeElement !== el) el.focus({ preventScroll: true });
      return;
    }
    if (++frames < 30) requestAnimationFrame(attempt);
  };
  attempt();
}

/**
 * The keyboard's model of the layout, the same object for a layout whose boxes only moved (a
 * card's title wrapped: sameArrangement), as the model holds no positions: building and
 * sorting it again was a few ms of such a keystroke at 10,000 cards.
 */
function useNavModel(layout: JourneyLayout): NavModel {
  const kept = useRef<{ layout: JourneyLayout; model: NavModel } | null>(null);
  /* eslint-disable react-hooks/refs */
  return useMemo(() => {
    const last = kept.current;
    const model = last && sameArrangement(last.layout, layout) ? last.model : buildNavModel(layout);
    kept.current = { layout, model };
    return model;
  }, [layout]);
  /* eslint-enable react-hooks/refs */
}

/**
 * The map as one composite widget with a roving tabindex: one Tab stop, arrows, Home/End and
 * Tab walk the model (navModel.ts), the view pans to the item and the selection follows it.
 * Returns the model, so the canvas can keep the focused card drawn.
 */
export function useCanvasKeyboard(
  container: RefObject<HTMLElement | null>,
  layout: JourneyLayout,
  theme: LayoutTheme,
): NavModel {
  const store = useDocumentStore();
  const focusStore = useContext(CanvasFocusContext);
  const flow = useReactFlow();
  const rfStore = useStoreApi();
  const model = useNavModel(layout);
  const modelRef = useRef(model);
  // Where an item is now: read from the newest layout when the view pans to it (navRect).
  const placed = useRef({ layout, theme });
  useEffect(() => {
    placed.current = { layout, theme };
  }, [layout, theme]);
  const lastPlace = useRef<NavPlace | null>(null);

  const focusKey = useMemo(
    () =>
      (key: NavKey, keepSelection = false) => {
        const item = modelRef.current.items.get(key);
        if (!item || !focusStore) return;
        focusStore.getState().setKey(key);
        lastPlace.current = item.place;
        if (!keepSelection) selectTarget(store, item.target);
        const rect = navRect(item, placed.current.layout, placed.current.theme);
        const next = rect && viewportShowing(rect, rfStore.getState(), KEYBOARD_MARGIN);
        if (next) void flow.setViewport(next);
        focusWhenDrawn(container, key);
      },
    [container, flow, focusStore, rfStore, store],
  );

  useEffect(() => {
    modelRef.current = model;
    if (!focusStore) return;
    const key = focusStore.getState().key;
    const item = key ? model.items.get(key) : undefined;
    if (item) {
      lastPlace.current = item.place;
      return;
    }
    // The item is gone (a card deleted, another journey shown): its neighbour takes its place,
    // and the focus too if it had it (it fell to the page when the element went).
    const next = (lastPlace.current && nearestTo(model, lastPlace.current)) ?? firstStop(model);
    const lost = key !== null && document.activeElement === document.body;
    focusStore.getState().setKey(next ?? null);
    if (lost && next) focusWhenDrawn(container, next);
  }, [model, focusStore, container]);

  useEffect(() => {
    if (!focusStore) return;
    const enter = () => {
      const { selection } = store.getState();
      const card = selection?.kind === 'touchpoint' ? (selection.ids[0] ?? null) : null;
      const key = mapEntry(modelRef.current, card);
      // On a card of several selected, they stay selected (F6 only moves the focus).
      if (key) focusKey(key, key === navKey.card(card ?? ''));
      return key !== undefined;
    };
    focusStore.getState().setFocuser(focusKey);
    focusStore.getState().setEntry(enter);
    return () => {
      focusStore.getState().setFocuser(null);
      focusStore.getState().setEntry(null);
    };
  }, [focusStore, focusKey, store]);

  useEffect(() => {
    const root = container.current;
    if (!root || !focusStore) return;
    const itemOf = (target: EventTarget | null) =>
      target instanceof HTMLElement && root.contains(target) ? target.dataset.kb : undefined;

    // Set while a Tab key press moves the focus (the browser's own Tab, into the map).
    let tabbing = false;

    // A click puts the focus on a card too: the keyboard goes on from there. Tab coming into
    // the map selects what it lands on, as the arrows do; a click leaves selecting to React
    // Flow (Shift-click adds to the selection).
    const onFocusIn = (e: FocusEvent) => {
      const key = itemOf(e.target);
      const item = key ? modelRef.current.items.get(key) : undefined;
      if (!key || !item) return;
      focusStore.getState().setKey(key);
      lastPlace.current = item.place;
      if (tabbing) selectTarget(store, item.target);
    };

    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Tab') {
        tabbing = true;
        setTimeout(() => (tabbing = false), 0);
      }
      const onItem = itemOf(e.target);
      // Keys on the page itself are the map's only while it is shown (the presentation hides
      // the editor and takes the arrows).
      if (!onItem && (e.target !== document.body || root.closest('[hidden]'))) return;
      const current = onItem ?? focusStore.getState().key ?? firstStop(modelRef.current);
      if (!current) return;
      const done = () => {
        e.preventDefault();
        // Handled here, before React Flow (which would move the node) and the shortcuts.
        e.stopPropagation();
      };
      const direction = directionOf(e);
      if (direction) {
        done();
        focusKey(onItem ? (moveFrom(modelRef.current, current, direction) ?? current) : current);
        return;
      }
      if (!onItem) return;
      if (e.key === 'Escape') {
        // React Flow blurs a node on Escape (after clearing the selection); the keyboard stays.
        setTimeout(() => {
          if (document.activeElement === document.body) focusWhenDrawn(container, current);
        }, 0);
        return;
      }
      if (e.key === 'Tab' && !e.ctrlKey && !e.metaKey && !e.altKey) {
        const next = tabFrom(modelRef.current, current, e.shiftKey);
        // Past either end the browser moves on, out of the map.
        if (next) {
          done();
          focusKey(next);
        }
        return;
      }
      if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey) {
        const target = modelRef.current.items.get(current)?.target;
        if (target?.kind === 'card') {
          done();
          store.getState().requestFocus({ id: target.id, field: 'title' });
        } else if (target?.kind === 'stage') {
          done();
          store.getState().requestFocus({ id: target.id, field: 'name' });
        } else if (target?.kind === 'cell') {
          done();
          addCardAt(store, target);
        }
      }
    };
    root.addEventListener('focusin', onFocusIn);
    // On the window, capturing: it sees keys on the page itself (nothing focused) as well.
    window.addEventListener('keydown', onKeyDown, true);
    return () => {
      root.removeEventListener('focusin', onFocusIn);
      window.removeEventListener('keydown', onKeyDown, true);
    };
  }, [container, focusStore, focusKey, store]);

  useEscapeToCanvas(container, focusKey);
  return model;
}
