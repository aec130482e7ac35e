import { memo, type ReactNode } from 'react';
import { TABLE_COLUMNS } from './tableColumns';
import { CellContent } from './TableCell';
import { hasCell, type TableRow } from './tableRows';
import { ROW_HEIGHT } from './useVirtualRows';

export const cellId = (grid: string, row: number, col: number) => `${grid}-r${row}-c${col}`;

interface Props {
  gridId: string;
  row: TableRow;
  /** 0-based place among the shown rows. */
  index: number;
  /** The active cell's column when it is in this row, else -1. */
  activeCol: number;
  /** The open editor when a cell of this row is being edited, and its column. */
  editor: ReactNode;
  editingCol: number;
  readOnly: boolean;
}

/**
 * One card's line. Memoised with no handlers of its own (the grid's body listens for clicks):
 * moving the cursor redraws the two rows it leaves and enters, not every row in view.
 */
export const GridRow = memo(function GridRow(props: Props) {
  const { row, index, activeCol, readOnly } = props;
  const r = index + 1;
  return (
    <div
      role="row"
      aria-rowindex={r + 1}
      className={index % 2 ? 'table-row odd' : 'table-row'}
      data-card-id={row.card.id}
      style={{ top: index * ROW_HEIGHT, height: ROW_HEIGHT }}
    >
      {TABLE_COLUMNS.map((column, col) => (
        <div
          key={column.id}
          id={cellId(props.gridId, r, col)}
          role="gridcell"
          aria-colindex={col + 1}
          aria-readonly={readOnly || !hasCell(row, column) || undefined}
          className={activeCol === col ? 'table-cell active' : 'table-cell'}
          data-column={column.id}
          data-row={r}
          data-col={col}
        >
          {props.editingCol === col ? props.editor : <CellContent row={row} column={column} />}
        </div>
      ))}
    </div>
  );
});

/** The cell a mouse event landed in, from its data attributes. */
export function cellOfEvent(target: EventTarget): { row: number; col: number } | undefined {
  const cell = target instanceof Element ? target.closest<HTMLElement>('[data-row]') : null;
  if (!cell) return undefined;
  return { row: Number(cell.dataset.row), col: Number(cell.dataset.col) };
}
