import { useShallow } from 'zustand/react/shallow';
import { lanesOf, stagesOf } from '../../../../shared/model/doc';
import { holdsCards } from '../../../../shared/model/laneKinds';
import { EMOTION_LEVELS, NOT_RATED } from '../../../../shared/model/scales';
import { countOf } from '../../../../shared/text/plural';
import { useDocument } from '../documentContext';
import { NOT_RATED_CHOICE, type TableFilter } from './tableRows';

/** "2,000 rows", "1 row". */
const rowCount = (n: number) => countOf(n, 'row').replace(String(n), n.toLocaleString('en'));

interface Props {
  filter: TableFilter;
  onFilter(filter: TableFilter): void;
  shown: number;
  total: number;
}

/** The table's filter (words, and one stage, lane or emotion) and how many rows it leaves. */
export function TableToolbar({ filter, onFilter, shown, total }: Props) {
  // Rows themselves, unchanged by edits to cards, so the shallow comparison holds.
  const stages = useDocument(useShallow((s) => stagesOf(s.doc, s.journeyId)));
  const lanes = useDocument(
    useShallow((s) => lanesOf(s.doc, s.journeyId).filter((l) => holdsCards(l.kind))),
  );
  const set = (patch: Partial<TableFilter>) => onFilter({ ...filter, ...patch });
  return (
    <div className="table-toolbar" role="search" aria-label="Filter the table">
      <input
        type="search"
        className="table-filter-text"
        aria-label="Filter rows"
        placeholder="Filter rows…"
        value={filter.text}
        onChange={(e) => set({ text: e.target.value })}
      />
      <label className="table-filter">
        <span>Stage</span>
        <select value={filter.stageId} onChange={(e) => set({ stageId: e.target.value })}>
          <option value="">Any</option>
          {stages.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="table-filter">
        <span>Lane</span>
        <select value={filter.laneId} onChange={(e) => set({ laneId: e.target.value })}>
          <option value="">Any</option>
          {lanes.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      <label className="table-filter">
        <span>Emotion</span>
        <select value={filter.emotion} onChange={(e) => set({ emotion: e.target.value })}>
          <option value="">Any</option>
          {EMOTION_LEVELS.map((l) => (
            <option key={l.value} value={String(l.value)}>
              {l.word}
            </option>
          ))}
          <option value={NOT_RATED_CHOICE}>{NOT_RATED}</option>
        </select>
      </label>
      <span className="table-count" aria-live="polite" data-testid="table-count">
        {shown === total ? rowCount(total) : `${shown.toLocaleString('en')} of ${rowCount(total)}`}
      </span>
      <span className="table-hint">Enter edits · Ctrl+V pastes rows</span>
    </div>
  );
}
