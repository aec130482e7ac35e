import { describe, expect, it } from 'vitest';
import { clockText, readPresenterMessage, sectionLabel } from './presenterCue';

describe('the presenter channel', () => {
  it('reads cues and the short messages, and nothing else', () => {
    const cue = {
      type: 'cue',
      from: 'presenter',
      journeyId: 'j1',
      step: 'stage:s1:3',
      reveal: true,
      startedAt: 1_700_000_000_000,
    };
    expect(readPresenterMessage(cue)).toEqual(cue);
    expect(readPresenterMessage({ type: 'hello' })).toEqual({ type: 'hello' });
    expect(readPresenterMessage({ ...cue, extra: 1 })).toBeNull();
    expect(readPresenterMessage({ ...cue, journeyId: '../x' })).toBeNull();
    expect(readPresenterMessage('cue')).toBeNull();
    expect(readPresenterMessage(null)).toBeNull();
  });

  it('reads the time as a clock, and names where the show is', () => {
    expect(clockText(0)).toBe('0:00');
    expect(clockText(65_400)).toBe('1:05');
    expect(clockText(3_729_000)).toBe('1:02:09');
    expect(clockText(-5)).toBe('0:00');
    const counts = { stages: 8, views: 2 };
    expect(sectionLabel({ kind: 'overview' }, counts)).toBe('Overview');
    expect(sectionLabel({ kind: 'stage', stageIndex: 2 }, counts)).toBe('Stage 3 of 8');
    expect(sectionLabel({ kind: 'view', viewIndex: 1 }, counts)).toBe('View 2 of 2');
  });
});
