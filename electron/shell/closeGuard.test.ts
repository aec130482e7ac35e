import { EventEmitter } from 'node:events';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_PATIENCE_MS, CLOSE_RETRY_MS, guardUnsavedClose } from './closeGuard';

function fakeWindow() {
  const webContents = new EventEmitter();
  const win = Object.assign(new EventEmitter(), {
    webContents,
    destroyed: false,
    isDestroyed() {
      return this.destroyed;
    },
    destroy: vi.fn(function (this: { destroyed: boolean }) {
      this.destroyed = true;
    }),
  });
  // Only what the guard touches; the cast keeps the fake small.
  return { win, asWindow: win as unknown as BrowserWindow, webContents };
}

function dialogAnswering(...responses: number[]) {
  return {
    showMessageBox: vi.fn(() =>
      Promise.resolve({ response: responses.shift() ?? 0, checkboxChecked: false }),
    ),
  };
}

describe('closing a window whose edits are still being saved', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('retries the close shortly, with one timer however often the close is blocked', () => {
    const { asWindow, webContents } = fakeWindow();
    const hooks = { retry: vi.fn(), keptOpen: vi.fn() };
    const dialog = dialogAnswering();
    guardUnsavedClose(asWindow, dialog, hooks);
    webContents.emit('will-prevent-unload');
    webContents.emit('will-prevent-unload');
    expect(hooks.retry).not.toHaveBeenCalled();
    vi.advanceTimersByTime(CLOSE_RETRY_MS);
    expect(hooks.retry).toHaveBeenCalledTimes(1);
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('never retries on a window that is gone', () => {
    const { win, asWindow, webContents } = fakeWindow();
    const hooks = { retry: vi.fn(), keptOpen: vi.fn() };
    guardUnsavedClose(asWindow, dialogAnswering(), hooks);
    webContents.emit('will-prevent-unload');
    win.destroyed = true;
    win.emit('closed');
    vi.advanceTimersByTime(CLOSE_RETRY_MS * 5);
    expect(hooks.retry).not.toHaveBeenCalled();
  });

  it('asks once saving has kept failing, keeps the window if told to, closes if told to', async () => {
    const { win, asWindow, webContents } = fakeWindow();
    const hooks = { retry: vi.fn(), keptOpen: vi.fn() };
    const dialog = dialogAnswering(0, 1);
    guardUnsavedClose(asWindow, dialog, hooks);

    webContents.emit('will-prevent-unload');
    vi.advanceTimersByTime(CLOSE_PATIENCE_MS);
    webContents.emit('will-prevent-unload');
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1);
    // While the question is open, further blocked closes neither retry nor ask again.
    webContents.emit('will-prevent-unload');
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1);
    await vi.runAllTimersAsync();
    expect(hooks.keptOpen).toHaveBeenCalledTimes(1);
    expect(win.destroy).not.toHaveBeenCalled();

    hooks.retry.mockClear();
    webContents.emit('will-prevent-unload');
    vi.advanceTimersByTime(CLOSE_PATIENCE_MS);
    webContents.emit('will-prevent-unload');
    await vi.runAllTimersAsync();
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(2);
    expect(win.destroy).toHaveBeenCalled();
    // A quit that was under way carries on.
    expect(hooks.retry).toHaveBeenCalled();
  });
});
