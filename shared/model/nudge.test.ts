import { describe, expect, it } from 'vitest';
import { sampleDoc } from '../../test/unit/fixtures';
import { nudgeTarget } from './nudge';

// Cell s1/l1 holds t1 t2 t3; s2/l1 holds t4; s1/l2 holds t5; stages s1 s2 s3.
describe('nudgeTarget', () => {
  it('moves one place up or down within the cell, and not past its ends', () => {
    const doc = sampleDoc();
    expect(nudgeTarget(doc, ['t2'], 'up')).toEqual({
      ids: ['t2'],
      target: { stageId: 's1', laneId: 'l1', index: 0 },
    });
    expect(nudgeTarget(doc, ['t2'], 'down')?.target.index).toBe(2);
    expect(nudgeTarget(doc, ['t1'], 'up')).toBeNull();
    expect(nudgeTarget(doc, ['t3'], 'down')).toBeNull();
    expect(nudgeTarget(doc, ['t3', 't2'], 'up')).toEqual({
      ids: ['t2', 't3'],
      target: { stageId: 's1', laneId: 'l1', index: 0 },
    });
  });

  it('moves to the neighbouring stage in the same lane, keeping its place where it can', () => {
    const doc = sampleDoc();
    expect(nudgeTarget(doc, ['t3'], 'right')?.target).toEqual({
      stageId: 's2',
      laneId: 'l1',
      index: 1,
    });
    expect(nudgeTarget(doc, ['t1'], 'right')?.target.index).toBe(0);
    expect(nudgeTarget(doc, ['t4'], 'left')?.target).toEqual({
      stageId: 's1',
      laneId: 'l1',
      index: 0,
    });
    expect(nudgeTarget(doc, ['t1'], 'left')).toBeNull();
  });

  it('does nothing for cards of several cells or none', () => {
    expect(nudgeTarget(sampleDoc(), ['t1', 't4'], 'right')).toBeNull();
    expect(nudgeTarget(sampleDoc(), [], 'right')).toBeNull();
  });
});
