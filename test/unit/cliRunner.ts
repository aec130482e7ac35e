import { runCli } from '../../electron/cli/run';

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
