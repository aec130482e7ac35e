import { toWire } from '../../../shared/api/wire';
import { dispatchApiCall } from '../dispatch';
import { createBackend } from '../handlers';
import { parseToBackend, replyOf, type BackendStartOptions, type FromBackend } from './protocol';

/** The backend's side of the channel to the UI's process. */
export interface ParentChannel {
  onMessage(listener: (message: unknown) => void): void;
  post(message: FromBackend): void;
  /** The parent went away (Node IPC only; Electron ends a utility process with its app). */
  onGone(listener: () => void): void;
}

/** Electron's utility-process port, as far as this file needs it (no Electron import here). */
interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

/** The channel this process was started with: Electron's parentPort, or Node's IPC. */
export function parentChannel(): ParentChannel {
  const port = (process as { parentPort?: ParentPort }).parentPort;
  if (port) {
    return {
      onMessage: (listener) => port.on('message', (event) => listener(event.data)),
      post: (message) => port.postMessage(message),
      onGone: () => {},
    };
  }
  const send = process.send?.bind(process);
  if (!send) throw new Error('The Wayline backend must be started by Wayline.');
  return {
    onMessage: (listener) => process.on('message', listener),
    post: (message) => {
      // The parent may be gone already; onGone closes the project then.
      if (process.connected) send(message, undefined, undefined, () => {});
    },
    onGone: (listener) => process.on('disconnect', listener),
  };
}

export interface HostHooks {
  /** Runs before each call is dispatched; tests use it to make the backend hang. */
  beforeCall?(method: string, args: unknown): void;
}

/**
 * Runs the backend in this process: answers every call through the one dispatcher (which
 * validates it), and closes the project cleanly when told to, on SIGTERM, or when the parent
 * goes away, so the project file is whole (its WAL checkpointed) when this process ends.
 */
export function runBackend(
  channel: ParentChannel,
  options: BackendStartOptions,
  hooks: HostHooks = {},
): void {
  const backend = createBackend({
    ...options,
    onEvent: (event) => channel.post({ kind: 'event', event }),
  });
  let closed = false;
  const shutdown = (): void => {
    if (closed) return;
    closed = true;
    try {
      backend.close();
    } catch (err) {
      console.error('[wayline] the backend could not close the project cleanly:', err);
    }
    process.exit(0);
  };

  channel.onMessage((raw) => {
    const message = parseToBackend(raw);
    if (!message || closed) return;
    if (message.kind === 'shutdown') return shutdown();
    const { id, method, args } = message;
    hooks.beforeCall?.(method, args);
    void dispatchApiCall(backend.handlers, method, args).then((response) => {
      // Serialised here, once: the UI's process passes the text on without parsing it.
      if (!closed) channel.post({ kind: 'reply', id, ...replyOf(toWire(method, response)) });
    });
  });
  channel.onGone(shutdown);
  process.on('SIGTERM', shutdown);
  // Ctrl+C in a terminal reaches the whole process group: the parent decides when we close.
  process.on('SIGINT', () => {});
  channel.post({ kind: 'ready' });
}
