import {
  useEffect,
  useRef,
  type ClipboardEvent,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { GRID_TEMPLATE, TABLE_COLUMNS, TABLE_MIN_WIDTH, type ColumnId } from './tableColumns';
import { isTypingKey, moveCursor, moveOfKey, type Cursor } from './gridCursor';
import { cellId, cellOfEvent, GridRow } from './GridRow';
import type { TableRow, TableSort } from './tableRows';
import { ROW_HEIGHT, scrollRowIntoView, useVirtualRows } from './useVirtualRows';

const HEADER_HEIGHT = 38;

interface Props {
  gridRef: RefObject<HTMLDivElement | null>;
  /** The grid's DOM id: cells are `${id}-r{row}-c{col}`, row 0 the header. */
  id: string;
  label: string;
  rows: readonly TableRow[];
  cursor: Cursor;
  sort: TableSort | null;
  /** The cell being edited, and its editor, drawn over it. */
  editing: { cursor: Cursor; editor: ReactNode } | null;
  readOnly: boolean;
  onCursor(cursor: Cursor): void;
  onSort(column: ColumnId): void;
  /** Enter, F2, a double-click (typed null) or a typed character starts editing the active cell. */
  onEdit(typed: string | null): void;
  onClear(): void;
  onPaste(text: string): void;
  /** The active cell's text, for Ctrl+C. */
  copyText(): string;
}

/**
 * The table as an ARIA grid: the focus stays on the grid and `aria-activedescendant` names the
 * active cell, so rows scrolled out of the DOM never take the focus with them.
 */
export function TableGrid(props: Props) {
  const { gridRef, rows, cursor, readOnly } = props;
  const view = useVirtualRows(gridRef, rows.length, HEADER_HEIGHT);
  const size = { rows: rows.length, cols: TABLE_COLUMNS.length, page: view.page };

  // The active cell stays in view: scrolled to vertically here, sideways by the browser.
  const scrolled = useRef<string>('');
  useEffect(() => {
    const key = `${cursor.row}:${cursor.col}`;
    if (scrolled.current === key) return;
    scrolled.current = key;
    const grid = gridRef.current;
    if (grid && cursor.row > 0) scrollRowIntoView(grid, cursor.row - 1, HEADER_HEIGHT);
    document
      .getElementById(cellId(props.id, cursor.row, cursor.col))
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [cursor, gridRef, props.id]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // Keys typed into a cell's editor are its own.
    if (e.target !== e.currentTarget) return;
    const mod = e.ctrlKey || e.metaKey;
    if (mod && ['c', 'x', 'v'].includes(e.key.toLowerCase())) {
      // The browser's copy, cut and paste events come to the grid, not the cards' commands.
      e.stopPropagation();
      return;
    }
    const move = moveOfKey(e);
    if (move) {
      const next = moveCursor(cursor, move, size);
      if (!next) return; // Tab past the last cell leaves the grid, as from any control.
      e.preventDefault();
      e.stopPropagation();
      props.onCursor(next);
      return;
    }
    // Ctrl/Cmd+Enter and Ctrl/Cmd+Delete add and delete rows: the registry's commands
    // (table-add-row, table-delete-row), so the key goes on to the shortcut handler.
    if (mod) return;
    const header = cursor.row === 0;
    if (header && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      props.onSort(TABLE_COLUMNS[cursor.col]!.id);
    } else if (header || readOnly) {
      return;
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      props.onEdit(null);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      props.onClear();
    } else if (isTypingKey(e)) {
      e.preventDefault();
      props.onEdit(e.key);
    } else {
      return;
    }
    e.stopPropagation();
  };

  const onCopy = (e: ClipboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', props.copyText());
  };

  const activeId = cellId(props.id, cursor.row, cursor.col);
  const drawn = new Set<number>();
  for (let i = view.start; i < view.end; i++) drawn.add(i);
  // The active row is drawn even when scrolled away, so aria-activedescendant always resolves.
  if (cursor.row > 0 && cursor.row <= rows.length) drawn.add(cursor.row - 1);

  return (
    <div
      ref={gridRef}
      id={props.id}
      className="table-grid"
      role="grid"
      tabIndex={0}
      aria-label={props.label}
      aria-rowcount={rows.length + 1}
      aria-colcount={TABLE_COLUMNS.length}
      aria-readonly={readOnly || undefined}
      aria-activedescendant={props.editing ? undefined : activeId}
      onKeyDown={onKeyDown}
      onCopy={onCopy}
      onPaste={(e) => {
        if (e.target !== e.currentTarget || readOnly) return;
        e.preventDefault();
        props.onPaste(e.clipboardData.getData('text/plain'));
      }}
      style={{
        ['--table-columns' as string]: GRID_TEMPLATE,
        ['--table-width' as string]: `${TABLE_MIN_WIDTH}px`,
      }}
    >
      <div role="rowgroup" className="table-head">
        <div role="row" aria-rowindex={1} className="table-row" style={{ height: HEADER_HEIGHT }}>
          {TABLE_COLUMNS.map((column, col) => {
            const sorted = props.sort?.column === column.id ? props.sort.direction : undefined;
            return (
              <div
                key={column.id}
                id={cellId(props.id, 0, col)}
                role="columnheader"
                aria-colindex={col + 1}
                aria-sort={sorted ?? 'none'}
                className={cellClass(cursor, 0, col)}
                title={`Sort by ${column.header}`}
                onClick={() => {
                  props.onCursor({ row: 0, col });
                  props.onSort(column.id);
                }}
              >
                <span>{column.header}</span>
                <span className="table-sort-mark" aria-hidden="true">
                  {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : ''}
                </span>
              </div>
            );
          })}
        </div>
      </div>
      <div
        role="rowgroup"
        className="table-body"
        style={{ height: rows.length * ROW_HEIGHT }}
        onMouseDown={(e) => {
          const cell = cellOfEvent(e.target);
          if (cell) props.onCursor(cell);
        }}
        onDoubleClick={(e) => {
          if (!readOnly && cellOfEvent(e.target)) props.onEdit(null);
        }}
      >
        {[...drawn].map((index) => {
          const row = rows[index]!;
          const r = index + 1;
          const editingHere = props.editing?.cursor.row === r;
          return (
            <GridRow
              key={row.card.id}
              gridId={props.id}
              row={row}
              index={index}
              activeCol={cursor.row === r ? cursor.col : -1}
              editor={editingHere ? props.editing!.editor : null}
              editingCol={editingHere ? props.editing!.cursor.col : -1}
              readOnly={readOnly}
            />
          );
        })}
      </div>
    </div>
  );
}

function cellClass(cursor: Cursor, row: number, col: number): string {
  return cursor.row === row && cursor.col === col ? 'table-cell active' : 'table-cell';
}
