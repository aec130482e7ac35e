import { cardExtraLines } from '../cards/cardFace';
import { getEntity } from '../model/doc';
import { ENTITY_TABLES, type ProjectDoc, type Touchpoint } from '../model/types';
import { fitCardText } from './cardText';
import type { LayoutTheme } from './theme';

/** Whether two versions of a card put it in the same place at the same size. */
function sameGeometry(doc: ProjectDoc, a: Touchpoint, b: Touchpoint, theme: LayoutTheme): boolean {
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
  if (!lane || cardExtraLines(a, lane.kind) !== cardExtraLines(b, lane.kind)) return false;
  if (a.title === b.title && a.description === b.description) return true;
  // Cards grow with their text (cardText.ts): a text edit keeps the layout only while the
  // card keeps its number of lines.
  const before = fitCardText(a, lane.kind, theme);
  const after = fitCardText(b, lane.kind, theme);
  return (
    before.titleLines === after.titleLines &&
    before.bodyLines === after.bodyLines &&
    before.more === after.more
  );
}

/** The other tables are the very same objects (edits replace what they change). */
export function sameBesideCards(previous: ProjectDoc, next: ProjectDoc): boolean {
  return ENTITY_TABLES.every((t) => t === 'touchpoints' || previous[t] === next[t]);
}

/** A card that changed (or is new, or gone) keeps the layout only if its geometry did not move. */
function keepsGeometry(
  previous: ProjectDoc,
  next: ProjectDoc,
  id: string,
  theme: LayoutTheme,
): boolean {
  const old = getEntity(previous, 'touchpoints', id);
  const card = getEntity(next, 'touchpoints', id);
  return (
    old === card ||
    (old !== undefined && card !== undefined && sameGeometry(next, old, card, theme))
  );
}

/**
 * True when `layoutJourney` gives `next` the very layout it gave `previous`: every table but the
 * cards is the same object, the same cards exist, and every card that changed kept its cell,
 * order, emotion, number of extra lines and number of text lines at `theme`'s card width. A
 * card's channel is not in the layout, and its title or description only by their line counts,
 * so an edit of their text that wraps the same keeps it. `changed`, when the caller knows it (the ids of the
 * cards an edit touched), is checked instead of every card; otherwise the tables are walked side
 * by side (edits keep their key order; any other order counts as a change: a layout again, never
 * a wrong one).
 */
export function sameLayoutInputs(
  previous: ProjectDoc,
  next: ProjectDoc,
  theme: LayoutTheme,
  changed?: readonly string[],
): boolean {
  if (previous === next) return true;
  if (!sameBesideCards(previous, next)) return false;
  if (previous.touchpoints === next.touchpoints) return true;
  if (changed) return changed.every((id) => keepsGeometry(previous, next, id, theme));
  const before = Object.values(previous.touchpoints);
  const after = Object.values(next.touchpoints);
  if (before.length !== after.length) return false;
  for (let i = 0; i < after.length; i++) {
    const old = before[i] as Touchpoint;
    const card = after[i] as Touchpoint;
    if (old === card) continue;
    if (old.id !== card.id || !sameGeometry(next, old, card, theme)) return false;
  }
  return true;
}
