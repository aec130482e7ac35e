import type { Server } from 'node:http';
import { join } from 'node:path';
import { inProcessJsonCall, type ApiJsonCall } from '../../electron/backend/dispatch';
import { createBackend, type Backend } from '../../electron/backend/handlers';
import { createHttpServer } from '../../electron/browser/httpServer';
import { closePageSockets } from '../../electron/browser/pageSocket';
import { createSessionCodes } from '../../electron/browser/sessionCodes';
import type { ProjectEvent } from '../../shared/api/events';
import { tempDir } from './fixtures';
import { closeServer, listenOnLoopback } from './loopback';

/** Browser mode's server on loopback over an in-process backend, as the socket tests use it. */
export interface BrowserModeServer {
  dir: string;
  backend: Backend;
  server: Server;
  port: number;
  /** Who hears the backend's events now: one per page socket subscribed. */
  listeners: Set<(event: ProjectEvent) => void>;
  stop(): Promise<void>;
}

/** Starts it in a temp folder with session `token`; `wrap` sees every call the server makes. */
export async function startBrowserModeServer(
  token: string,
  wrap: (call: ApiJsonCall) => ApiJsonCall = (call) => call,
): Promise<BrowserModeServer> {
  const tmp = tempDir();
  const listeners = new Set<(event: ProjectEvent) => void>();
  const backend = createBackend({
    mode: 'browser',
    settingsDir: join(tmp.dir, 'settings'),
    defaultDirectory: tmp.dir,
    onEvent: (event) => listeners.forEach((listener) => listener(event)),
  });
  const server = createHttpServer({
    call: wrap(inProcessJsonCall(backend.handlers)),
    token,
    codes: createSessionCodes(token),
    staticDir: tmp.dir,
    events: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
  const port = await listenOnLoopback(server);
  return {
    dir: tmp.dir,
    backend,
    server,
    port,
    listeners,
    async stop() {
      closePageSockets();
      await closeServer(server);
      backend.close();
      tmp.cleanup();
    },
  };
}
