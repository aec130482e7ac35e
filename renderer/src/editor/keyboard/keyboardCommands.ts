import {
  cellKey,
  connectionsOf,
  getEntity,
  lanesOf,
  stagesOf,
  touchpointsByCell,
} from '../../../../shared/model/doc';
import { holdsCards, LANE_CARD_NOUNS } from '../../../../shared/model/laneKinds';
import type { ProjectDoc } from '../../../../shared/model/types';
import type { CommandContext } from '../commands';
import type { DocumentStore } from '../documentStore';
import { selectedCardIds } from '../editing/cardClipboard';
import { addCardAt, stageOfTarget } from './navActions';
import { targetOfKey } from './navModel';

/** The map item that has the keyboard focus right now, if any. */
function focusedTarget(ctx: CommandContext) {
  // Without a mounted map (tests of the commands alone) nothing can have its focus.
  if (!ctx.focus) return null;
  const active = document.activeElement;
  const key = active instanceof HTMLElement ? active.dataset.kb : undefined;
  if (!key || key !== ctx.focus.getState().key) return null;
  return targetOfKey(key);
}

/** N on an empty cell or a lane's label adds a card there; false elsewhere. */
export function addCardAtFocus(ctx: CommandContext): boolean {
  const target = focusedTarget(ctx);
  return target ? addCardAt(ctx.store, target) : false;
}

/** One choice of a picker: what it is, and the words that find it. */
export interface PickerChoice {
  id: string;
  label: string;
  detail: string;
}

/** The lanes a card can be added to: they hold cards and are not folded away. */
export function laneChoices(doc: ProjectDoc, journeyId: string): PickerChoice[] {
  return lanesOf(doc, journeyId)
    .filter((lane) => holdsCards(lane.kind) && !lane.collapsed)
    .map((lane) => ({ id: lane.id, label: lane.name, detail: LANE_CARD_NOUNS[lane.kind] }));
}

export const canAddCardToLane = (store: DocumentStore): boolean => {
  const { doc, journeyId } = store.getState();
  return stagesOf(doc, journeyId).length > 0 && laneChoices(doc, journeyId).length > 0;
};

/** The stage a card added "to a lane" goes in: where the keyboard or the selection is. */
export function stageForNewCard(ctx: CommandContext): string | null {
  const { store } = ctx;
  const key = ctx.focus?.getState().key;
  const fromFocus = key ? stageOfTarget(store, targetOfKey(key) ?? undefined) : null;
  if (fromFocus && getEntity(store.getState().doc, 'stages', fromFocus)) return fromFocus;
  const { doc, journeyId, selection } = store.getState();
  if (selection?.kind === 'stage' && selection.ids[0]) return selection.ids[0];
  const card = getEntity(doc, 'touchpoints', selectedCardIds(store)[0] ?? '');
  return card?.stageId ?? stagesOf(doc, journeyId)[0]?.id ?? null;
}

/** The one selected card "Connect to…" starts from. */
export function connectSource(store: DocumentStore): string | null {
  const ids = selectedCardIds(store);
  return ids.length === 1 ? (ids[0] ?? null) : null;
}

/** The cards an arrow from `fromId` already goes to. */
function drawnFrom(doc: ProjectDoc, journeyId: string, fromId: string): Set<string> {
  return new Set(
    connectionsOf(doc, journeyId)
      .filter((c) => c.fromId === fromId)
      .map((c) => c.toId),
  );
}

/** Every card of the journey an arrow from `fromId` could go to (not itself, not drawn yet). */
export function connectChoices(doc: ProjectDoc, journeyId: string, fromId: string): PickerChoice[] {
  const drawn = drawnFrom(doc, journeyId, fromId);
  const lanes = lanesOf(doc, journeyId);
  const cells = touchpointsByCell(doc, journeyId);
  // Journey order: stage by stage, lane by lane, as the map shows them.
  return stagesOf(doc, journeyId).flatMap((stage) =>
    lanes.flatMap((lane) =>
      (cells.get(cellKey(stage.id, lane.id)) ?? [])
        .filter((t) => t.id !== fromId && !drawn.has(t.id))
        .map((t) => ({
          id: t.id,
          label: t.title || 'Untitled',
          detail: `${stage.name} · ${lane.name}`,
        })),
    ),
  );
}

/**
 * Whether "Connect to…" has a card to offer: asked on every render of a card's inspector, so it
 * stops at the first card found rather than listing them all (a card's stage and lane are
 * always of its journey, so every card of the journey is a choice).
 */
export const canConnectFrom = (store: DocumentStore): boolean => {
  const from = connectSource(store);
  if (from === null) return false;
  const { doc, journeyId } = store.getState();
  const drawn = drawnFrom(doc, journeyId, from);
  const offered = (id: string) =>
    id !== from && !drawn.has(id) && doc.touchpoints[id]?.journeyId === journeyId;
  // The card found last time is checked first: while typing in the inspector it still is one,
  // and listing the keys of 10,000 cards on every keystroke is then not needed.
  if (lastOffered !== undefined && offered(lastOffered)) return true;
  lastOffered = Object.keys(doc.touchpoints).find(offered);
  return lastOffered !== undefined;
};
let lastOffered: string | undefined;
