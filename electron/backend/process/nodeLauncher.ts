import { fork } from 'node:child_process';
import type { BackendChild, Launcher } from './backendClient';
import type { FromBackend } from './protocol';

export interface NodeLauncherOptions {
  /** The child's environment; the parent's by default. */
  env?: NodeJS.ProcessEnv;
}

/** Backend processes as Node child processes (browser mode, and tests). */
export function nodeLauncher(entry: string, options: NodeLauncherOptions = {}): Launcher {
  return {
    spawn(args): BackendChild {
      const child = fork(entry, args, {
        // Not the parent's flags: a test runner's loaders have no business in the backend.
        execArgv: [],
        env: options.env ?? process.env,
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        // V8's serializer copies a reply's JSON text as it is; 'json' would escape it all again.
        serialization: 'advanced',
      });
      const running = () => child.exitCode === null && child.signalCode === null;
      return {
        send(message) {
          // A send to a process that just died fails; its exit is reported by onExit.
          if (child.connected) child.send(message, (err) => void err);
        },
        onMessage(listener) {
          child.on('message', (message) => listener(message as FromBackend));
        },
        onExit(listener) {
          let reported = false;
          const report = (reason: string) => {
            if (reported) return;
            reported = true;
            listener(reason);
          };
          child.once('exit', (code, signal) =>
            report(signal ? `killed by ${signal}` : `exit code ${code}`),
          );
          child.on('error', (err) => report(err.message));
        },
        kill() {
          if (running()) child.kill('SIGKILL');
        },
      };
    },
  };
}
