import type { ProjectDoc } from '../../../shared/model/types';
import type { Touched } from '../../../shared/ops/applyOp';

/** One local edit: the document it was made on (weakly: history must not keep old maps alive). */
interface Edit {
  from: WeakRef<ProjectDoc>;
  cards: string[];
}

const edits = new WeakMap<ProjectDoc, Edit>();

/** Records that `to` is `from` with one edit applied, which touched `touched`. */
export function noteEdit(from: ProjectDoc, to: ProjectDoc, touched: readonly Touched[]): void {
  const cards = touched.flatMap((t) => (t.table === 'touchpoints' ? [t.id] : []));
  edits.set(to, { from: new WeakRef(from), cards });
}

/**
 * The ids of the cards one local edit changed, when `to` was made from `from` by it; undefined
 * when it was not (another window's edit, a reload): the caller then compares every card.
 */
export function cardsEditedBetween(from: ProjectDoc, to: ProjectDoc): string[] | undefined {
  const edit = edits.get(to);
  return edit && edit.from.deref() === from ? edit.cards : undefined;
}
