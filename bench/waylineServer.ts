import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { watchPrintedLinks } from '../test/e2e/support/printedLinks';

export interface WaylineServer {
  /** The first printed link; its one-time code opens the app in one page, once. */
  url: string;
  /** The next printed link, for one more page. */
  nextUrl(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Browser mode as `npm run serve -- --port 0 --project FILE` starts it, settings kept in tmp.
 * `dist` is the built app to serve (another build's folder, to compare two versions).
 */
export function startWayline(
  root: string,
  project: string,
  settingsDir: string,
  dist = join(root, 'dist'),
) {
  const child = spawn(
    process.execPath,
    [join(dist, 'electron', 'serve.cjs'), '--port', '0', '--project', project],
    {
      env: { ...process.env, WAYLINE_SETTINGS_DIR: settingsDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      // SIGINT, as Ctrl+C: the server checkpoints and closes the project file.
      child.kill('SIGINT');
    });
  return new Promise<WaylineServer>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`Wayline did not start: ${output}`));
    }, 30_000);
    child.once('exit', (code) => reject(new Error(`Wayline exited with ${code}: ${output}`)));
    const links = watchPrintedLinks(child.stdout);
    void links.first.then(({ url }) => {
      clearTimeout(timer);
      resolve({ url, nextUrl: links.next, stop });
    });
  });
}
