import { cardExtraLines } from '../cards/cardFace';
import { getEntity } from '../model/doc';
import { ENTITY_TABLES, type ProjectDoc, type Touchpoint } from '../model/types';

/** Whether two versions of a card put it in the same place at the same size. */
function sameGeometry(doc: ProjectDoc, a: Touchpoint, b: Touchpoint): boolean {
  if (
    a.journeyId !== b.journeyId ||
    a.stageId !== b.stageId ||
    a.laneId !== b.laneId ||
    a.orderKey !== b.orderKey ||
    a.emotion !== b.emotion
  ) {
    return false;
  }
  const lane = getEntity(doc, 'lanes', b.laneId);
  return lane !== undefined && cardExtraLines(a, lane.kind) === cardExtraLines(b, lane.kind);
}

/** The other tables are the very same objects (edits replace what they change). */
function sameBesideCards(previous: ProjectDoc, next: ProjectDoc): boolean {
  return ENTITY_TABLES.every((t) => t === 'touchpoints' || previous[t] === next[t]);
}

/** A card that changed (or is new, or gone) keeps the layout only if its geometry did not move. */
function keepsGeometry(previous: ProjectDoc, next: ProjectDoc, id: string): boolean {
  const old = getEntity(previous, 'touchpoints', id);
  const card = getEntity(next, 'touchpoints', id);
  return old === card || (old !== undefined && card !== undefined && sameGeometry(next, old, card));
}

/**
 * True when `layoutJourney` gives `next` the very layout it gave `previous`: every table but the
 * cards is the same object, the same cards exist, and every card that changed kept its cell,
 * order, emotion and number of extra lines. A card's title, description or channel text is not
 * in the layout, so editing one keeps it. `changed`, when the caller knows it (the ids of the
 * cards an edit touched), is checked instead of every card; otherwise the tables are walked side
 * by side (edits keep their key order; any other order counts as a change: a layout again, never
 * a wrong one).
 */
export function sameLayoutInputs(
  previous: ProjectDoc,
  next: ProjectDoc,
  changed?: readonly string[],
): boolean {
  if (previous === next) return true;
  if (!sameBesideCards(previous, next)) return false;
  if (previous.touchpoints === next.touchpoints) return true;
  if (changed) return changed.every((id) => keepsGeometry(previous, next, id));
  const before = Object.values(previous.touchpoints);
  const after = Object.values(next.touchpoints);
  if (before.length !== after.length) return false;
  for (let i = 0; i < after.length; i++) {
    const old = before[i] as Touchpoint;
    const card = after[i] as Touchpoint;
    if (old === card) continue;
    if (old.id !== card.id || !sameGeometry(next, old, card)) return false;
  }
  return true;
}
