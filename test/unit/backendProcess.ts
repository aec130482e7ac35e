import { build } from 'esbuild';
import { join } from 'node:path';
import type { BackendChild, Launcher } from '../../electron/backend/process/backendClient';
import { nodeLauncher } from '../../electron/backend/process/nodeLauncher';
import type { BackendStartOptions } from '../../electron/backend/process/protocol';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Bundles a backend entry (the real one, or a test's) into `outDir`, as electron/build.mjs
 * does, so tests run real backend processes without a full build.
 */
export async function bundleBackend(
  outDir: string,
  entry = 'electron/backend/process/backendMain.ts',
): Promise<string> {
  const outfile = join(outDir, `${entry.replace(/[^a-z]+/gi, '-')}.cjs`);
  await build({
    entryPoints: [join(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    // Packages load from the repository's node_modules (NODE_PATH below), natives included.
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}

/** The environment a bundle outside the repository needs to find its packages. */
export function backendEnv(): NodeJS.ProcessEnv {
  return { ...process.env, NODE_PATH: join(ROOT, 'node_modules') };
}

/** A Node launcher that keeps every child it started, so a test can kill one. */
export function recordingLauncher(bundle: string): Launcher & { children: BackendChild[] } {
  const inner = nodeLauncher(bundle, { env: backendEnv() });
  const children: BackendChild[] = [];
  return {
    children,
    spawn(args) {
      const child = inner.spawn(args);
      children.push(child);
      return child;
    },
  };
}

/** How tests start a backend process: browser mode, with settings and new projects in `dir`. */
export function browserStart(dir: string): Omit<BackendStartOptions, 'firstRevision'> {
  return {
    mode: 'browser',
    settingsDir: join(dir, 'settings'),
    defaultDirectory: dir,
    canPickFiles: false,
  };
}
