import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { COMMAND_DECLARATIONS } from '../../../../shared/commands/registry';
import { EmotionFace } from '../../components/EmotionFace';
import { matches } from '../commands';
import { matchOption, type CellValue, type PickOption } from './cellEdits';
import type { TableColumn } from './tableColumns';

/**
 * How an edit ends: committed with a move of the cursor after it, or committed and a row added
 * below ('addRow'), or cancelled.
 */
export type EditEnd = 'down' | 'up' | 'next' | 'previous' | 'stay' | 'addRow';

/**
 * The key that ends an edit, and where the cursor goes then (Enter down, Tab right...). The
 * add-row shortcut commits and adds the next row, so a list of cards is typed in one go.
 */
function endOfKey(e: KeyboardEvent): EditEnd | 'cancel' | undefined {
  if (e.key === 'Escape') return 'cancel';
  const addRow = COMMAND_DECLARATIONS['table-add-row'].shortcuts;
  if (addRow.some((s) => matches(s, e.nativeEvent))) return 'addRow';
  if (e.key === 'Enter') return e.shiftKey ? 'up' : 'down';
  if (e.key === 'Tab') return e.shiftKey ? 'previous' : 'next';
  return undefined;
}

interface TextEditorProps {
  column: TableColumn;
  /** The cell's text (Enter, F2), or the character typed, which replaces it. */
  initial: string;
  id: string;
  error: string | null;
  onCommit(raw: string, then: EditEnd): void;
  onCancel(): void;
}

/** A typed cell being edited: a text box over the cell. Leaving it (a click elsewhere) commits. */
export function TextCellEditor(props: TextEditorProps) {
  const { column, initial, onCommit, onCancel } = props;
  const [value, setValue] = useState(initial);
  const done = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const el = input.current;
    if (!el) return;
    el.focus();
    const end = el.value.length;
    el.setSelectionRange(end, end);
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const end = endOfKey(e);
    if (!end) return;
    e.preventDefault();
    e.stopPropagation();
    done.current = true;
    if (end === 'cancel') onCancel();
    else onCommit(value, end);
  };
  return (
    <>
      <input
        ref={input}
        id={props.id}
        className="table-cell-input"
        aria-label={`${column.header}, editing`}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${props.id}-error` : undefined}
        value={value}
        maxLength={column.maxLength}
        onChange={(e) => {
          done.current = false;
          setValue(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (!done.current) onCommit(value, 'stay');
        }}
      />
      {props.error && (
        <span id={`${props.id}-error`} className="table-cell-error" role="alert">
          {props.error}
        </span>
      )}
    </>
  );
}

interface PickEditorProps {
  column: TableColumn;
  options: readonly PickOption[];
  current: CellValue;
  /** A character typed on the cell: picks the first option it names. */
  typed: string;
  id: string;
  onCommit(value: CellValue, then: EditEnd): void;
  onCancel(): void;
}

const TYPEAHEAD_MS = 800;

/**
 * A picked cell being edited: its choices as a list box under the cell. Up and Down move,
 * typing picks by number or word ("-2", "5", "Pos"), Enter or Tab chooses, Escape cancels.
 */
export function PickCellEditor(props: PickEditorProps) {
  const { options, onCommit, onCancel } = props;
  const start = () => {
    const typed = matchOption(options, props.typed);
    if (typed >= 0) return typed;
    return Math.max(
      0,
      options.findIndex((o) => o.value === props.current),
    );
  };
  const [active, setActive] = useState(start);
  const typed = useRef({ text: props.typed, at: 0 });
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The character that opened the list starts the typing a next one may add to ("-", "2").
    typed.current.at = Date.now();
    list.current?.focus();
  }, []);
  useEffect(() => {
    list.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // Every key stays here: letters pick, they are not the editor's shortcuts.
    if (!e.ctrlKey && !e.metaKey) e.stopPropagation();
    const end = endOfKey(e);
    if (end) {
      e.preventDefault();
      if (end === 'cancel') onCancel();
      else onCommit(options[active]!.value, end);
      return;
    }
    const last = options.length - 1;
    const step: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      Home: 0,
      End: last,
    };
    if (e.key in step) {
      e.preventDefault();
      setActive(Math.max(0, Math.min(last, step[e.key]!)));
      return;
    }
    if (e.key === ' ') {
      e.preventDefault();
      onCommit(options[active]!.value, 'stay');
      return;
    }
    if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      const now = Date.now();
      const text = now - typed.current.at < TYPEAHEAD_MS ? typed.current.text + e.key : e.key;
      typed.current = { text, at: now };
      const found = matchOption(options, text);
      if (found >= 0) setActive(found);
    }
  };
  const optionId = (i: number) => `${props.id}-option-${i}`;
  return (
    <div
      ref={list}
      id={props.id}
      className="table-picker"
      role="listbox"
      tabIndex={-1}
      aria-label={`${props.column.header}: choose`}
      aria-activedescendant={optionId(active)}
      onKeyDown={onKeyDown}
      onBlur={onCancel}
    >
      {options.map((o, i) => (
        <div
          key={String(o.value)}
          id={optionId(i)}
          data-index={i}
          role="option"
          aria-selected={i === active}
          className={i === active ? 'table-option active' : 'table-option'}
          // Chosen on mouse down, before the list loses the focus to the click.
          onMouseDown={(e) => {
            e.preventDefault();
            onCommit(o.value, 'stay');
          }}
        >
          {props.column.id === 'emotion' && (
            <EmotionFace emotion={o.value as number | null} size={16} />
          )}
          <span>{o.label}</span>
        </div>
      ))}
    </div>
  );
}
