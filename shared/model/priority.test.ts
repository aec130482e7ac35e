import { describe, expect, it } from 'vitest';
import { TOUCHPOINT } from './entities';
import { backlogLinkSchema, dueDateSchema, isCalendarDay, levelWord } from './opportunityScales';
import { SEVERITY_LEVELS } from './opportunityScales';
import { priorityOf, priorityText } from './priority';

describe('priority = value × confidence ÷ effort', () => {
  it.each([
    // value, effort, confidence, worked by hand
    [5, 1, 100, 5], // 5 × 1.0 ÷ 1
    [5, 2, 80, 2], // 5 × 0.8 ÷ 2 = 4 ÷ 2
    [4, 5, 100, 0.8], // 4 × 1.0 ÷ 5
    [3, 3, 50, 0.5], // 3 × 0.5 ÷ 3 = 1.5 ÷ 3
    [1, 5, 50, 0.1], // the lowest: 1 × 0.5 ÷ 5
    [2, 4, null, 0.25], // not set counts as 50 %: 2 × 0.5 ÷ 4 = 1 ÷ 4
  ])('value %i, effort %i, confidence %s gives %f', (value, buildEffort, confidence, expected) => {
    expect(priorityOf({ value, buildEffort, confidence })).toBeCloseTo(expected, 10);
  });

  it('has no priority until value and effort are both set', () => {
    expect(priorityOf({ value: null, buildEffort: 3, confidence: 100 })).toBeNull();
    expect(priorityOf({ value: 3, buildEffort: null, confidence: 100 })).toBeNull();
    expect(priorityText(null)).toBe('');
  });

  it('is written with one decimal', () => {
    expect(priorityText(priorityOf({ value: 5, buildEffort: 3, confidence: 80 }))).toBe('1.3');
    expect(priorityText(5)).toBe('5.0');
  });
});

describe('pain point and opportunity fields', () => {
  it('severity is said with its word', () => {
    expect(levelWord(SEVERITY_LEVELS, 4)).toBe('Critical');
    expect(levelWord(SEVERITY_LEVELS, null)).toBe('Not set');
  });

  it('a due date is a real calendar day or nothing', () => {
    expect(isCalendarDay('2027-02-28')).toBe(true);
    expect(isCalendarDay('2027-02-29')).toBe(false);
    expect(isCalendarDay('2027-2-3')).toBe(false);
    expect(dueDateSchema.safeParse('').success).toBe(true);
    expect(dueDateSchema.safeParse('tomorrow').success).toBe(false);
  });

  it('a backlog link is a key such as ABC-123 or a safe address, never a script', () => {
    for (const ok of ['', 'ABC-123', 'HOTEL_WEB-7', 'https://tracker.example.com/browse/ABC-1']) {
      expect(backlogLinkSchema.safeParse(ok).success).toBe(true);
    }
    for (const bad of ['abc-123', 'ABC-', 'javascript:alert(1)', 'http://x.example', 'ABC 12']) {
      expect(backlogLinkSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('a new card is an idea with nothing scored, and the scales refuse values off them', () => {
    const shape = TOUCHPOINT.schema.shape;
    expect(shape.status.safeParse('shipped').success).toBe(true);
    expect(shape.status.safeParse('done').success).toBe(false);
    expect(shape.value.safeParse(6).success).toBe(false);
    expect(shape.buildEffort.safeParse(0).success).toBe(false);
    expect(shape.confidence.safeParse(80).success).toBe(true);
    expect(shape.confidence.safeParse(70).success).toBe(false);
    expect(shape.severity.safeParse(5).success).toBe(false);
    expect(shape.reach.safeParse(-1).success).toBe(false);
  });
});
