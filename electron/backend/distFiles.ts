import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A file the build puts in dist/ (a browser script the backend serves or inlines): beside the
 * bundle that runs this (every bundle sits one folder under dist/), or in dist/ of the
 * repository when run from source (tests; their global setup builds it).
 */
export function distFile(relative: string, what: string): string {
  const candidates = [
    join(__dirname, '..', relative),
    join(__dirname, '..', '..', 'dist', relative),
  ];
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `${what} is missing from this installation (dist/${relative}). Run \`npm run build\`.`,
    );
  }
  return found;
}
