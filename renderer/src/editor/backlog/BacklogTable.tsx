import type { BacklogRow } from '../../../../shared/model/backlog';
import type { BacklogSort, BacklogSortKey } from '../../../../shared/model/backlogView';
import {
  isCalendarDay,
  OPPORTUNITY_STATUSES,
  VALUE_LEVELS,
} from '../../../../shared/model/opportunityScales';
import { priorityText } from '../../../../shared/model/priority';
import { useDocumentStore } from '../documentContext';
import { patchCards } from '../inspector/edits';

type CardPatch = Parameters<typeof patchCards>[2];

const COLUMNS: { key: BacklogSortKey; label: string }[] = [
  { key: 'journey', label: 'Journey' },
  { key: 'stage', label: 'Stage' },
  { key: 'title', label: 'Title' },
  { key: 'status', label: 'Status' },
  { key: 'owner', label: 'Owner' },
  { key: 'value', label: 'Value' },
  { key: 'effort', label: 'Effort' },
  { key: 'priority', label: 'Priority' },
  { key: 'due', label: 'Due' },
];

/**
 * The backlog's rows, each cell edited where it is (title, status, owner, value, effort, due):
 * every change is the same card edit the inspector makes, so it is saved and undone alike.
 * Column headers sort; the sorted column says so to assistive technology.
 */
export function BacklogTable({
  rows,
  sort,
  onSort,
  readOnly,
}: {
  rows: readonly BacklogRow[];
  sort: BacklogSort;
  onSort: (sort: BacklogSort) => void;
  readOnly: boolean;
}) {
  const store = useDocumentStore();
  const save = (id: string, patch: CardPatch, typing?: string) =>
    patchCards(store, [id], patch, typing ? `backlog-${typing}:${id}` : undefined);
  if (rows.length === 0) {
    return (
      <p className="backlog-empty">
        No opportunities match. Add cards to an opportunities lane, or clear the filters.
      </p>
    );
  }
  return (
    <table className="backlog-table">
      <thead>
        <tr>
          {COLUMNS.map(({ key, label }) => {
            const sorted = sort.key === key;
            return (
              <th key={key} scope="col" aria-sort={sorted ? sort.direction : 'none'}>
                <button
                  type="button"
                  className="backlog-sort"
                  onClick={() =>
                    onSort({
                      key,
                      direction:
                        sorted && sort.direction === 'descending' ? 'ascending' : 'descending',
                    })
                  }
                >
                  {label}
                  <span aria-hidden="true">
                    {sorted ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </th>
            );
          })}
          <th scope="col">Pain points it addresses</th>
          <th scope="col">Backlog item</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-testid="backlog-row" data-title={r.title}>
            <td>{r.journey}</td>
            <td>{r.stage}</td>
            <td>
              <input
                aria-label={`Title of ${r.title}`}
                value={r.title}
                disabled={readOnly}
                onChange={(e) => save(r.id, { title: e.target.value }, 'title')}
              />
            </td>
            <td>
              <select
                aria-label={`Status of ${r.title}`}
                value={r.status}
                disabled={readOnly}
                onChange={(e) => save(r.id, { status: e.target.value as BacklogRow['status'] })}
              >
                {OPPORTUNITY_STATUSES.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.word}
                  </option>
                ))}
              </select>
            </td>
            <td>
              <input
                aria-label={`Owner of ${r.title}`}
                value={r.owner}
                disabled={readOnly}
                onChange={(e) => save(r.id, { owner: e.target.value }, 'owner')}
              />
            </td>
            <td>
              <ScoreSelect
                label={`Value of ${r.title}`}
                value={r.value}
                disabled={readOnly}
                onChange={(value) => save(r.id, { value })}
              />
            </td>
            <td>
              <ScoreSelect
                label={`Effort of ${r.title}`}
                value={r.effort}
                disabled={readOnly}
                onChange={(buildEffort) => save(r.id, { buildEffort })}
              />
            </td>
            <td className="backlog-priority" data-testid="backlog-priority">
              {priorityText(r.priority) || '–'}
            </td>
            <td>
              <input
                type="date"
                aria-label={`Due date of ${r.title}`}
                value={r.due}
                disabled={readOnly}
                onChange={(e) => {
                  const due = e.target.value;
                  if (due === '' || isCalendarDay(due)) save(r.id, { due });
                }}
              />
            </td>
            <td>{r.painPoints.join('; ') || '–'}</td>
            <td className="backlog-link">{r.link || '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ScoreSelect({
  label,
  value,
  disabled,
  onChange,
}: {
  label: string;
  value: number | null;
  disabled: boolean;
  onChange: (value: number | null) => void;
}) {
  return (
    <select
      aria-label={label}
      value={value === null ? '' : String(value)}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
    >
      <option value="">–</option>
      {VALUE_LEVELS.map((l) => (
        <option key={l.value} value={l.value} title={l.word}>
          {l.value}
        </option>
      ))}
    </select>
  );
}
