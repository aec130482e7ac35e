import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchPrintedLinks } from './printedLinks';

const SERVE = join(import.meta.dirname, '..', '..', '..', 'dist', 'electron', 'serve.cjs');

export interface RunningServer {
  /** The first printed link; its one-time code opens the app in one tab. */
  url: string;
  port: number;
  /** The next link the server prints, once the one before it has been used. */
  nextUrl(): Promise<string>;
  process: ChildProcess;
  /** Ctrl+C, as a user would; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts browser mode exactly as `npm run serve` does, and waits for its first link. */
export function startServer(options: {
  settingsDir: string;
  project?: string;
  /** More environment for the server, e.g. WAYLINE_EXPORT_TIME_LIMIT_MS. */
  env?: Record<string, string>;
  /** Another user to run as (and the Node binary it may run): for the permission tests. */
  as?: { node: string; uid?: number; gid?: number };
}): Promise<RunningServer> {
  const args = [SERVE, '--port', '0'];
  if (options.project) args.push('--project', options.project);
  const { node = process.execPath, uid, gid } = options.as ?? {};
  const child = spawn(node, args, {
    env: { ...process.env, ...options.env, WAYLINE_SETTINGS_DIR: options.settingsDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(uid !== undefined ? { uid, gid } : {}),
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const links = watchPrintedLinks(child.stdout);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 15_000);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
    void links.first.then(({ url, port }) => {
      clearTimeout(timer);
      resolve({
        url,
        port,
        nextUrl: links.next,
        process: child,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done(child.exitCode);
            child.once('exit', (code) => done(code));
            child.kill('SIGINT');
          }),
      });
    });
  });
}

export function makeTempDir(prefix = 'wayline-e2e-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
