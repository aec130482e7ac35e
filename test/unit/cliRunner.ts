import { afterAll, beforeAll } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { exportWorkerFromSource } from '../../electron/backend/export/testing/exportWorkerFromSource';
import { tempDir } from './fixtures';

/** What one run of the command line printed, by stream, and its exit code. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/**
 * The command line in process, as users run it, in `cwd()` with the export worker at
 * `workerPath()` (both read at each run: suites set them up in `beforeAll`).
 */
export function cliRunner(cwd: () => string, workerPath: () => string) {
  return async (...argv: string[]): Promise<CliRun> => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(argv, {
      cwd: cwd(),
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      exportWorkerPath: workerPath(),
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
}

/**
 * A suite of command-line tests: a temp folder and the export worker, made once before the
 * suite (`setUp` then runs in that folder) and removed after it. `folder()` is the folder.
 */
export function cliSuite(prefix: string, setUp?: (folder: string) => void) {
  let dir: { dir: string; cleanup: () => void } | undefined;
  let workerPath = '';
  beforeAll(async () => {
    dir = tempDir(prefix);
    workerPath = await exportWorkerFromSource();
    setUp?.(dir.dir);
  }, 60_000);
  afterAll(() => dir?.cleanup());
  const folder = () => {
    if (!dir) throw new Error('cliSuite: the folder exists only while the suite runs');
    return dir.dir;
  };
  return { folder, wayline: cliRunner(folder, () => workerPath) };
}
