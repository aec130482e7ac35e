import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The command line as users run it (`npx wayline` runs bin/wayline.cjs), in plain Node. */
export const WAYLINE_BIN = join(import.meta.dirname, '..', '..', '..', 'bin', 'wayline.cjs');

export function runWayline(cwd: string, env: Record<string, string>, args: string[]) {
  const run = spawnSync(process.execPath, [WAYLINE_BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}
