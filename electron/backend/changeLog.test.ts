import { describe, expect, it } from 'vitest';
import { createChangeLog } from './changeLog';

const change = (baseRevision: number) => ({
  baseRevision,
  revision: baseRevision + 1,
  ops: [],
  clientId: null,
});

describe('the change log', () => {
  it('gives the changes after a revision, in order, while it keeps them all', () => {
    const log = createChangeLog(3);
    for (const base of [10, 11, 12, 13]) log.add(change(base));
    expect(log.since(14, 14)).toEqual([]);
    expect(log.since(12, 14)).toEqual([change(12), change(13)]);
    expect(log.since(11, 14)).toEqual([change(11), change(12), change(13)]);
    // Revision 10's change is no longer kept, so a window at 10 must reload.
    expect(log.since(10, 14)).toBeNull();
    // Never a revision the project has not reached, nor a list that stops short of now.
    expect(log.since(15, 14)).toBeNull();
    expect(log.since(12, 16)).toBeNull();
  });

  it('forgets everything when another project is opened', () => {
    const log = createChangeLog();
    log.add(change(0));
    log.clear();
    expect(log.since(0, 1)).toBeNull();
  });
});
