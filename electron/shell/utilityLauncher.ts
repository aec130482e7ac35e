import type { BackendChild, Launcher } from '../backend/process/backendClient';
import type { FromBackend } from '../backend/process/protocol';

/** What this file uses of an Electron UtilityProcess. */
export interface UtilityChild {
  readonly pid: number | undefined;
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: FromBackend) => void): unknown;
  once(event: 'exit', listener: (code: number) => void): unknown;
}

/** Electron's utilityProcess.fork, passed in so this file never imports electron itself. */
type Fork = (modulePath: string, args: string[], options: { serviceName: string }) => UtilityChild;

/**
 * Backend processes as Electron utility processes (the desktop app): Node without a window,
 * so a hang or a crash in the backend never freezes or takes down the window's process.
 */
export function utilityLauncher(fork: Fork, entry: string): Launcher {
  return {
    spawn(args): BackendChild {
      const child = fork(entry, args, { serviceName: 'Wayline backend' });
      return {
        send(message) {
          try {
            child.postMessage(message);
          } catch {
            // The process is gone; its exit is reported by onExit.
          }
        },
        onMessage(listener) {
          child.on('message', (message: FromBackend) => listener(message));
        },
        onExit(listener) {
          child.once('exit', (code) => listener(`exit code ${code}`));
        },
        kill() {
          // UtilityProcess.kill() sends SIGTERM, which a backend stuck in SQLite ignores.
          const pid = child.pid;
          if (pid === undefined) return;
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            // Already gone.
          }
        },
      };
    },
  };
}
