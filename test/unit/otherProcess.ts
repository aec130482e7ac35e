import { buildSync } from 'esbuild';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Another process at work on a project file, and the folder state it must leave alone. */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NODE_MODULES = realpathSync(join(ROOT, 'node_modules'));

/**
 * Every entry of a folder, recursively: kind, and for a file its size, time and sha256. Never
 * opens anything but regular files, so a pipe in the folder cannot hang it.
 */
export function folderState(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      const stat = lstatSync(path);
      if (stat.isDirectory())
        return [`${name}/ ${stat.mode}`, ...folderState(path).map((e) => `${name}/${e}`)];
      if (stat.isSymbolicLink()) return [`${name} -> ${readlinkSync(path)}`];
      if (!stat.isFile()) return [`${name} (special ${stat.mode})`];
      const sha = createHash('sha256').update(readFileSync(path)).digest('hex');
      return [`${name} ${stat.size} ${stat.mtimeMs} ${stat.mode} ${sha}`];
    });
}

const WRITE_SCRIPT = `
const Database = require('better-sqlite3');
try {
  const db = new Database(process.argv[1], { fileMustExist: true, timeout: 0 });
  db.exec('BEGIN IMMEDIATE');
  db.prepare("UPDATE meta SET value = 'Second writer' WHERE key = 'name'").run();
  db.exec('COMMIT');
  db.close();
  process.stdout.write('written');
} catch (err) {
  process.stdout.write(String(err.code));
}`;

/**
 * What a second process gets when it tries to write the project: 'written', or SQLite's error
 * code (SQLITE_BUSY while a Wayline holds its lock).
 */
export function secondWriter(path: string): string {
  const result = spawnSync(process.execPath, ['-e', WRITE_SCRIPT, path], {
    cwd: ROOT,
    env: { ...process.env, NODE_PATH: NODE_MODULES },
    encoding: 'utf8',
    timeout: 10_000,
  });
  return result.stdout || `failed: ${result.stderr}`;
}

/** The uid and gid of "nobody": a user chmod applies to, unlike root. */
const NOBODY = 65534;
export const RUNS_AS_ROOT = process.getuid?.() === 0;

let built: { dir: string; node: string; script: string } | null = null;

/** Removes the bundled child script; call it once the tests that ran it are done. */
export function removeChildBuild(): void {
  if (built) rmSync(built.dir, { recursive: true, force: true });
  built = null;
}
let user: OtherUser | null = null;

/** Makes a folder (and the files in it) readable by everyone, so `nobody` can reach them. */
export function openToAll(dir: string): void {
  chmodSync(dir, 0o755);
}

/** Who a child process runs as for the permission tests, and the Node binary it may run. */
export interface OtherUser {
  node: string;
  uid?: number;
  gid?: number;
}

/**
 * `nobody` when this process is root (for whom chmod does not stop a write), else the current
 * user; with a copy of the Node binary when the current one lives where nobody may not run it.
 */
export function otherUser(): OtherUser {
  if (user) return user;
  if (!RUNS_AS_ROOT) return (user = { node: process.execPath });
  let node = process.execPath;
  if (!nobodyCanRun(node)) {
    // One copy per Node version, shared by test runs and workers (renamed into place whole).
    node = join(tmpdir(), `wayline-test-node-${process.version}`);
    if (statSync(node, { throwIfNoEntry: false })?.size !== statSync(process.execPath).size) {
      const partial = `${node}.${process.pid}`;
      copyFileSync(process.execPath, partial);
      chmodSync(partial, 0o755);
      renameSync(partial, node);
    }
  }
  return (user = { node, uid: NOBODY, gid: NOBODY });
}

/** Bundles `entry` (a TypeScript file run as a script) for a child process. */
function build(entry: string): { dir: string; node: string; script: string } {
  if (built) return built;
  const dir = mkdtempSync(join(tmpdir(), 'wayline-child-'));
  openToAll(dir);
  // Laid out as dist/ is: a bundle one folder down, the export worker in workers/ beside it.
  const script = join(dir, 'child', 'child.cjs');
  const worker = join(dir, 'workers', 'exportWorker.cjs');
  for (const [source, outfile] of [
    [entry, script],
    ['electron/backend/export/exportWorker.ts', worker],
  ] as const) {
    buildSync({
      entryPoints: [join(ROOT, source)],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile,
      // Packages load from node_modules at run time (native ones cannot be bundled).
      packages: 'external',
      logLevel: 'error',
    });
    openToAll(dirname(outfile));
    chmodSync(outfile, 0o644);
  }
  built = { dir, node: otherUser().node, script };
  return built;
}

function nobodyCanRun(node: string): boolean {
  const probe = spawnSync(node, ['-e', ''], { uid: NOBODY, gid: NOBODY, timeout: 10_000 });
  return probe.status === 0;
}

/**
 * Runs the script `entry` with `args` in a child process, as `nobody` when this process is
 * root (for whom chmod does not stop a write); its stdout parsed as JSON.
 */
export function runAsUser<T>(entry: string, args: string[]): T {
  const { node, script } = build(entry);
  const { uid, gid } = otherUser();
  const options: SpawnSyncOptions = {
    cwd: tmpdir(),
    env: { ...process.env, NODE_PATH: NODE_MODULES },
    encoding: 'utf8',
    timeout: 20_000,
    ...(uid !== undefined ? { uid, gid } : {}),
  };
  const result = spawnSync(node, [script, ...args], options);
  const out = String(result.stdout ?? '');
  if (result.status !== 0)
    throw new Error(`child failed (${result.status}): ${String(result.stderr)}`);
  return JSON.parse(out) as T;
}
