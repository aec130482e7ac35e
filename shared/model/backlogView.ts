import type { BacklogRow } from './backlog';
import { OPPORTUNITY_STATUSES, type OpportunityStatus } from './opportunityScales';

/** What the backlog table sorts by and filters on; pure, so the rules are tested alone. */

export type BacklogSortKey =
  'journey' | 'stage' | 'title' | 'status' | 'owner' | 'value' | 'effort' | 'priority' | 'due';

export interface BacklogSort {
  key: BacklogSortKey;
  direction: 'ascending' | 'descending';
}

/** Highest priority first: what a team looks at first. */
export const DEFAULT_BACKLOG_SORT: BacklogSort = { key: 'priority', direction: 'descending' };

export interface BacklogFilter {
  journeyId: string | null;
  /** A stage by name (journeys name their stages alike: "Book"), or null for any. */
  stage: string | null;
  status: OpportunityStatus | null;
  /** Part of the owner's name, any case; empty for all. */
  owner: string;
}

export const NO_BACKLOG_FILTER: BacklogFilter = {
  journeyId: null,
  stage: null,
  status: null,
  owner: '',
};

/** The stage names the rows are in, each once, in the order first met. */
export const stageNamesOf = (rows: readonly BacklogRow[]) => [...new Set(rows.map((r) => r.stage))];

export function filterBacklog(rows: readonly BacklogRow[], filter: BacklogFilter): BacklogRow[] {
  const owner = filter.owner.trim().toLocaleLowerCase();
  return rows.filter(
    (r) =>
      (filter.journeyId === null || r.journeyId === filter.journeyId) &&
      (filter.stage === null || r.stage === filter.stage) &&
      (filter.status === null || r.status === filter.status) &&
      (owner === '' || r.owner.toLocaleLowerCase().includes(owner)),
  );
}

const statusRank = (s: OpportunityStatus) => OPPORTUNITY_STATUSES.findIndex((x) => x.value === s);

/** A row's value for a key: numbers and text compare as such; empty is null. */
function sortValue(row: BacklogRow, key: BacklogSortKey): string | number | null {
  switch (key) {
    case 'status':
      return statusRank(row.status);
    case 'value':
    case 'effort':
    case 'priority':
      return row[key];
    default:
      return row[key].trim() === '' ? null : row[key].toLocaleLowerCase();
  }
}

/**
 * Rows sorted by one column. Empty cells (an unscored priority, no owner) go last either way,
 * and ties keep the map's order, so the sort never shuffles rows that are equal.
 */
export function sortBacklog(rows: readonly BacklogRow[], sort: BacklogSort): BacklogRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: sortValue(row, sort.key) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      }
      const order =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : String(a.value).localeCompare(String(b.value));
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map((x) => x.row);
}
