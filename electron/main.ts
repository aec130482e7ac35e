/**
 * The Electron shell: one window, the application menu, native dialogs, and the IPC wiring
 * to the backend. Bundled by esbuild to dist/electron/main.cjs (CommonJS, so `__dirname` is
 * the bundle's folder). The pieces live in ./shell so tests can drive them with a mocked
 * `electron`; this file only connects them.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  session,
  shell,
  utilityProcess,
} from 'electron';
import { errorMessage } from '../shared/api/errors';
import { MENU_CHANNEL, type MenuCommand } from '../shared/api/menu';
import type { AppState } from '../shared/api/schema';
import { createBackendClient, type BackendClient } from './backend/process/backendClient';
import { handleAppProtocol, registerAppScheme } from './shell/appProtocol';
import { projectPathPicker } from './shell/dialogs';
import { installSessionGuards, installWebContentsGuards } from './shell/guards';
import { registerIpcHandlers, registerMenuStateListener } from './shell/ipc';
import { projectPathFromArgv } from './shell/launch';
import { forwardProjectEvents } from './shell/projectEvents';
import { guardUnsavedClose } from './shell/closeGuard';
import { applyEnabledCommands, buildMenuTemplate } from './shell/menu';
import { utilityLauncher } from './shell/utilityLauncher';
import { createWindowFeeds } from './shell/windowFeeds';
import {
  createMainWindow,
  shellPaths,
  windowRoleOf,
  type ShellPaths,
  type WindowRole,
} from './shell/window';

export interface RunningShell {
  /** The backend, running in a utility process of its own. */
  backend: BackendClient;
  paths: ShellPaths;
  /** The editor window, or null when it has been closed (macOS keeps the app running). */
  mainWindow(): BrowserWindow | null;
}

/**
 * Starts the app. Resolves to null when another instance already runs (this one quits and
 * the other is told about our arguments), otherwise once the window has been created.
 */
export async function bootstrap(baseDir: string = __dirname): Promise<RunningShell | null> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  // Sandbox every renderer, including any a future feature might create without thinking.
  app.enableSandbox();
  // The renderer's own scheme instead of file://; privileges can only be granted before ready.
  registerAppScheme(protocol);

  const paths = shellPaths(baseDir);

  let backend: BackendClient | null = null;
  let win: BrowserWindow | null = null;
  let menu: Menu | null = null;
  // A file the OS asked us to open before the backend was ready (argv, or macOS open-file).
  let pendingFile = projectPathFromArgv(process.argv, process.cwd());

  const focusedOrMain = (): BrowserWindow | null => BrowserWindow.getFocusedWindow() ?? win;

  // Set once a quit starts, so a close the renderer delayed resumes the quit, not just the close.
  let quitting = false;
  /** An editor window on the app's page; every one shares the backend and its open project. */
  const createEditorWindow = (role: WindowRole = 'editor'): BrowserWindow => {
    const created = createMainWindow(BrowserWindow, paths, role);
    created.on('closed', () => {
      if (win === created) win = BrowserWindow.getAllWindows().find((w) => w !== created) ?? null;
      // No editor is left to run the menu's editor commands (macOS keeps the menu).
      if (menu && !win) applyEnabledCommands(menu, []);
    });
    guardUnsavedClose(created, dialog, {
      retry: () => {
        if (quitting) app.quit();
        else if (!created.isDestroyed()) created.close();
      },
      keptOpen: () => {
        quitting = false;
      },
    });
    return created;
  };
  const openWindow = (): BrowserWindow => {
    if (win && !win.isDestroyed()) return win;
    win = createEditorWindow();
    return win;
  };
  // New Window: the page opens its own address, which the guard turns into another editor
  // (or, for the presenter view's address, a presenter window beside the audience's).
  const openAnotherWindow = (url: string): void => {
    const role = windowRoleOf(url);
    if (role === 'editor' && (!win || win.isDestroyed())) openWindow();
    else createEditorWindow(role);
  };
  // Before any window exists, so not a single web contents escapes the guards.
  installWebContentsGuards(app, paths.appUrl, shell, openAnotherWindow);

  const tryOpen = async (client: BackendClient, path: string): Promise<boolean> => {
    const response = await client.call('project.open', { path });
    if (!response.ok) dialog.showErrorBox('Could not open the project', response.error.message);
    return response.ok;
  };

  /** Double-clicked file or second launch while we run. */
  const openRequested = async (path: string): Promise<void> => {
    if (!backend) {
      pendingFile = path;
      return;
    }
    const target = openWindow();
    if (target.isMinimized()) target.restore();
    target.focus();
    const state = await backend.call('app.getState', {});
    const open = state.ok ? (state.value as AppState).project : null;
    if (open) {
      // Swapping the store under the renderer could land its in-flight edits in the wrong
      // file, so the person closes the current project first.
      void dialog.showMessageBox(target, {
        type: 'info',
        message: 'A project is already open.',
        detail: `Close "${open.name}" first, then open ${path} again.`,
      });
      return;
    }
    // Nothing open, so nothing in flight: open it and let the renderer start over.
    if ((await tryOpen(backend, path)) && !target.isDestroyed()) target.webContents.reload();
  };

  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openRequested(path);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = projectPathFromArgv(argv, workingDirectory);
    if (path) void openRequested(path);
    else if (backend) openWindow().focus();
  });

  await app.whenReady();

  installSessionGuards(session.defaultSession);
  handleAppProtocol(protocol, paths.rendererDir);
  const pickProjectPath = projectPathPicker(dialog, focusedOrMain, app.getPath('documents'));
  const ready = createBackendClient({
    launcher: utilityLauncher((...args) => utilityProcess.fork(...args), paths.backend),
    start: {
      mode: 'desktop',
      settingsDir: app.getPath('userData'),
      defaultDirectory: app.getPath('documents'),
      canPickFiles: true,
    },
    // Native dialogs exist only here, in the main process.
    local: {
      'dialog.pickProjectPath': async ({ purpose, suggestedName }) => ({
        path: await pickProjectPath(purpose, suggestedName),
      }),
    },
  });
  backend = ready;
  const feeds = createWindowFeeds();
  registerIpcHandlers(ipcMain, ready.callJson, paths.appUrl, feeds);
  forwardProjectEvents(ready, () => BrowserWindow.getAllWindows(), feeds);

  const sendMenuCommand = (command: MenuCommand): void => {
    const target = focusedOrMain();
    if (target) target.webContents.send(MENU_CHANNEL, command);
    // With no window (macOS), open one: its start screen offers the same choices.
    else openWindow();
  };
  menu = Menu.buildFromTemplate(
    buildMenuTemplate({
      isMac: process.platform === 'darwin',
      isPackaged: app.isPackaged,
      send: sendMenuCommand,
    }),
  );
  Menu.setApplicationMenu(menu);
  registerMenuStateListener(ipcMain, menu, paths.appUrl);

  // Opened before the window loads, so the renderer's first app.getState already shows it.
  if (pendingFile) await tryOpen(ready, pendingFile);
  openWindow();

  app.on('activate', () => openWindow());
  app.on('window-all-closed', () => {
    // Checkpoint and close the project file as soon as nothing can edit it.
    void ready.call('project.close', {});
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  // Not before-quit: a window may still delay the quit while its last edits are saved. The
  // quit waits until the backend has closed the project file, then goes on.
  let backendClosed = false;
  app.on('will-quit', (event) => {
    if (backendClosed) return;
    event.preventDefault();
    void ready.close().finally(() => {
      backendClosed = true;
      app.quit();
    });
  });

  return { backend: ready, paths, mainWindow: () => win };
}

// Tests import this module with a mocked `electron` and call bootstrap() themselves.
if (!process.env.VITEST) {
  bootstrap().catch((err: unknown) => {
    console.error('[wayline] failed to start:', err);
    dialog.showErrorBox('Wayline could not start', errorMessage(err));
    app.exit(1);
  });
}
