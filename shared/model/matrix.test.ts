import { describe, expect, it } from 'vitest';
import { backlogDoc } from '../../test/unit/backlogFixture';
import { backlogRows } from './backlog';
import { matrixDots, quadrantOf, QUADRANTS, scoreAt } from './matrix';

describe('the prioritisation matrix', () => {
  it('names the quadrants, splitting value and effort at 3', () => {
    expect(QUADRANTS[quadrantOf(5, 2)]).toBe('Quick wins');
    expect(QUADRANTS[quadrantOf(3, 3)]).toBe('Big bets');
    expect(QUADRANTS[quadrantOf(2, 1)]).toBe('Fill-ins');
    expect(QUADRANTS[quadrantOf(1, 5)]).toBe('Money pits');
  });

  it('has a dot for each scored opportunity and lists the others apart', () => {
    const { dots, unscored } = matrixDots(backlogRows(backlogDoc()));
    // Show total price 5/2: a quick win; Mobile key 4/4: a big bet; the idea is unscored.
    expect(dots.map((d) => [d.row.title, d.quadrant])).toEqual([
      ['Show total price', 'quickWins'],
      ['Mobile key', 'bigBets'],
    ]);
    expect(unscored).toHaveLength(1);
  });

  it('turns a drop position into a score on the 1..5 scale', () => {
    // 500 px across 5 cells: 0..99 is 1, 400..499 is 5; beyond the ends clamps.
    expect([scoreAt(0, 500), scoreAt(99, 500), scoreAt(100, 500), scoreAt(499, 500)]).toEqual([
      1, 1, 2, 5,
    ]);
    expect([scoreAt(-40, 500), scoreAt(900, 500)]).toEqual([1, 5]);
  });
});
