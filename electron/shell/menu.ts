import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api/menu';

export interface MenuOptions {
  isMac: boolean;
  /** Reload and developer tools are for development builds only. */
  isPackaged: boolean;
  /** Hands a command to the renderer, which owns project state and its confirmations. */
  send(command: MenuCommand): void;
}

/**
 * The application menu. Undo and Redo go to the renderer's op history (the native roles would
 * undo text-field edits behind its back); their shortcuts are shown but not registered, so the
 * keystroke reaches the page's own handler once, not twice.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { isMac, isPackaged, send } = options;
  const command = (label: string, name: MenuCommand, accelerator?: string) =>
    ({ label, accelerator, click: () => send(name) }) satisfies MenuItemConstructorOptions;

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          role: 'appMenu',
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('New Project…', 'new-project', 'CmdOrCtrl+N'),
      command('Open Project…', 'open-project', 'CmdOrCtrl+O'),
      { type: 'separator' },
      { ...command('Import…', 'import', 'CmdOrCtrl+I'), registerAccelerator: false },
      { ...command('Export…', 'export', 'CmdOrCtrl+E'), registerAccelerator: false },
      { type: 'separator' },
      command('Close Project', 'close-project'),
      // macOS keeps Quit in the app menu.
      ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { ...command('Undo', 'undo', 'CmdOrCtrl+Z'), registerAccelerator: false },
      { ...command('Redo', 'redo', 'Shift+CmdOrCtrl+Z'), registerAccelerator: false },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(isPackaged
        ? []
        : [
            { role: 'reload' as const },
            { role: 'toggleDevTools' as const },
            { type: 'separator' as const },
          ]),
      { ...command('Present', 'present', 'F5'), registerAccelerator: false },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: isMac ? [] : [{ role: 'about' }],
  };

  return [...appMenu, file, edit, view, help];
}
