import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SERVE = join(import.meta.dirname, '..', '..', '..', 'dist', 'electron', 'serve.cjs');

export interface RunningServer {
  url: string;
  port: number;
  process: ChildProcess;
  /** Ctrl+C, as a user would; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts browser mode exactly as `npm run serve` does, and waits for its one line. */
export function startServer(options: {
  settingsDir: string;
  project?: string;
  /** Another user to run as (and the Node binary it may run): for the permission tests. */
  as?: { node: string; uid?: number; gid?: number };
}): Promise<RunningServer> {
  const args = [SERVE, '--port', '0'];
  if (options.project) args.push('--project', options.project);
  const { node = process.execPath, uid, gid } = options.as ?? {};
  const child = spawn(node, args, {
    env: { ...process.env, WAYLINE_SETTINGS_DIR: options.settingsDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(uid !== undefined ? { uid, gid } : {}),
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), 15_000);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const match = /Wayline is running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=\S+)/.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[1]!,
        port: Number(match[2]),
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
