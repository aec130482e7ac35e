import { resolve } from 'node:path';

/**
 * The .wayline file a launch asked for: the last argument that names one, ignoring switches
 * (Chromium adds its own) and the executable itself. Resolved against `cwd`, because a second
 * instance's arguments are relative to where it was started, not to us.
 */
export function projectPathFromArgv(argv: readonly string[], cwd: string): string | null {
  const candidates = argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.wayline'));
  const last = candidates.at(-1);
  return last === undefined ? null : resolve(cwd, last);
}
