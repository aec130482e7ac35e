import { useShallow } from 'zustand/react/shallow';
import type { EditorCommandId } from '../../../../shared/commands/registry';
import { lanesOf, stagesOf } from '../../../../shared/model/doc';
import { holdsCards } from '../../../../shared/model/laneKinds';
import { EMOTION_LEVELS, NOT_RATED } from '../../../../shared/model/scales';
import { countOf } from '../../../../shared/text/plural';
import { commandById, keyHint } from '../commands';
import { useDocument } from '../documentContext';
import { useCommandContext, usePanels } from '../palette/commandContext';
import { TextCommandButton } from '../ToolbarTextCommands';
import { NOT_RATED_CHOICE, type TableFilter } from './tableRows';

/** "2,000 rows", "1 row". */
const rowCount = (n: number) => countOf(n, 'row').replace(String(n), n.toLocaleString('en'));

interface Props {
  filter: TableFilter;
  onFilter(filter: TableFilter): void;
  shown: number;
  total: number;
}

/** A row command's button: the registry's label, shortcut and enabled state. */
function RowButton({ id, label }: { id: EditorCommandId; label: string }) {
  const ctx = useCommandContext();
  // The table lends its row commands through the panels (useRowCommands): redraw as they change.
  usePanels((s) => s.table);
  useDocument((s) => s.locked);
  const command = commandById(id);
  // A click commits an open cell editor (it loses the focus) before the command runs; the
  // command then puts the focus back on the grid, or in the new row's title.
  return (
    <TextCommandButton
      command={{ id, label, title: command.label, needs: 'writable' }}
      disabled={!command.enabled(ctx)}
    />
  );
}

interface Choice {
  value: string;
  word: string;
}

const EMOTION_CHOICES: Choice[] = [
  ...EMOTION_LEVELS.map((l) => ({ value: String(l.value), word: l.word })),
  { value: NOT_RATED_CHOICE, word: NOT_RATED },
];

/** One of the filter's pick lists: "Any", then its choices. */
function FilterSelect(props: {
  label: string;
  value: string;
  choices: readonly Choice[];
  onChange: (value: string) => void;
}) {
  return (
    <label className="table-filter">
      <span>{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">Any</option>
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.word}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * Adding and deleting rows, then the table's filter (words, and one stage, lane or emotion) and
 * how many rows it leaves.
 */
export function TableToolbar({ filter, onFilter, shown, total }: Props) {
  // Rows themselves, unchanged by edits to cards, so the shallow comparison holds.
  const stages = useDocument(useShallow((s) => stagesOf(s.doc, s.journeyId)));
  const lanes = useDocument(
    useShallow((s) => lanesOf(s.doc, s.journeyId).filter((l) => holdsCards(l.kind))),
  );
  const set = (patch: Partial<TableFilter>) => onFilter({ ...filter, ...patch });
  return (
    <div className="table-toolbar">
      <div className="table-row-actions" role="group" aria-label="Rows">
        <RowButton id="table-add-row" label="+ Row" />
        <RowButton id="table-delete-row" label="Delete row" />
      </div>
      <div className="table-search" role="search" aria-label="Filter the table">
        <input
          type="search"
          className="table-filter-text"
          aria-label="Filter rows"
          placeholder="Filter rows…"
          value={filter.text}
          onChange={(e) => set({ text: e.target.value })}
        />
        <FilterSelect
          label="Stage"
          value={filter.stageId}
          choices={stages.map((st) => ({ value: st.id, word: st.name }))}
          onChange={(stageId) => set({ stageId })}
        />
        <FilterSelect
          label="Lane"
          value={filter.laneId}
          choices={lanes.map((l) => ({ value: l.id, word: l.name }))}
          onChange={(laneId) => set({ laneId })}
        />
        <FilterSelect
          label="Emotion"
          value={filter.emotion}
          choices={EMOTION_CHOICES}
          onChange={(emotion) => set({ emotion })}
        />
        <span className="table-count" aria-live="polite" data-testid="table-count">
          {shown === total
            ? rowCount(total)
            : `${shown.toLocaleString('en')} of ${rowCount(total)}`}
        </span>
      </div>
      <span className="table-hint">
        Enter edits · {keyHint(commandById('table-add-row'))} adds a row · Ctrl+V pastes rows
      </span>
    </div>
  );
}
