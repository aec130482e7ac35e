import { execFileSync } from 'node:child_process';
import { linkSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { createProjectStore } from '../../electron/backend/projectStore';
import { folderState } from './otherProcess';
import { tempDir } from './fixtures';

/**
 * `wayline export --out` never writes over a project file under another name: a hard link to
 * the project named .json once replaced the whole project with its JSON export.
 */
describe('CLI export --out and import --from', () => {
  let dir: string;
  let cleanup: () => void;
  let project: string;
  const err: string[] = [];
  const run = (...argv: string[]) =>
    runCli(argv, { cwd: dir, out: () => {}, err: (l) => err.push(l) });

  beforeEach(() => {
    ({ dir, cleanup } = tempDir('wayline-cli-out-'));
    project = join(dir, 'p.wayline');
    createProjectStore(project, 'Mine').close();
    createProjectStore(join(dir, 'other.wayline'), 'Theirs').close();
    err.length = 0;
  });
  afterEach(() => cleanup());

  const refused: [string, () => string, RegExp][] = [
    [
      'a hard link to the project',
      () => (linkSync(project, join(dir, 'h.json')), 'h.json'),
      /is a project file/,
    ],
    [
      'a link to the project',
      () => (symlinkSync(project, join(dir, 's.json')), 's.json'),
      /is a project file/,
    ],
    [
      'another project',
      () => (linkSync(join(dir, 'other.wayline'), join(dir, 'o.csv')), 'o.csv'),
      /is a project file/,
    ],
    ['the project by its own path', () => 'p.wayline', /is a project file/],
    ['its -wal', () => 'p.wayline-wal', /where SQLite keeps the project's changes/],
    [
      'its -journal through a link to the folder',
      () => (symlinkSync(dir, join(dir, 'here')), join('here', 'p.wayline-journal')),
      /where SQLite keeps/,
    ],
    [
      'a named pipe',
      () => (execFileSync('mkfifo', [join(dir, 'pipe.json')]), 'pipe.json'),
      /is not a plain file/,
    ],
  ];

  it.each(refused)('refuses %s, changing nothing', async (_what, target, message) => {
    const out = target();
    const before = folderState(dir);
    expect(await run('export', 'p.wayline', '--format', 'json', '--out', out)).toBe(2);
    expect(err.join('\n')).toMatch(message);
    expect(folderState(dir)).toEqual(before);
  });

  it('import --from a named pipe or a folder is refused at once, not read for ever', async () => {
    execFileSync('mkfifo', [join(dir, 'rows.csv')]);
    const before = folderState(dir);
    expect(await run('import', 'p.wayline', '--from', 'rows.csv')).toBe(1);
    expect(await run('import', 'p.wayline', '--from', '.')).toBe(1);
    expect(err).toEqual([
      `wayline: ${join(dir, 'rows.csv')} is not a plain file`,
      `wayline: ${dir} is not a plain file`,
    ]);
    expect(folderState(dir)).toEqual(before);
  });
});
