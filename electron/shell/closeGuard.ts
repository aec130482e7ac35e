import type { BrowserWindow, Dialog } from 'electron';

/** How long a closing window waits for the renderer's last edits before asking the user. */
export const CLOSE_RETRY_MS = 200;
export const CLOSE_PATIENCE_MS = 5000;

export interface CloseGuardHooks {
  /** Tries the close again: closes the window, or resumes the quit that was under way. */
  retry(): void;
  /** The user chose to keep the window: a quit that was under way is off. */
  keptOpen(): void;
}

/**
 * The renderer blocks unload while edits are on their way to the file. Electron then cancels
 * the close without a word, so retry until the edits have landed; if they still have not
 * after a while (the save keeps failing), ask whether to close anyway. One retry timer at a
 * time, none after the window is gone, and the dialog never blocks the main process (which
 * is also the backend the pending save is waiting for).
 */
export function guardUnsavedClose(
  win: BrowserWindow,
  dialog: Pick<Dialog, 'showMessageBox'>,
  hooks: CloseGuardHooks,
): void {
  let firstBlocked: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let asking = false;

  const cancelRetry = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  win.on('closed', cancelRetry);

  win.webContents.on('will-prevent-unload', () => {
    if (asking || win.isDestroyed()) return;
    const now = Date.now();
    firstBlocked ??= now;
    if (now - firstBlocked < CLOSE_PATIENCE_MS) {
      cancelRetry();
      timer = setTimeout(() => {
        timer = null;
        if (!win.isDestroyed()) hooks.retry();
      }, CLOSE_RETRY_MS);
      return;
    }
    cancelRetry();
    asking = true;
    void dialog
      .showMessageBox(win, {
        type: 'warning',
        buttons: ['Keep Wayline open', 'Close without saving'],
        defaultId: 0,
        cancelId: 0,
        message: 'Your last changes have not been saved yet.',
        detail:
          'Wayline has not been able to write them to the project file. If you close now, they are lost.',
      })
      .then(({ response }) => {
        asking = false;
        firstBlocked = null;
        if (win.isDestroyed()) return;
        if (response === 1) {
          // destroy() skips beforeunload; the retry then carries on with a quit under way.
          win.destroy();
          hooks.retry();
        } else {
          hooks.keptOpen();
        }
      });
  });
}
