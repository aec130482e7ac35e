import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditorMenuCommandId } from '../../shared/commands/registry';
import {
  createMenuStateReporter,
  MENU_STATE_DELAY_MS,
} from '../../renderer/src/editor/palette/desktopMenu';

describe("reporting the editor's enabled commands to the desktop menu", () => {
  let current: EditorMenuCommandId[];
  let sent: (readonly EditorMenuCommandId[])[];
  const start = () =>
    createMenuStateReporter(
      () => current,
      (ids) => sent.push(ids),
    );

  beforeEach(() => {
    vi.useFakeTimers();
    current = ['export', 'present'];
    sent = [];
  });
  afterEach(() => vi.useRealTimers());

  it('reports at once, then one report per burst of changes, after the delay', () => {
    const reporter = start();
    expect(sent).toEqual([['export', 'present']]);

    current = ['export', 'undo', 'present'];
    for (let i = 0; i < 20; i++) reporter.changed();
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(MENU_STATE_DELAY_MS);
    expect(sent).toEqual([
      ['export', 'present'],
      ['export', 'undo', 'present'],
    ]);
  });

  it('sends nothing when the enabled set did not change', () => {
    const reporter = start();
    reporter.changed();
    vi.advanceTimersByTime(MENU_STATE_DELAY_MS * 3);
    expect(sent).toHaveLength(1);
  });

  it('reports nothing enabled on stop, dropping a pending report', () => {
    const reporter = start();
    current = ['undo'];
    reporter.changed();
    reporter.stop();
    vi.advanceTimersByTime(MENU_STATE_DELAY_MS * 3);
    expect(sent).toEqual([['export', 'present'], []]);
  });
});
