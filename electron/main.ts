/**
 * The Electron shell: one window, the application menu, native dialogs, and the IPC wiring
 * to the backend. Bundled by esbuild to dist/electron/main.cjs (CommonJS, so `__dirname` is
 * the bundle's folder). The pieces live in ./shell so tests can drive them with a mocked
 * `electron`; this file only connects them.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { errorMessage } from '../shared/api/errors';
import { MENU_CHANNEL, type MenuCommand } from '../shared/api/menu';
import { createBackend, type Backend } from './backend/handlers';
import { handleAppProtocol, registerAppScheme } from './shell/appProtocol';
import { projectPathPicker } from './shell/dialogs';
import { installSessionGuards, installWebContentsGuards } from './shell/guards';
import { registerIpcHandlers } from './shell/ipc';
import { projectPathFromArgv } from './shell/launch';
import { guardUnsavedClose } from './shell/closeGuard';
import { buildMenuTemplate } from './shell/menu';
import { createMainWindow, shellPaths, type ShellPaths } from './shell/window';

export interface RunningShell {
  backend: Backend;
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
  // Before any window exists, so not a single web contents escapes the guards.
  installWebContentsGuards(app, paths.appUrl, shell);

  let backend: Backend | null = null;
  let win: BrowserWindow | null = null;
  // A file the OS asked us to open before the backend was ready (argv, or macOS open-file).
  let pendingFile = projectPathFromArgv(process.argv, process.cwd());

  const focusedOrMain = (): BrowserWindow | null => BrowserWindow.getFocusedWindow() ?? win;

  // Set once a quit starts, so a close the renderer delayed resumes the quit, not just the close.
  let quitting = false;
  const openWindow = (): BrowserWindow => {
    if (win && !win.isDestroyed()) return win;
    const created = createMainWindow(BrowserWindow, paths);
    created.on('closed', () => {
      if (win === created) win = null;
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
    win = created;
    return created;
  };

  const tryOpen = (path: string): boolean => {
    try {
      backend?.openProject(path);
      return true;
    } catch (err) {
      dialog.showErrorBox('Could not open the project', errorMessage(err));
      return false;
    }
  };

  /** Double-clicked file or second launch while we run. */
  const openRequested = (path: string): void => {
    if (!backend) {
      pendingFile = path;
      return;
    }
    const target = openWindow();
    if (target.isMinimized()) target.restore();
    target.focus();
    if (backend.store) {
      // Swapping the store under the renderer could land its in-flight edits in the wrong
      // file, so the person closes the current project first.
      void dialog.showMessageBox(target, {
        type: 'info',
        message: 'A project is already open.',
        detail: `Close "${backend.store.doc.info.name}" first, then open ${path} again.`,
      });
      return;
    }
    // Nothing open, so nothing in flight: open it and let the renderer start over.
    if (tryOpen(path)) target.webContents.reload();
  };

  app.on('open-file', (event, path) => {
    event.preventDefault();
    openRequested(path);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = projectPathFromArgv(argv, workingDirectory);
    if (path) openRequested(path);
    else if (backend) openWindow().focus();
  });

  await app.whenReady();

  installSessionGuards(session.defaultSession);
  handleAppProtocol(protocol, paths.rendererDir);
  const ready = createBackend({
    mode: 'desktop',
    settingsDir: app.getPath('userData'),
    defaultDirectory: app.getPath('documents'),
    pickProjectPath: projectPathPicker(dialog, focusedOrMain, app.getPath('documents')),
  });
  backend = ready;
  registerIpcHandlers(ipcMain, ready.handlers, paths.appUrl);

  const sendMenuCommand = (command: MenuCommand): void => {
    const target = focusedOrMain();
    if (target) target.webContents.send(MENU_CHANNEL, command);
    // With no window (macOS), open one: its start screen offers the same choices.
    else openWindow();
  };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        isMac: process.platform === 'darwin',
        isPackaged: app.isPackaged,
        send: sendMenuCommand,
      }),
    ),
  );

  // Opened before the window loads, so the renderer's first app.getState already shows it.
  if (pendingFile) tryOpen(pendingFile);
  openWindow();

  app.on('activate', () => openWindow());
  app.on('window-all-closed', () => {
    // Checkpoint and close the project file as soon as nothing can edit it.
    ready.close();
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  // Not before-quit: a window may still delay the quit while its last edits are saved.
  app.on('will-quit', () => ready.close());

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
