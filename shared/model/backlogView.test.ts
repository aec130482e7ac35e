import { describe, expect, it } from 'vitest';
import { backlogDoc } from '../../test/unit/backlogFixture';
import { backlogRows } from './backlog';
import { filterBacklog, NO_BACKLOG_FILTER, sortBacklog, stageNamesOf } from './backlogView';

describe('the backlog table sorts and filters', () => {
  const rows = backlogRows(backlogDoc());
  const titles = (list: { title: string }[]) => list.map((r) => r.title);
  const odd = "=cmd|' /C calc'!A0";

  it('by priority, highest first, the unscored last either way', () => {
    // Show total price 2.0, Mobile key 1.0, the unscored idea last.
    const down = sortBacklog(rows, { key: 'priority', direction: 'descending' });
    expect(titles(down)).toEqual(['Show total price', 'Mobile key', odd]);
    const up = sortBacklog(rows, { key: 'priority', direction: 'ascending' });
    expect(titles(up)).toEqual(['Mobile key', 'Show total price', odd]);
  });

  it('by status in the order of the workflow, not the alphabet', () => {
    const byStatus = sortBacklog(rows, { key: 'status', direction: 'ascending' });
    expect(byStatus.map((r) => r.status)).toEqual(['idea', 'planned', 'shipped']);
  });

  it('by journey, stage, status and owner', () => {
    expect(titles(filterBacklog(rows, { ...NO_BACKLOG_FILTER, journeyId: 'j2' }))).toEqual([
      'Mobile key',
    ]);
    expect(titles(filterBacklog(rows, { ...NO_BACKLOG_FILTER, status: 'planned' }))).toEqual([
      'Show total price',
    ]);
    expect(titles(filterBacklog(rows, { ...NO_BACKLOG_FILTER, stage: 'Pay' }))).toEqual([odd]);
    expect(stageNamesOf(rows)).toEqual(['Search', 'Pay', 'Arrive']);
    expect(titles(filterBacklog(rows, { ...NO_BACKLOG_FILTER, owner: ' an ' }))).toEqual([
      'Show total price',
    ]);
  });
});
