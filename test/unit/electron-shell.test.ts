/**
 * The Electron shell's glue, driven through a mocked `electron` module (no Electron binary
 * can run here). Everything behind the mock is real: the backend, temp settings folder and
 * SQLite project files.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  IpcMainInvokeEvent,
  MenuItemConstructorOptions,
  PermissionRequest,
  Session,
  WebContents,
} from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BridgeApi } from '../../shared/api/bridge';
import type { ApiResponse } from '../../shared/api/errors';
import { MENU_CHANNEL, MENU_STATE_CHANNEL } from '../../shared/api/menu';
import { feedClientId, PROJECT_EVENT_CHANNEL, type ProjectEvent } from '../../shared/api/events';
import {
  declarationOf,
  EDITOR_MENU_COMMAND_IDS,
  MENU_COMMAND_IDS,
} from '../../shared/commands/registry';
import { API_METHODS, channelFor } from '../../shared/api/methods';
import { bootstrap, type RunningShell } from '../../electron/main';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';
import { projectFileName } from '../../electron/shell/dialogs';
import { projectPathFromArgv } from '../../electron/shell/launch';
import { buildMenuTemplate } from '../../electron/shell/menu';
import { acceleratorOf } from '../../shared/commands/shortcuts';
import { utilityLauncher } from '../../electron/shell/utilityLauncher';
import { startArgs } from '../../electron/backend/process/protocol';
import type { AppState } from '../../shared/api/schema';
import { backendEnv, bundleBackend } from './backendProcess';
import { UNTRUSTED_SENDERS } from './untrustedUrls';

// Vitest clears mock call history before each test, so what bootstrap() does once is
// recorded here in plain fields instead.
const fake = vi.hoisted(() => {
  // Accepts a listener of any signature; the emitter passes whatever the test gives it.
  type Listener = (...args: never[]) => unknown;

  class Emitter {
    readonly listeners = new Map<string, Listener[]>();
    on(event: string, listener: Listener): this {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    once(event: string, listener: Listener): this {
      return this.on(event, listener);
    }
    removeListener(event: string, listener: Listener): this {
      this.listeners.set(
        event,
        (this.listeners.get(event) ?? []).filter((l) => l !== listener),
      );
      return this;
    }
    emit(event: string, ...args: unknown[]): void {
      for (const listener of this.listeners.get(event) ?? []) {
        (listener as (...a: unknown[]) => unknown)(...args);
      }
    }
  }

  class FakeWebContents extends Emitter {
    windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
    readonly send = vi.fn();
    readonly reload = vi.fn();
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
      this.windowOpenHandler = handler;
    }
  }

  class FakeBrowserWindow extends Emitter {
    static readonly instances: FakeBrowserWindow[] = [];
    static getFocusedWindow(): FakeBrowserWindow | null {
      return FakeBrowserWindow.instances.at(-1) ?? null;
    }
    static getAllWindows(): FakeBrowserWindow[] {
      return [...FakeBrowserWindow.instances];
    }
    readonly webContents = new FakeWebContents();
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    async loadURL(url: string): Promise<void> {
      boot.loadedUrls.push(url);
    }
    constructor(readonly options: Record<string, unknown>) {
      super();
      FakeBrowserWindow.instances.push(this);
    }
    isDestroyed(): boolean {
      return false;
    }
    isMinimized(): boolean {
      return false;
    }
  }

  /**
   * A utility process as the shell sees one, over a real Node child running the backend
   * bundle (`spawnChild`, set once the bundle is built).
   */
  class FakeUtilityProcess extends Emitter {
    static spawnChild: ((args: string[]) => import('node:child_process').ChildProcess) | null =
      null;
    readonly child: import('node:child_process').ChildProcess;
    constructor(args: string[]) {
      super();
      if (!FakeUtilityProcess.spawnChild) throw new Error('backend bundle not built');
      this.child = FakeUtilityProcess.spawnChild(args);
      this.child.on('message', (message) => this.emit('message', message));
      this.child.on('exit', (code) => this.emit('exit', code ?? 1));
    }
    get pid(): number | undefined {
      return this.child.exitCode === null && this.child.signalCode === null
        ? this.child.pid
        : undefined;
    }
    postMessage(message: { kind: string; method?: string }): void {
      boot.posted.push(message.method ?? message.kind);
      if (this.child.connected) this.child.send(message);
    }
  }

  type Handler = (event: unknown, args: unknown) => Promise<unknown>;
  const ipcHandlers = new Map<string, Handler>();
  const ipcListeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
  const boot = {
    channels: [] as string[],
    forks: [] as { modulePath: string; args: string[]; options: unknown; process: unknown }[],
    /** What the shell posted to its utility processes: method names, or 'shutdown'. */
    posted: [] as string[],
    sandboxEnabled: false,
    loadedUrls: [] as string[],
    /** What happened, in order: scheme registration, app ready, protocol handler. */
    order: [] as string[],
    privilegedSchemes: [] as { scheme: string; privileges?: Record<string, boolean> }[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    menuTemplate: null as MenuItemConstructorOptions[] | null,
    applicationMenuSet: false,
    permissionRequest: null as Parameters<Session['setPermissionRequestHandler']>[0],
    permissionCheck: null as Parameters<Session['setPermissionCheckHandler']>[0],
    headersReceived: null as
      | ((
          details: { responseHeaders?: Record<string, string[]> },
          cb: (r: unknown) => void,
        ) => void)
      | null,
  };
  const paths: Record<string, string> = {};
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => true),
    enableSandbox: () => {
      boot.sandboxEnabled = true;
    },
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: vi.fn(async () => {
      boot.order.push('ready');
    }),
    getPath: vi.fn((name: string) => paths[name] ?? `/nonexistent/${name}`),
  });

  return {
    Emitter,
    FakeWebContents,
    FakeBrowserWindow,
    FakeUtilityProcess,
    ipcHandlers,
    ipcListeners,
    boot,
    paths,
    app,
    ipcMain: {
      handle: (channel: string, handler: Handler) => {
        boot.channels.push(channel);
        ipcHandlers.set(channel, handler);
      },
      on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
        ipcListeners.set(channel, listener);
      },
    },
    dialog: {
      showSaveDialog: vi.fn(),
      showOpenDialog: vi.fn(),
      showErrorBox: vi.fn(),
      showMessageBox: vi.fn(async () => ({ response: 0 })),
    },
    menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => {
        boot.menuTemplate = template;
        // Electron's MenuItem objects keep the template's id and a writable `enabled`.
        const find = (
          items: MenuItemConstructorOptions[],
          id: string,
        ): MenuItemConstructorOptions | null => {
          for (const item of items) {
            if (item.id === id) return item;
            const inner = Array.isArray(item.submenu) ? find(item.submenu, id) : null;
            if (inner) return inner;
          }
          return null;
        };
        return { getMenuItemById: (id: string) => find(template, id) };
      },
      setApplicationMenu: () => {
        boot.applicationMenuSet = true;
      },
    },
    session: {
      setPermissionRequestHandler: (handler: typeof boot.permissionRequest) => {
        boot.permissionRequest = handler;
      },
      setPermissionCheckHandler: (handler: typeof boot.permissionCheck) => {
        boot.permissionCheck = handler;
      },
      webRequest: {
        onHeadersReceived: (handler: typeof boot.headersReceived) => {
          boot.headersReceived = handler;
        },
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: typeof boot.privilegedSchemes) => {
        boot.order.push('registerSchemesAsPrivileged');
        boot.privilegedSchemes.push(...schemes);
      },
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        boot.order.push(`handle ${scheme}`);
        boot.protocolHandlers.set(scheme, handler);
      },
    },
    shell: { openExternal: vi.fn(async (_url: string) => undefined) },
    utilityProcess: {
      fork: (modulePath: string, args: string[], options: unknown) => {
        const process = new FakeUtilityProcess(args);
        boot.forks.push({ modulePath, args, options, process });
        return process;
      },
    },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: Object.assign(new Emitter(), {
      send: vi.fn(),
      invoke: vi.fn(async (_channel: string, _args: unknown): Promise<unknown> => undefined),
    }),
  };
});

vi.mock('electron', () => ({
  app: fake.app,
  BrowserWindow: fake.FakeBrowserWindow,
  ipcMain: fake.ipcMain,
  dialog: fake.dialog,
  Menu: fake.menu,
  session: { defaultSession: fake.session },
  protocol: fake.protocol,
  shell: fake.shell,
  utilityProcess: fake.utilityProcess,
  contextBridge: fake.contextBridge,
  ipcRenderer: fake.ipcRenderer,
}));

let root: string;
let running: RunningShell;
let win: InstanceType<typeof fake.FakeBrowserWindow>;

function senderEvent(url: string, sender?: unknown): IpcMainInvokeEvent {
  // Only senderFrame.url and the sender (its web contents) are read by the shell.
  return { senderFrame: { url }, sender } as unknown as IpcMainInvokeEvent;
}

/** What the renderer's client makes of an answer: JSON text parsed, an envelope as it is. */
const envelope = (answer: unknown) =>
  (typeof answer === 'string' ? JSON.parse(answer) : answer) as ApiResponse<unknown>;

async function call(method: string, args: unknown, url = running.paths.appUrl, sender?: unknown) {
  const handler = fake.ipcHandlers.get(`wayline:${method}`);
  if (!handler) throw new Error(`no handler for ${method}`);
  return envelope(await handler(senderEvent(url, sender), args));
}

/** A web contents as the app would see it being created, with the guards attached. */
function createdContents() {
  const contents = new fake.FakeWebContents();
  fake.app.emit('web-contents-created', {}, contents);
  return contents;
}

/** The project the backend has open, asked through IPC as the renderer would. */
async function openProjectPath(): Promise<string | null> {
  const response = await call('app.getState', {});
  if (!response.ok) throw new Error(response.error.message);
  return (response.value as AppState).project?.path ?? null;
}

/** A new project file in the documents folder, left open: its path and first revision. */
async function createProject(name: string) {
  const path = join(root, 'documents', `${name}.wayline`);
  const created = await call('project.create', { path, name });
  if (!created.ok) throw new Error(created.error.message);
  return { path, revision: (created.value as { revision: number }).revision };
}

const children: ChildProcess[] = [];

beforeAll(async () => {
  // The shell logs every refusal; the assertions below check them instead.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  root = mkdtempSync(join(tmpdir(), 'wayline-shell-'));
  const bundle = await bundleBackend(root);
  fake.FakeUtilityProcess.spawnChild = (args) => {
    const child = fork(bundle, args, { execArgv: [], env: backendEnv() });
    children.push(child);
    return child;
  };
  for (const name of ['userData', 'documents']) {
    fake.paths[name] = join(root, name);
    mkdirSync(fake.paths[name], { recursive: true });
  }
  const rendererDir = join(root, 'app', 'dist', 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Wayline</title>');
  writeFileSync(join(root, 'app', 'dist', 'secret.txt'), 'not for the page');
  const shell = await bootstrap(join(root, 'app', 'dist', 'electron'));
  if (!shell) throw new Error('bootstrap did not start');
  running = shell;
  const only = fake.FakeBrowserWindow.instances[0];
  if (!only) throw new Error('no window created');
  win = only;
});

afterAll(async () => {
  fake.app.emit('before-quit');
  const quit = { preventDefault: vi.fn() };
  fake.app.quit.mockClear();
  fake.app.emit('will-quit', quit);
  // The quit waits for the backend to close the project file, then resumes.
  expect(quit.preventDefault).toHaveBeenCalled();
  await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled(), { timeout: 10_000 });
  expect(children.every((c) => c.exitCode !== null || c.signalCode !== null)).toBe(true);
  rmSync(root, { recursive: true, force: true });
});

describe('main window', () => {
  it('is created once, sandboxed and isolated, with the bundled preload', () => {
    expect(fake.FakeBrowserWindow.instances).toHaveLength(1);
    expect(win.options).toMatchObject({ width: 1440, height: 900, title: 'Wayline', show: false });
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.webSecurity).not.toBe(false);
    expect(String(prefs.preload)).toMatch(/[/\\]dist[/\\]electron[/\\]preload\.cjs$/);
    expect(fake.boot.sandboxEnabled).toBe(true);
  });

  it('loads the built renderer from the app scheme, not file://, and shows itself when ready', () => {
    expect(fake.boot.loadedUrls).toEqual(['wayline://app/index.html']);
    expect(running.paths.appUrl).toBe('wayline://app/index.html');
    expect(running.paths.rendererDir).toBe(join(root, 'app', 'dist', 'renderer'));
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalled();
  });

  it('quits at once when another instance holds the lock', async () => {
    fake.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    const windows = fake.FakeBrowserWindow.instances.length;
    await expect(bootstrap(join(root, 'other'))).resolves.toBeNull();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.FakeBrowserWindow.instances).toHaveLength(windows);
  });
});

describe('app scheme', () => {
  it('is registered as privileged before the app is ready, and served after', () => {
    expect(fake.boot.order).toEqual(['registerSchemesAsPrivileged', 'ready', 'handle wayline']);
    expect(fake.boot.privilegedSchemes).toEqual([
      {
        scheme: 'wayline',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ]);
  });

  it('serves the built renderer with the CSP, and nothing outside it', async () => {
    const handler = fake.boot.protocolHandlers.get('wayline');
    if (!handler) throw new Error('no handler for the app scheme');
    const page = await handler(new Request(running.paths.appUrl));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toBe(
      readFileSync(join(running.paths.rendererDir, 'index.html'), 'utf8'),
    );
    for (const url of ['wayline://app/..%2fsecret.txt', 'wayline://elsewhere/index.html']) {
      const refused = await handler(new Request(url));
      expect(refused.status, url).toBe(404);
      expect(await refused.text()).not.toContain('not for the page');
    }
  });

  it('leaves file: pages without their old extra privileges in the packaged app', () => {
    const builder = readFileSync(
      join(import.meta.dirname, '..', '..', 'electron-builder.yml'),
      'utf8',
    );
    expect(builder).toMatch(/^ {2}grantFileProtocolExtraPrivileges: false$/m);
  });
});

describe('backend process', () => {
  it('runs the backend in a utility process forked from the bundled entry', () => {
    expect(fake.boot.forks).toHaveLength(1);
    const [forked] = fake.boot.forks;
    expect(forked?.modulePath).toBe(join(root, 'app', 'dist', 'electron', 'backend.cjs'));
    expect(forked?.options).toMatchObject({ serviceName: 'Wayline backend' });
    const start = forked?.args.find((a) => a.startsWith('--wayline-backend='));
    expect(JSON.parse(start?.slice('--wayline-backend='.length) ?? '{}')).toEqual({
      mode: 'desktop',
      settingsDir: fake.paths.userData,
      defaultDirectory: fake.paths.documents,
      canPickFiles: true,
      firstRevision: 0,
    });
  });
});

/** Pages that are not our renderer: none may call the API or be navigated to. */
const foreignPages = () => [
  ...Object.values(UNTRUSTED_SENDERS).flat(),
  'file:///etc/passwd',
  // The renderer's old file: address.
  `file://${join(root, 'app', 'dist', 'renderer', 'index.html')}`,
];

describe('IPC handlers', () => {
  it('registers exactly one handler per API method, on its derived channel', () => {
    const channels = fake.boot.channels;
    expect(channels).toHaveLength(API_METHODS.length);
    expect(new Set(channels)).toEqual(new Set(API_METHODS.map(channelFor)));
  });

  it('refuses calls from any other page without touching the backend', async () => {
    fake.boot.posted.length = 0;
    const path = join(root, 'documents', 'untrusted.wayline');
    for (const url of foreignPages()) {
      const response = await call('project.create', { path, name: 'Nope' }, url);
      expect(response).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const gone = await fake.ipcHandlers.get(channelFor('app.getState'))?.(
      { senderFrame: null },
      {},
    );
    expect(gone).toMatchObject({ ok: false });
    expect(fake.boot.posted).toEqual([]);
    expect(existsSync(path)).toBe(false);
  });

  it('answers our page with ok envelopes from the real backend', async () => {
    const response = await call('app.getState', {}, `${running.paths.appUrl}#/start`);
    expect(response).toEqual({
      ok: true,
      value: {
        mode: 'desktop',
        canPickFiles: true,
        defaultDirectory: fake.paths.documents,
        recent: [],
        project: null,
      },
    });
  });

  it('answers bad arguments with invalid_args', async () => {
    expect(await call('app.getState', { extra: true })).toMatchObject({
      ok: false,
      error: { code: 'invalid_args' },
    });
    expect(await call('project.open', { path: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_args' },
    });
  });

  it('forwards every edit the backend commits to every window, with the ops and revisions', async () => {
    const { path, revision } = await createProject('Live');
    const second = new fake.FakeBrowserWindow({});
    try {
      win.webContents.send.mockClear();
      const ops = [{ type: 'updateProject', patch: { name: 'Live again' } }];
      const applied = await call('project.applyOps', {
        ops,
        baseRevision: revision,
        clientId: 'a',
      });
      expect(applied).toMatchObject({ ok: true, value: { revision: revision + 1 } });
      const expected = {
        type: 'applied',
        path,
        change: { baseRevision: revision, revision: revision + 1, ops, clientId: 'a' },
      };
      // The event is posted before the reply, so both windows have it already.
      expect(win.webContents.send).toHaveBeenCalledWith(PROJECT_EVENT_CHANNEL, expected);
      expect(second.webContents.send).toHaveBeenCalledWith(PROJECT_EVENT_CHANNEL, expected);
      const missed = await call('project.changesSince', { revision });
      expect(missed).toMatchObject({ ok: true, value: { changes: [expected.change] } });
    } finally {
      fake.FakeBrowserWindow.instances.splice(fake.FakeBrowserWindow.instances.indexOf(second), 1);
      expect(await call('project.close', {})).toEqual({ ok: true, value: null });
    }
  });

  it('leaves the window that made an edit out of its event, and refuses edits sent as another', async () => {
    let { revision } = await createProject('Echo');
    const second = new fake.FakeBrowserWindow({});
    const feedA = '0123456789abcdef';
    const feedB = 'fedcba9876543210';
    /** An edit sent from `from`'s page as `clientId`; which windows heard it. */
    const edit = async (from: typeof win, clientId: string | undefined) => {
      win.webContents.send.mockClear();
      second.webContents.send.mockClear();
      const args = {
        ops: [{ type: 'updateProject', patch: { name: `Echo ${revision}` } }],
        baseRevision: revision,
        ...(clientId === undefined ? {} : { clientId }),
      };
      const answer = await call('project.applyOps', args, running.paths.appUrl, from.webContents);
      if (answer.ok) revision += 1;
      const heard = (w: typeof win) =>
        w.webContents.send.mock.calls.some(([channel]) => channel === PROJECT_EVENT_CHANNEL);
      return { answer, heard: [win, second].filter(heard).map((w) => (w === win ? 'A' : 'B')) };
    };
    try {
      expect(await edit(win, feedClientId(feedA, 'doc'))).toMatchObject({ heard: ['B'] });
      expect(await edit(second, feedClientId(feedB, 'doc'))).toMatchObject({ heard: ['A'] });
      // No client id, or one without a feed: every window hears it.
      expect(await edit(second, undefined)).toMatchObject({ heard: ['A', 'B'] });
      expect(await edit(win, `${feedA}-doc`)).toMatchObject({ heard: ['A', 'B'] });
      // B read A's client id in an event; sending as A is refused before the backend.
      const before = revision;
      const forged = await edit(second, feedClientId(feedA, 'doc'));
      expect(forged).toMatchObject({
        heard: [],
        answer: { ok: false, error: { code: 'forbidden' } },
      });
      expect(revision).toBe(before);
      expect(await edit(win, feedClientId(feedA, 'doc'))).toMatchObject({ heard: ['B'] });
      // A window that is gone lets its feed go: a new page may use it.
      second.webContents.emit('destroyed');
      fake.FakeBrowserWindow.instances.splice(fake.FakeBrowserWindow.instances.indexOf(second), 1);
      win.webContents.emit('did-navigate');
      expect(await edit(win, feedClientId(feedB, 'doc'))).toMatchObject({ heard: [] });
      expect(await edit(win, feedClientId(feedA, 'doc'))).toMatchObject({ heard: [] });
    } finally {
      win.webContents.emit('did-navigate');
      const index = fake.FakeBrowserWindow.instances.indexOf(second);
      if (index >= 0) fake.FakeBrowserWindow.instances.splice(index, 1);
      expect(await call('project.close', {})).toEqual({ ok: true, value: null });
    }
  });

  it('creates, closes and reopens a real project file', async () => {
    const path = join(root, 'documents', 'Checkout.wayline');
    expect(await call('project.create', { path, name: 'Checkout' })).toMatchObject({ ok: true });
    expect(existsSync(path)).toBe(true);
    expect(await openProjectPath()).toBe(path);
    expect(await call('project.close', {})).toEqual({ ok: true, value: null });
    expect(await call('project.open', { path })).toMatchObject({ ok: true, value: { path } });
    expect(await call('project.close', {})).toEqual({ ok: true, value: null });
  });

  it('picks paths with native dialogs filtered to .wayline files', async () => {
    fake.boot.posted.length = 0;
    fake.dialog.showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: '/x/Map.wayline',
    });
    expect(
      await call('dialog.pickProjectPath', { purpose: 'create', suggestedName: 'Map' }),
    ).toEqual({ ok: true, value: { path: '/x/Map.wayline' } });
    const [parent, saveOptions] = fake.dialog.showSaveDialog.mock.lastCall ?? [];
    expect(parent).toBe(win);
    expect(saveOptions).toMatchObject({
      defaultPath: join(fake.paths.documents ?? '', 'Map.wayline'),
      filters: [{ extensions: ['wayline'] }],
    });

    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await call('dialog.pickProjectPath', { purpose: 'open' })).toEqual({
      ok: true,
      value: { path: null },
    });
    expect(fake.dialog.showOpenDialog.mock.lastCall?.[1]).toMatchObject({
      properties: ['openFile'],
      filters: [{ extensions: ['wayline'] }],
    });
    // Answered in the main process, where the dialogs are: never sent to the backend.
    expect(fake.boot.posted).toEqual([]);
  });
});

describe('web contents guards', () => {
  it('blocks navigation and redirects away from our page', () => {
    const contents = createdContents();
    for (const event of ['will-navigate', 'will-redirect']) {
      for (const url of foreignPages()) {
        const navigation = { url, preventDefault: vi.fn() };
        contents.emit(event, navigation, url);
        expect(navigation.preventDefault, `${event} ${url}`).toHaveBeenCalled();
      }
    }
    const reload = { url: `${running.paths.appUrl}#/map`, preventDefault: vi.fn() };
    contents.emit('will-navigate', reload, reload.url);
    expect(reload.preventDefault).not.toHaveBeenCalled();
  });

  it('denies every new window and hands only safe links to the OS', () => {
    const contents = createdContents();
    fake.shell.openExternal.mockClear();
    const open = (url: string) => contents.windowOpenHandler?.({ url });
    for (const url of ['https://example.com/help', 'mailto:team@example.com']) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    for (const url of ['http://example.com', 'javascript:alert(1)', 'file:///etc/passwd', 'x']) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(fake.shell.openExternal.mock.calls).toEqual([
      ['https://example.com/help'],
      ['mailto:team@example.com'],
    ]);
  });

  it('opens the address of our own page as another editor window, never as a browser window', () => {
    const contents = createdContents();
    const before = fake.FakeBrowserWindow.instances.length;
    fake.shell.openExternal.mockClear();
    expect(contents.windowOpenHandler?.({ url: running.paths.appUrl })).toEqual({
      action: 'deny',
    });
    const instances = fake.FakeBrowserWindow.instances;
    expect(instances).toHaveLength(before + 1);
    const second = instances[before]!;
    // Built like the first: same sandboxed preferences and the same page on the app scheme.
    expect(second.options).toEqual(win.options);
    expect(fake.boot.loadedUrls.at(-1)).toBe(running.paths.appUrl);
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
    // A look-alike address is not our page: no window, and not handed to the OS either.
    contents.windowOpenHandler?.({ url: 'wayline://app.evil/index.html' });
    expect(instances).toHaveLength(before + 1);
    // Closing the second window leaves the first as the main one.
    second.emit('closed');
    instances.splice(before, 1);
    expect(running.mainWindow()).toBe(win);
  });

  it('opens the presenter view address as a presenter window, and no other fragment', () => {
    const contents = createdContents();
    const instances = fake.FakeBrowserWindow.instances;
    const before = instances.length;
    fake.shell.openExternal.mockClear();
    const presenterUrl = `${running.paths.appUrl}#presenter`;
    expect(contents.windowOpenHandler?.({ url: presenterUrl })).toEqual({ action: 'deny' });
    expect(instances).toHaveLength(before + 1);
    const presenter = instances[before]!;
    // Built and guarded like the editor, titled for what it is, on the presenter's address.
    expect(presenter.options).toEqual({ ...win.options, title: 'Wayline — Presenter view' });
    expect(fake.boot.loadedUrls.at(-1)).toBe(presenterUrl);
    // Any other fragment or query is not carried over: a plain editor window.
    contents.windowOpenHandler?.({ url: `${running.paths.appUrl}?token=1#presenter2` });
    expect(instances).toHaveLength(before + 2);
    expect(fake.boot.loadedUrls.at(-1)).toBe(running.paths.appUrl);
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
    for (const opened of instances.slice(before)) opened.emit('closed');
    instances.splice(before, 2);
    expect(running.mainWindow()).toBe(win);
  });

  it('refuses to attach <webview>s', () => {
    const contents = createdContents();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example' });
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('session guards', () => {
  it('denies every permission request and check', () => {
    const { permissionRequest: request, permissionCheck: check } = fake.boot;
    if (!request || !check) throw new Error('permission handlers not installed');
    // The handlers ignore the web contents and details; the fakes stand in for them.
    const contents = win.webContents as unknown as WebContents;
    const details = { requestingUrl: running.paths.appUrl } as PermissionRequest;
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read'] as const) {
      const callback = vi.fn();
      request(contents, permission, callback, details);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check(contents, permission, 'file://', { ...details, isMainFrame: true })).toBe(false);
    }
  });

  it('adds the CSP to every response', () => {
    const listener = fake.boot.headersReceived;
    const callback = vi.fn();
    listener?.({ responseHeaders: { 'X-Other': ['1'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
});

describe('application menu', () => {
  const template = () => fake.boot.menuTemplate ?? [];
  const items = (menu: MenuItemConstructorOptions[]) =>
    menu.flatMap((top) => (Array.isArray(top.submenu) ? top.submenu : []));
  const item = (id: string) => items(template()).find((i) => i.id === id);
  const enabledIds = () => EDITOR_MENU_COMMAND_IDS.filter((id) => item(id)?.enabled !== false);
  const reportState = (ids: unknown, url = running.paths.appUrl) =>
    fake.ipcListeners.get(MENU_STATE_CHANNEL)?.(senderEvent(url), ids);

  it('shows every menu command of the registry in its group, with its label and accelerator', () => {
    expect(fake.boot.applicationMenuSet).toBe(true);
    const commandItems = items(template()).filter((i) => i.click);
    expect(commandItems.map((i) => i.id)).toEqual(MENU_COMMAND_IDS);
    for (const id of MENU_COMMAND_IDS) {
      const { label, group, shortcuts } = declarationOf(id);
      const menu = template().find((top) => top.label === `&${group}`);
      expect(Array.isArray(menu?.submenu) && menu.submenu).toContainEqual(
        expect.objectContaining({ id, label }),
      );
      expect(item(id)?.label).toBe(label);
      expect(item(id)?.accelerator).toBe(
        shortcuts.length > 0 ? acceleratorOf(shortcuts[0]!) : undefined,
      );
    }
    expect(item('undo')?.accelerator).toBe('CmdOrCtrl+Z');
    expect(item('redo')?.accelerator).toBe('CmdOrCtrl+Shift+Z');
    expect(item('present')?.accelerator).toBe('F5');
    expect(item('new-project')?.accelerator).toBe('CmdOrCtrl+N');
  });

  it('sends each command to the renderer on the menu channel', () => {
    for (const id of MENU_COMMAND_IDS) {
      win.webContents.send.mockClear();
      item(id)?.click?.({} as never, undefined, {} as never);
      expect(win.webContents.send.mock.calls).toEqual([[MENU_CHANNEL, id]]);
    }
  });

  it('leaves editor keys to the page, and text-field clipboard to the native roles', () => {
    for (const id of EDITOR_MENU_COMMAND_IDS) {
      // Shown in the menu, but the keystroke still reaches the renderer's own handler.
      expect(item(id)?.registerAccelerator).toBe(false);
    }
    // New, Open and Close are the app's: no page handler sees their keys.
    expect(item('new-project')?.registerAccelerator).toBeUndefined();
    const roles = items(template()).map((i) => i.role);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
    expect(roles).not.toContain('undo');
    expect(roles).not.toContain('redo');
  });

  it('enables editor commands as the renderer reports them, from our page only', () => {
    // No editor has reported yet: the app's commands work, the editor's wait.
    expect(enabledIds()).toEqual([]);
    expect(item('open-project')?.enabled).toBeUndefined();

    reportState(['undo', 'present', 'export']);
    expect(enabledIds()).toEqual(['export', 'undo', 'present']);
    reportState(['redo']);
    expect(enabledIds()).toEqual(['redo']);

    // Another frame, unknown ids, app commands or junk change nothing.
    reportState(['undo'], 'https://evil.example/');
    reportState(['undo', 'format-disk']);
    reportState(['undo', 'open-project']);
    reportState(['undo', 'undo']);
    reportState('undo');
    reportState(null);
    expect(enabledIds()).toEqual(['redo']);

    reportState([]);
    expect(enabledIds()).toEqual([]);
  });

  it('offers reload and developer tools only in development builds', () => {
    const roles = (isPackaged: boolean) =>
      items(buildMenuTemplate({ isMac: false, isPackaged, send: () => {} })).map((i) => i.role);
    expect(roles(false)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(true)).toEqual(expect.arrayContaining(['zoomIn', 'togglefullscreen', 'quit']));
  });
});

describe('opening files from the OS', () => {
  it('finds the .wayline argument among switches', () => {
    expect(projectPathFromArgv(['/opt/wayline', '--flag', 'maps/a.wayline'], '/home/me')).toBe(
      join('/home/me', 'maps', 'a.wayline'),
    );
    expect(projectPathFromArgv(['/opt/wayline', '.', '--x=a.wayline'], '/')).toBeNull();
    expect(projectPathFromArgv(['/opt/wayline.wayline'], '/')).toBeNull();
  });

  it('opens a double-clicked file when no project is open, and not over an open one', async () => {
    const path = join(root, 'documents', 'Onboarding.wayline');
    const other = join(root, 'documents', 'Other.wayline');
    await call('project.create', { path: other, name: 'Other' });
    await call('project.create', { path, name: 'Onboarding' });
    await call('project.close', {});

    fake.app.emit('open-file', { preventDefault: vi.fn() }, path);
    await vi.waitFor(() => expect(win.webContents.reload).toHaveBeenCalledTimes(1));
    expect(await openProjectPath()).toBe(path);

    fake.dialog.showMessageBox.mockClear();
    fake.app.emit('second-instance', {}, ['/opt/wayline', other], root, {});
    await vi.waitFor(() => expect(fake.dialog.showMessageBox).toHaveBeenCalled());
    expect(await openProjectPath()).toBe(path);
    expect(win.webContents.reload).toHaveBeenCalledTimes(1);
  });

  it('closes the project file when the last window closes', async () => {
    const path = await openProjectPath();
    expect(path).not.toBeNull();
    fake.app.emit('window-all-closed');
    await vi.waitFor(async () => expect(await openProjectPath()).toBeNull());
    // Checkpointed: the WAL is folded back into the file.
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('names new project files safely', () => {
    expect(projectFileName('Q3: Checkout / Returns?')).toBe('Q3- Checkout - Returns-.wayline');
    expect(projectFileName('  ..  ')).toBe('Untitled.wayline');
    expect(projectFileName(undefined)).toBe('Untitled.wayline');
    expect(projectFileName('Journey.WAYLINE')).toBe('Journey.wayline');
  });
});

describe('preload', () => {
  let api: BridgeApi;

  beforeAll(async () => {
    await import('../../electron/preload');
    const [name, exposed] = fake.contextBridge.exposeInMainWorld.mock.lastCall ?? [];
    expect(name).toBe('wayline');
    api = exposed as BridgeApi;
  });

  it('exposes exactly the API methods, the two menu functions and the project events', () => {
    expect(Object.keys(api).sort()).toEqual(
      [...API_METHODS, 'onMenuCommand', 'onProjectEvent', 'reportEnabledCommands'].sort(),
    );
    for (const key of ['ipcRenderer', 'invoke', 'send', 'on']) expect(api).not.toHaveProperty(key);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('invokes each method on its derived channel, reaching the real backend', async () => {
    // Wire the renderer side to the main side as Electron would, from our own page.
    fake.ipcRenderer.invoke.mockImplementation(async (channel, args) =>
      fake.ipcHandlers.get(channel)?.(senderEvent(running.paths.appUrl), args),
    );
    const answer = await api['app.getState']({});
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(channelFor('app.getState'), {});
    // The backend process's JSON text, passed through main and the preload unparsed.
    expect(typeof answer).toBe('string');
    const state = envelope(answer);
    expect(state.ok && (state.value as AppState).mode).toBe('desktop');
    const bad = envelope(await api['project.open']({ path: '' }));
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_args' } });
  });

  it('passes only known menu commands to the subscriber, and unsubscribes', () => {
    const received: string[] = [];
    const unsubscribe = api.onMenuCommand((command) => received.push(command));
    fake.ipcRenderer.emit(MENU_CHANNEL, { sender: 'event' }, 'open-project');
    fake.ipcRenderer.emit(MENU_CHANNEL, { sender: 'event' }, 'format-disk');
    // A registry command the menu does not show.
    fake.ipcRenderer.emit(MENU_CHANNEL, { sender: 'event' }, 'nudge-up');
    fake.ipcRenderer.emit(MENU_CHANNEL, { sender: 'event' }, { toString: () => 'new-project' });
    expect(received).toEqual(['open-project']);
    unsubscribe();
    fake.ipcRenderer.emit(MENU_CHANNEL, { sender: 'event' }, 'close-project');
    expect(received).toEqual(['open-project']);
  });

  it('passes only well-formed project events to the subscriber, and unsubscribes', () => {
    const received: ProjectEvent[] = [];
    const unsubscribe = api.onProjectEvent((event) => received.push(event));
    const event: ProjectEvent = {
      type: 'applied',
      path: '/p.wayline',
      change: { baseRevision: 3, revision: 4, ops: [], clientId: 'w1' },
    };
    fake.ipcRenderer.emit(PROJECT_EVENT_CHANNEL, { sender: 'event' }, event);
    fake.ipcRenderer.emit(PROJECT_EVENT_CHANNEL, { sender: 'event' }, { type: 'applied' });
    fake.ipcRenderer.emit(PROJECT_EVENT_CHANNEL, { sender: 'event' }, 'rm -rf');
    expect(received).toEqual([event]);
    unsubscribe();
    fake.ipcRenderer.emit(PROJECT_EVENT_CHANNEL, { sender: 'event' }, event);
    expect(received).toEqual([event]);
  });

  it('sends well-formed enabled-command reports to main, and nothing else', () => {
    fake.ipcRenderer.send.mockClear();
    api.reportEnabledCommands(['undo', 'present']);
    api.reportEnabledCommands([]);
    // The page is not typed by the compiler at runtime: junk stays in the page.
    const untyped = api.reportEnabledCommands as (ids: unknown) => void;
    untyped(['undo', 'rm -rf']);
    untyped('undo');
    expect(fake.ipcRenderer.send.mock.calls).toEqual([
      [MENU_STATE_CHANNEL, ['undo', 'present']],
      [MENU_STATE_CHANNEL, []],
    ]);
  });
});

describe('a backend that dies', () => {
  it('restarts a utility process that died, with the project open again', async () => {
    const path = join(root, 'documents', 'Survivor.wayline');
    expect(await call('project.create', { path, name: 'Survivor' })).toMatchObject({ ok: true });
    children.at(-1)?.kill('SIGKILL');
    await vi.waitFor(() => expect(fake.boot.forks).toHaveLength(2), { timeout: 10_000 });
    expect(await openProjectPath()).toBe(path);
    expect(await call('project.close', {})).toEqual({ ok: true, value: null });
  });

  it('kills a utility process with SIGKILL, which a hung SQLite read cannot ignore', async () => {
    const launcher = utilityLauncher(fake.utilityProcess.fork, join(root, 'backend.cjs'));
    const spawned = launcher.spawn(
      startArgs({
        mode: 'desktop',
        settingsDir: fake.paths.userData ?? '',
        defaultDirectory: root,
        canPickFiles: true,
        firstRevision: 0,
      }),
    );
    const exited = new Promise<string>((resolve) => spawned.onExit(resolve));
    const child = children.at(-1);
    await vi.waitFor(() => expect(child?.pid).toBeDefined());
    spawned.kill();
    await exited;
    expect(child?.signalCode).toBe('SIGKILL');
  });
});
