/**
 * The active cell of the table and how keys move it, as in a spreadsheet. Row 0 is the header
 * row (where Enter sorts); rows 1..n are the shown cards. Pure, so it is tested without a DOM.
 */
export interface Cursor {
  row: number;
  col: number;
}

export interface GridSize {
  /** Data rows shown (the header row is not counted). */
  rows: number;
  cols: number;
  /** Rows a Page Up / Page Down moves. */
  page: number;
}

export type Move =
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'rowStart'
  | 'rowEnd'
  | 'first'
  | 'last'
  | 'pageUp'
  | 'pageDown'
  | 'next'
  | 'previous';

/** The keys a focused grid handles itself, not in an editor. */
interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The move a key makes, if it is a movement key (Ctrl/Cmd+Home/End go to the corners). */
export function moveOfKey(e: KeyLike): Move | undefined {
  if (e.altKey) return undefined;
  const mod = e.ctrlKey || e.metaKey;
  switch (e.key) {
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    case 'ArrowLeft':
      return 'left';
    case 'ArrowRight':
      return 'right';
    case 'Home':
      return mod ? 'first' : 'rowStart';
    case 'End':
      return mod ? 'last' : 'rowEnd';
    case 'PageUp':
      return 'pageUp';
    case 'PageDown':
      return 'pageDown';
    case 'Tab':
      return e.shiftKey ? 'previous' : 'next';
    default:
      return undefined;
  }
}

const clamp = (n: number, min: number, max: number) => Math.max(min, Math.min(max, n));

/**
 * Where the cursor goes. Tab and Shift+Tab run along the row and on to the next (or previous)
 * one; past the last cell (or before the first) they return undefined, so the focus can leave
 * the grid as it does any other control.
 */
export function moveCursor(at: Cursor, move: Move, size: GridSize): Cursor | undefined {
  const lastRow = size.rows;
  const lastCol = size.cols - 1;
  const to = (row: number, col: number): Cursor => ({
    row: clamp(row, 0, lastRow),
    col: clamp(col, 0, lastCol),
  });
  switch (move) {
    case 'up':
      return to(at.row - 1, at.col);
    case 'down':
      return to(at.row + 1, at.col);
    case 'left':
      return to(at.row, at.col - 1);
    case 'right':
      return to(at.row, at.col + 1);
    case 'rowStart':
      return to(at.row, 0);
    case 'rowEnd':
      return to(at.row, lastCol);
    case 'first':
      return to(0, 0);
    case 'last':
      return to(lastRow, lastCol);
    case 'pageUp':
      // The header is not a page away from anything: paging stops at the first card.
      return to(Math.max(Math.min(at.row, 1), at.row - size.page), at.col);
    case 'pageDown':
      return to(at.row + size.page, at.col);
    case 'next':
      if (at.col < lastCol) return to(at.row, at.col + 1);
      return at.row < lastRow ? to(at.row + 1, 0) : undefined;
    case 'previous':
      if (at.col > 0) return to(at.row, at.col - 1);
      return at.row > 0 ? to(at.row - 1, lastCol) : undefined;
  }
}

/** The cursor kept inside a grid that shrank (a filter, a deleted card). */
export function clampCursor(at: Cursor, size: GridSize): Cursor {
  return { row: clamp(at.row, 0, size.rows), col: clamp(at.col, 0, size.cols - 1) };
}

/** A key that types a character and so starts editing with it, as in a spreadsheet. */
export const isTypingKey = (e: KeyLike): boolean =>
  e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey;
