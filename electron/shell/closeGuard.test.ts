import { EventEmitter } from 'node:events';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_PATIENCE_MS, CLOSE_RETRY_MS, guardUnsavedClose } from './closeGuard';

function fakeWindow() {
  const webContents = new EventEmitter();
  // Only webContents.on is used; the cast keeps the fake to what the guard touches.
  return { win: { webContents } as unknown as BrowserWindow, webContents };
}

const blockedUnload = () => ({ preventDefault: vi.fn() });

describe('closing a window whose edits are still being saved', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('retries the close shortly instead of giving up silently', () => {
    const { win, webContents } = fakeWindow();
    const dialog = { showMessageBoxSync: vi.fn() };
    const retry = vi.fn();
    guardUnsavedClose(win, dialog, retry);
    const event = blockedUnload();
    webContents.emit('will-prevent-unload', event);
    expect(retry).not.toHaveBeenCalled();
    vi.advanceTimersByTime(CLOSE_RETRY_MS);
    expect(retry).toHaveBeenCalledTimes(1);
    expect(event.preventDefault).not.toHaveBeenCalled();
    expect(dialog.showMessageBoxSync).not.toHaveBeenCalled();
  });

  it('asks the user once saving has been failing for a while, and closes only if told to', () => {
    const { win, webContents } = fakeWindow();
    const dialog = { showMessageBoxSync: vi.fn().mockReturnValueOnce(0).mockReturnValueOnce(1) };
    guardUnsavedClose(win, dialog, vi.fn());
    webContents.emit('will-prevent-unload', blockedUnload());
    vi.advanceTimersByTime(CLOSE_PATIENCE_MS);

    const keepOpen = blockedUnload();
    webContents.emit('will-prevent-unload', keepOpen);
    expect(dialog.showMessageBoxSync).toHaveBeenCalledTimes(1);
    expect(keepOpen.preventDefault).not.toHaveBeenCalled();

    webContents.emit('will-prevent-unload', blockedUnload());
    vi.advanceTimersByTime(CLOSE_PATIENCE_MS);
    const closeAnyway = blockedUnload();
    webContents.emit('will-prevent-unload', closeAnyway);
    expect(dialog.showMessageBoxSync).toHaveBeenCalledTimes(2);
    expect(closeAnyway.preventDefault).toHaveBeenCalled();
  });
});
