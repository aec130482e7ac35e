import { useId, useMemo, useRef, useState } from 'react';
import type { CsvImportPlan } from '../../../../shared/import/csv';
import { countOf } from '../../../../shared/text/plural';
import { getEntity } from '../../../../shared/model/doc';
import { isFilterActive, type CardFilter } from '../../../../shared/model/filter';
import { useDocument, useDocumentStore, useReadOnly } from '../documentContext';
import { useCommandContext } from '../palette/commandContext';
import {
  clearCell,
  currentValue,
  matchOption,
  pickOptions,
  readTypedCell,
  setCell,
  type CellValue,
} from './cellEdits';
import { PickCellEditor, TextCellEditor, type EditEnd } from './CellEditors';
import { moveCursor } from './gridCursor';
import { PasteReview, planAddsPlaces } from './PasteReview';
import {
  addRowAfter,
  cardAfterDelete,
  deleteRows,
  keepAddedRows,
  newRowPlace,
  type AddedRow,
} from './rowEdits';
import { TABLE_COLUMNS } from './tableColumns';
import { TableGrid } from './TableGrid';
import { isRowsPaste, planTablePaste } from './tablePaste';
import {
  cellText,
  filterRows,
  hasCell,
  journeyRows,
  nextSort,
  NO_TABLE_FILTER,
  sortRows,
  type TableFilter,
  type TableSort,
} from './tableRows';
import { TableToolbar } from './TableToolbar';
import { useRowCommands } from './useRowCommands';
import { useTableCursor } from './useTableCursor';
import './table.css';

interface Editing {
  id: string;
  col: number;
  /** The character that started the edit, or null for Enter, F2 or a double-click. */
  typed: string | null;
  error: string | null;
}

/** Rows added under a sort and filters, kept in place while these stay as they were. */
interface Pins {
  sort: TableSort | null;
  filter: TableFilter;
  cardFilter: CardFilter | null;
  rows: readonly AddedRow[];
}

const NO_PINS: readonly AddedRow[] = [];
const TITLE_COL = TABLE_COLUMNS.findIndex((c) => c.id === 'title');

/**
 * The shown journey's cards as a table, edited like a spreadsheet. Every edit is the same op the
 * map and the inspector send (one undo step, saved at once, shown in every window).
 */
export function TableView() {
  const store = useDocumentStore();
  const { panels } = useCommandContext();
  const doc = useDocument((s) => s.doc);
  const journeyId = useDocument((s) => s.journeyId);
  const cardFilter = useDocument((s) => s.filter);
  const readOnly = useReadOnly();
  const [sort, setSort] = useState<TableSort | null>(null);
  const [filter, setFilter] = useState<TableFilter>(NO_TABLE_FILTER);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [review, setReview] = useState<CsvImportPlan | null>(null);
  const [status, setStatus] = useState('');
  const [pins, setPins] = useState<Pins | null>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const gridId = `table-${useId().replace(/:/g, '')}`;

  const all = useMemo(() => journeyRows(doc, journeyId), [doc, journeyId]);
  // Pins hold while the sort and filters they were added under do; any change lets them go.
  const pinned =
    pins && pins.sort === sort && pins.filter === filter && pins.cardFilter === cardFilter
      ? pins.rows
      : NO_PINS;
  const rows = useMemo(
    () =>
      keepAddedRows(
        sortRows(filterRows(all, filter, TABLE_COLUMNS, cardFilter), sort),
        all,
        pinned,
      ),
    [all, filter, cardFilter, sort, pinned],
  );
  const { cursor, activeRow, moveTo, moveToCard } = useTableCursor(store, rows);
  const column = TABLE_COLUMNS[cursor.col]!;

  const focusGrid = () => gridRef.current?.focus();
  const say = (message: string) => setStatus(message);

  /** A new card below the active row, its title being edited: typing names it. */
  const addRow = () => {
    const after = activeRow?.card;
    const id = addRowAfter(store, after);
    if (!id) {
      say('Editing is paused, so no row was added.');
      focusGrid();
      return;
    }
    // A sort or filter would move the untitled card away or hide it: it stays below its row.
    const narrowed =
      sort !== null || Object.values(filter).some(Boolean) || isFilterActive(cardFilter);
    if (narrowed) {
      const added = { id, afterId: after?.id ?? null };
      setPins({ sort, filter, cardFilter, rows: [...pinned, added] });
    }
    store.getState().select({ kind: 'touchpoint', ids: [id] });
    moveToCard(id, TITLE_COL);
    setEditing({ id, col: TITLE_COL, typed: null, error: null });
    const now = store.getState().doc;
    const card = getEntity(now, 'touchpoints', id);
    const stage = card && getEntity(now, 'stages', card.stageId)?.name;
    const lane = card && getEntity(now, 'lanes', card.laneId)?.name;
    say(`Row added in ${stage ?? 'the journey'}, ${lane ?? ''}. Type its title.`);
  };

  /** Ends an edit: the cursor moves as the key says, onto the card that was there before. */
  const finish = (then: EditEnd) => {
    setEditing(null);
    if (then === 'addRow') return addRow();
    if (then !== 'stay') {
      const next = moveCursor(cursor, then, {
        rows: rows.length,
        cols: TABLE_COLUMNS.length,
        page: 1,
      });
      if (next && next.row > 0) moveTo(next);
    }
    focusGrid();
  };

  const editingRow = editing ? all.find((r) => r.card.id === editing.id) : undefined;
  const commit = (value: CellValue, then: EditEnd) => {
    if (editingRow) setCell(store, editingRow, TABLE_COLUMNS[editing!.col]!, value);
    finish(then);
  };
  const commitTyped = (raw: string, then: EditEnd) => {
    const typed = readTypedCell(TABLE_COLUMNS[editing!.col]!, raw);
    if (!typed.ok) return setEditing({ ...editing!, error: typed.error });
    commit(typed.value, then);
  };
  const cancel = () => {
    setEditing(null);
    focusGrid();
  };

  const startEdit = (typed: string | null) => {
    if (!activeRow || readOnly) return;
    if (!hasCell(activeRow, column)) {
      say(`A ${activeRow.lane.name} card has no ${column.header.toLowerCase()}.`);
      return;
    }
    say('');
    setEditing({ id: activeRow.card.id, col: cursor.col, typed, error: null });
  };

  const clear = () => {
    if (!activeRow || !hasCell(activeRow, column)) return;
    if (!clearCell(store, activeRow, column)) {
      say(`A card always has a ${column.header.toLowerCase()}: press Enter to pick another.`);
    }
  };

  /** Deletes the active row's card; the cursor goes to the next row, or the previous one. */
  const deleteRow = () => {
    if (!activeRow) return;
    const { id, title } = activeRow.card;
    const next = cardAfterDelete(rows, cursor.row - 1, new Set([id]));
    if (!deleteRows(store, [id])) {
      say('Editing is paused, so nothing was deleted.');
      return;
    }
    setEditing(null);
    store.getState().select(next ? { kind: 'touchpoint', ids: [next] } : null);
    if (next) moveToCard(next, cursor.col);
    say(`Deleted ${title.trim() ? `"${title.trim().slice(0, 60)}"` : 'an untitled card'}.`);
    focusGrid();
  };

  // With no row to follow, the new one goes to the first cell of touchpoints, if there is one.
  const canPlace = activeRow !== undefined || newRowPlace(doc, journeyId, undefined) !== null;
  useRowCommands(panels, {
    canAddRow: !readOnly && canPlace,
    canDeleteRow: !readOnly && activeRow !== undefined,
    addRow,
    deleteRow,
  });

  const applyPaste = (plan: CsvImportPlan) => {
    setReview(null);
    if (!plan.ok) return;
    const { locked, dispatch } = store.getState();
    if (locked) {
      say('Editing is paused, so nothing was pasted.');
      return;
    }
    const added = plan.value.rows.touchpoints ?? [];
    dispatch({ type: 'insertRows', rows: plan.value.rows });
    const first = added[0];
    if (first) moveToCard(first.id, TITLE_COL);
    const skipped = plan.value.rejected.length;
    say(
      `Added ${countOf(added.length, 'card')}${skipped ? `; ${countOf(skipped, 'row')} left out` : ''}.`,
    );
    focusGrid();
  };

  /** One value into the active cell, read as if typed (or picked by its word). */
  const pasteValue = (text: string) => {
    if (!activeRow || !hasCell(activeRow, column)) return;
    if (column.editor === 'text') {
      const typed = readTypedCell(column, text);
      if (typed.ok) setCell(store, activeRow, column, typed.value);
      else say(typed.error);
      return;
    }
    const options = pickOptions(column, store.getState().doc, journeyId);
    const found = matchOption(options, text);
    if (found >= 0) setCell(store, activeRow, column, options[found]!.value);
    else
      say(`"${text.trim().slice(0, 40)}" is not a ${column.header.toLowerCase()} of this journey.`);
  };

  const paste = (text: string) => {
    if (!isRowsPaste(text) && activeRow) return pasteValue(text);
    const place = activeRow ?? rows[0];
    const plan = planTablePaste(text, store.getState().doc, {
      journeyId,
      startColumn: column.id,
      stage: place?.stage.name,
      lane: place?.lane.name,
    });
    // A clean paste goes straight in; anything to decide or to know first is shown.
    const clean =
      plan.ok &&
      plan.value.rejected.length === 0 &&
      plan.value.warnings.length === 0 &&
      !planAddsPlaces(plan.value.rows);
    if (clean) applyPaste(plan);
    else setReview(plan);
  };

  const editor = () => {
    if (!editing || !editingRow) return null;
    const col = TABLE_COLUMNS[editing.col]!;
    const id = `${gridId}-editor`;
    if (col.editor === 'text') {
      return (
        <TextCellEditor
          column={col}
          id={id}
          initial={editing.typed ?? cellText(editingRow, col)}
          error={editing.error}
          onCommit={commitTyped}
          onCancel={cancel}
        />
      );
    }
    return (
      <PickCellEditor
        column={col}
        id={id}
        options={pickOptions(col, doc, journeyId)}
        current={currentValue(editingRow, col)}
        typed={editing.typed ?? ''}
        onCommit={commit}
        onCancel={cancel}
      />
    );
  };
  const editingIndex = editing ? rows.findIndex((r) => r.card.id === editing.id) + 1 : 0;

  if (!journeyId) return <p className="table-empty">This project has no journey yet.</p>;
  return (
    <section className="table-view" aria-label="Table of the journey's cards">
      <TableToolbar filter={filter} onFilter={setFilter} shown={rows.length} total={all.length} />
      <TableGrid
        gridRef={gridRef}
        id={gridId}
        label={`Cards of ${doc.journeys[journeyId]?.name ?? 'the journey'}`}
        rows={rows}
        cursor={cursor}
        sort={sort}
        editing={
          editing && editingIndex > 0
            ? { cursor: { row: editingIndex, col: editing.col }, editor: editor() }
            : null
        }
        readOnly={readOnly}
        // An open text editor commits when the click takes its focus away.
        onCursor={moveTo}
        onSort={(id) => {
          setSort((s) => nextSort(s, id));
          // A new order is read from its top.
          if (gridRef.current) gridRef.current.scrollTop = 0;
        }}
        onEdit={startEdit}
        onClear={clear}
        onPaste={paste}
        copyText={() => (activeRow ? cellText(activeRow, column) : column.header)}
      />
      {rows.length === 0 && (
        <p className="table-empty">
          {all.length === 0
            ? 'No cards yet. Add a row (+ Row), paste rows from a spreadsheet here (Ctrl+V), or add cards on the map.'
            : 'No card matches the filter.'}
        </p>
      )}
      <p className="table-status" role="status">
        {status}
      </p>
      {review && (
        <PasteReview
          plan={review}
          onApply={() => applyPaste(review)}
          onClose={() => {
            setReview(null);
            focusGrid();
          }}
        />
      )}
    </section>
  );
}
