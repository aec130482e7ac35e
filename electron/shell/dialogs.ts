import { join } from 'node:path';
import { projectFileName } from '../../shared/model/fileNames';
import type {
  BrowserWindow,
  Dialog,
  FileFilter,
  OpenDialogOptions,
  SaveDialogOptions,
} from 'electron';

export { projectFileName };

const PROJECT_FILTERS: FileFilter[] = [{ name: 'Wayline Project', extensions: ['wayline'] }];

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
