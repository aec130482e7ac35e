import { join } from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { APP_URL } from '../security';

/** Where the bundled pieces sit relative to dist/electron/main.cjs. */
export interface ShellPaths {
  preload: string;
  /** The built renderer, served on the app's scheme (appProtocol.ts). */
  rendererDir: string;
  /** The renderer page's URL on that scheme: the only page trusted to call the API. */
  appUrl: string;
  /** The backend process's entry (run in an Electron utility process). */
  backend: string;
}

export function shellPaths(baseDir: string): ShellPaths {
  return {
    preload: join(baseDir, 'preload.cjs'),
    rendererDir: join(baseDir, '..', 'renderer'),
    appUrl: APP_URL,
    backend: join(baseDir, 'backend.cjs'),
  };
}

// Matches the renderer's canvas background so the window does not flash white on open.
const BACKGROUND_COLOR = '#f6f7f9';

export function mainWindowOptions(paths: ShellPaths): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: 'Wayline',
    backgroundColor: BACKGROUND_COLOR,
    show: false,
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    },
  };
}

type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** What a window of the app shows: the editor, or the presenter's notes and clocks. */
export type WindowRole = 'editor' | 'presenter';

/**
 * The role a page asks for when it opens our own address: only the exact fragment
 * `#presenter` (renderer/src/editor/present/presenterChannel.ts) makes a presenter window;
 * anything else, query or fragment, opens a plain editor and is not carried over.
 */
export function windowRoleOf(url: string): WindowRole {
  try {
    return new URL(url).hash === '#presenter' ? 'presenter' : 'editor';
  } catch {
    return 'editor';
  }
}

/** Opens an editor (or presenter) window; it is shown once the first paint is ready. */
export function createMainWindow(
  Window: BrowserWindowClass,
  paths: ShellPaths,
  role: WindowRole = 'editor',
): BrowserWindow {
  const options = mainWindowOptions(paths);
  const win = new Window(
    role === 'presenter' ? { ...options, title: 'Wayline — Presenter view' } : options,
  );
  win.once('ready-to-show', () => win.show());
  const url = role === 'presenter' ? `${paths.appUrl}#presenter` : paths.appUrl;
  void win.loadURL(url).catch((err: unknown) => {
    console.error('[wayline] could not load the renderer:', err);
  });
  return win;
}
