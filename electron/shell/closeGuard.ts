import type { BrowserWindow, Dialog } from 'electron';

/** How long a closing window waits for the renderer's last edits before asking the user. */
export const CLOSE_RETRY_MS = 200;
export const CLOSE_PATIENCE_MS = 5000;

/**
 * The renderer blocks unload while edits are on their way to the file. Electron then cancels
 * the close without a word, so retry until the edits have landed, and if they never do (the
 * save failed), ask whether to close anyway. `retry` closes the window or resumes a quit.
 */
export function guardUnsavedClose(
  win: BrowserWindow,
  dialog: Pick<Dialog, 'showMessageBoxSync'>,
  retry: () => void,
): void {
  let firstBlocked: number | null = null;
  win.webContents.on('will-prevent-unload', (event) => {
    const now = Date.now();
    firstBlocked ??= now;
    if (now - firstBlocked < CLOSE_PATIENCE_MS) {
      setTimeout(retry, CLOSE_RETRY_MS);
      return;
    }
    firstBlocked = null;
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      buttons: ['Keep Wayline open', 'Close without saving'],
      defaultId: 0,
      cancelId: 0,
      message: 'Your last changes have not been saved.',
      detail: 'Wayline could not write them to the project file. If you close now, they are lost.',
    });
    // preventDefault on this event overrides the page and lets it unload.
    if (choice === 1) event.preventDefault();
  });
}
