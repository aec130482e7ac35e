import { useEffect, useState } from 'react';
import type { DocumentStore } from '../documentStore';
import type { Cursor } from './gridCursor';
import { TABLE_COLUMNS } from './tableColumns';
import type { TableRow } from './tableRows';

/** The active cell by the card it is on, so it follows the card when a sort or an edit moves it. */
interface CardCursor {
  /** The card, or null for the header row. */
  id: string | null;
  /** The row it was last seen on: where it stays when its card is filtered out or deleted. */
  row: number;
  col: number;
}

/** How long the cursor rests on a card before the inspector shows it. */
const SELECT_AFTER_MS = 120;

function startingCursor(store: DocumentStore): CardCursor {
  const { selection } = store.getState();
  // The card selected on the map is the one the table starts on; else the first card ('' is no
  // card's id, so the row number decides).
  const id = selection?.kind === 'touchpoint' ? (selection.ids[0] ?? '') : '';
  return { id, row: 1, col: TABLE_COLUMNS.findIndex((c) => c.id === 'title') };
}

/**
 * The table's active cell. Moving it selects its card, so the inspector shows that card and the
 * map has it selected when you switch back.
 */
export function useTableCursor(store: DocumentStore, rows: readonly TableRow[]) {
  const [at, setAt] = useState(() => startingCursor(store));
  const found = at.id === null ? -1 : rows.findIndex((r) => r.card.id === at.id);
  const row =
    at.id === null ? 0 : found >= 0 ? found + 1 : Math.min(Math.max(at.row, 1), rows.length);
  const cursor: Cursor = { row, col: at.col };
  const activeRow = row > 0 ? rows[row - 1] : undefined;
  const activeId = activeRow?.card.id;

  useEffect(() => {
    if (!activeId) return;
    // Once the cursor rests: the inspector's render then never slows a held arrow key.
    const timer = setTimeout(() => {
      const { selection, select } = store.getState();
      const only = selection?.kind === 'touchpoint' && selection.ids.length === 1;
      if (!only || selection.ids[0] !== activeId) {
        select({ kind: 'touchpoint', ids: [activeId] });
      }
    }, SELECT_AFTER_MS);
    return () => clearTimeout(timer);
  }, [activeId, store]);

  const moveTo = (next: Cursor) => {
    const card = next.row > 0 ? rows[next.row - 1] : undefined;
    setAt({ id: card?.card.id ?? null, row: next.row, col: next.col });
  };
  /** Puts the cursor on a card (one just added), in a column. */
  const moveToCard = (id: string, col: number) => setAt({ id, row: 1, col });
  return { cursor, activeRow, moveTo, moveToCard };
}
