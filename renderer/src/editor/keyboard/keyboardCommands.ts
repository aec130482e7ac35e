import {
  cellTouchpoints,
  connectionsOf,
  getEntity,
  lanesOf,
  stagesOf,
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

/** Every card of the journey an arrow from `fromId` could go to (not itself, not drawn yet). */
export function connectChoices(doc: ProjectDoc, journeyId: string, fromId: string): PickerChoice[] {
  const drawn = new Set(
    connectionsOf(doc, journeyId)
      .filter((c) => c.fromId === fromId)
      .map((c) => c.toId),
  );
  const lanes = lanesOf(doc, journeyId);
  // Journey order: stage by stage, lane by lane, as the map shows them.
  return stagesOf(doc, journeyId).flatMap((stage) =>
    lanes.flatMap((lane) =>
      cellTouchpoints(doc, stage.id, lane.id)
        .filter((t) => t.id !== fromId && !drawn.has(t.id))
        .map((t) => ({
          id: t.id,
          label: t.title || 'Untitled',
          detail: `${stage.name} · ${lane.name}`,
        })),
    ),
  );
}

export const canConnectFrom = (store: DocumentStore): boolean => {
  const from = connectSource(store);
  const { doc, journeyId } = store.getState();
  return from !== null && connectChoices(doc, journeyId, from).length > 0;
};
