import {
  useReactFlow,
  useStoreApi,
  type ReactFlowInstance,
  type ReactFlowState,
} from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { EDIT_ZOOM, isFarZoom } from '../../../../shared/layout/farShapes';
import { sameArrangement } from '../../../../shared/layout/layoutIndex';
import type { JourneyLayout, Rect } from '../../../../shared/layout/layoutJourney';
import { addedCardBox, revealView, type Transform } from '../../../../shared/layout/revealView';
import type { Selection } from '../documentStore';
import type { CanvasNode, ConnectionEdge } from './nodeTypes';
import { STICKY_LANE_WIDTH, STICKY_STAGE_HEIGHT } from './StickyHeaders';

type Flow = ReactFlowInstance<CanvasNode, ConnectionEdge>;
type RfStore = ReturnType<typeof useStoreApi>;

// Clear of the stage and lane names pinned to the top and left edges (StickyHeaders.tsx).
const PINNED = { left: STICKY_LANE_WIDTH, top: STICKY_STAGE_HEIGHT };

function boxOf(layout: JourneyLayout, selection: Selection): Rect | undefined {
  const id = selection?.ids.length === 1 ? selection.ids[0] : undefined;
  if (!id) return undefined;
  if (selection?.kind === 'touchpoint') return layout.cards.find((c) => c.id === id);
  const stage = layout.stages.find((s) => s.id === id);
  // A stage is revealed by its header; the column may be taller than the screen.
  return stage && { ...stage, height: Math.min(stage.height, 240) };
}

/**
 * The viewport that shows `box` with the smallest pan (never a zoom), or null when it is on
 * screen already; `margin` is kept from the edges (the keyboard walk keeps more).
 */
export function viewportShowing(
  box: Rect,
  view: Pick<ReactFlowState, 'width' | 'height' | 'transform'>,
  margin?: number,
): Transform | null {
  const [x, y, zoom] = view.transform;
  const pane = { x, y, zoom, width: view.width, height: view.height };
  return revealView(box, pane, undefined, margin, PINNED);
}

/** Moves the view (briefly animated) so `box` is on screen, at `zoom` or more when given. */
export function reveal(flow: Flow, rfStore: RfStore, box: Rect, zoom?: number): void {
  const { width, height, transform } = rfStore.getState();
  const [x, y, z] = transform;
  const next = revealView(box, { x, y, zoom: z, width, height }, zoom, undefined, PINNED);
  if (next) void flow.setViewport(next, { duration: 250 });
}

/**
 * Cards that appeared with the last change of the layout's cards: a card just added, pasted
 * or duplicated is one of these when it gets selected.
 */
function useFreshCards(
  layout: JourneyLayout,
  journeyId: string,
): React.RefObject<ReadonlySet<string>> {
  const known = useRef<{
    journeyId: string;
    layout: JourneyLayout;
    ids: ReadonlySet<string>;
  } | null>(null);
  const fresh = useRef<ReadonlySet<string>>(new Set());
  useEffect(() => {
    const last = known.current;
    // Boxes moved (a card's title wrapped): the same cards, nothing new to walk for.
    if (last?.journeyId === journeyId && sameArrangement(last.layout, layout)) return;
    const ids = new Set(layout.cards.map((c) => c.id));
    const before = known.current?.journeyId === journeyId ? known.current.ids : null;
    known.current = { journeyId, layout, ids };
    // Another journey shown is not cards added.
    if (!before) {
      fresh.current = new Set();
      return;
    }
    const added = [...ids].filter((id) => !before.has(id));
    // A re-layout with the same cards (routing, an edit) keeps what was fresh.
    if (added.length > 0 || ids.size !== before.size) fresh.current = new Set(added);
  }, [layout, journeyId]);
  return fresh;
}

/**
 * Pans (no further than needed) so a newly selected card or stage is on screen: a card added
 * to a stage off to the right, or chosen from the inspector, does not stay hidden. A card just
 * added while the view is far out (shapes only) is also zoomed to a readable size.
 */
export function useRevealSelection(
  layout: JourneyLayout,
  journeyId: string,
  selection: Selection,
): void {
  const flow = useReactFlow<CanvasNode, ConnectionEdge>();
  const rfStore = useStoreApi();
  const freshRef = useFreshCards(layout, journeyId);
  const latest = useRef({ layout, selection });
  useEffect(() => {
    latest.current = { layout, selection };
  });
  const box = boxOf(layout, selection);
  const ids = selection?.kind === 'touchpoint' ? selection.ids.join(',') : '';
  const key = `${ids}:${box ? `${box.x},${box.y},${box.width},${box.height}` : ''}`;

  useEffect(() => {
    const { layout, selection } = latest.current;
    const added =
      selection?.kind === 'touchpoint'
        ? selection.ids.find((id) => freshRef.current.has(id))
        : undefined;
    const card = added && layout.cards.find((c) => c.id === added);
    if (!card) {
      const box = boxOf(layout, selection);
      if (box) reveal(flow, rfStore, box);
      return;
    }
    freshRef.current = new Set();
    const { transform, width, height } = rfStore.getState();
    const zoom = isFarZoom(transform[2]) ? EDIT_ZOOM : transform[2];
    reveal(flow, rfStore, addedCardBox(layout, card, zoom, { width, height }), zoom);
    // Keyed on the selection and its box's geometry: re-runs when either changes.
  }, [key, flow, rfStore, freshRef]);
}
