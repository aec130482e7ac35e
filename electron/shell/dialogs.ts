import { join } from 'node:path';
import type {
  BrowserWindow,
  Dialog,
  FileFilter,
  OpenDialogOptions,
  SaveDialogOptions,
} from 'electron';

const PROJECT_FILTERS: FileFilter[] = [{ name: 'Wayline Project', extensions: ['wayline'] }];

/**
 * A project name made safe as a file name on every platform, with one .wayline extension
 * (callers may pass a name that already has it); falls back to "Untitled".
 */
export function projectFileName(name: string | undefined): string {
  const cleaned = (name ?? '')
    .replace(/\.wayline$/i, '')
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[<>:"/\\|?*\u0000-\u001f]/g, '-')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120);
  return `${cleaned || 'Untitled'}.wayline`;
}

/**
 * Native Save/Open dialogs for project files, sheet-attached to the focused window when there
 * is one. Resolves to null when the person cancels.
 */
export function projectPathPicker(
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>,
  focusedWindow: () => BrowserWindow | null,
  defaultDirectory: string,
): (purpose: 'create' | 'open', suggestedName?: string) => Promise<string | null> {
  return async (purpose, suggestedName) => {
    const win = focusedWindow();
    if (purpose === 'create') {
      // No overwrite prompt of our own: the backend never replaces an existing file and says so.
      const options: SaveDialogOptions = {
        title: 'New Project',
        buttonLabel: 'Create',
        defaultPath: join(defaultDirectory, projectFileName(suggestedName)),
        filters: PROJECT_FILTERS,
        properties: ['createDirectory'],
      };
      const result = win
        ? await dialog.showSaveDialog(win, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    }
    const options: OpenDialogOptions = {
      title: 'Open Project',
      defaultPath: defaultDirectory,
      filters: PROJECT_FILTERS,
      properties: ['openFile'],
    };
    const result = win
      ? await dialog.showOpenDialog(win, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}
