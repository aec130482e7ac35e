import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { openProjectStore } from '../../electron/backend/projectStore';
import { fileState, tempDir } from './fixtures';

/** `wayline import` of a 100-row CSV with one quote that never closes (row 3). */
describe('CLI import of a CSV with an unbalanced quote', () => {
  let dir: string;
  let cleanup: () => void;
  const lines: { out: string[]; err: string[] } = { out: [], err: [] };
  const run = (...argv: string[]) => {
    lines.out = [];
    lines.err = [];
    return runCli(argv, {
      cwd: dir,
      out: (l) => lines.out.push(l),
      err: (l) => lines.err.push(l),
    });
  };

  beforeEach(() => {
    ({ dir, cleanup } = tempDir('wayline-cli-quotes-'));
    const rows = ['Title,Stage'];
    for (let row = 2; row <= 101; row++) rows.push(row === 3 ? '"Card 3,S' : `Card ${row},S`);
    writeFileSync(join(dir, 'cards.csv'), rows.join('\n') + '\n');
    writeFileSync(join(dir, 'one.csv'), 'Title,Stage\nFirst,S\n');
  });
  afterEach(() => cleanup());

  it('prints the row and the rows it took, imports nothing without --skip-bad-rows', async () => {
    expect(await run('import', 'Trip.wayline', '--from', 'one.csv')).toBe(0);
    const before = fileState(join(dir, 'Trip.wayline'));
    expect(await run('import', 'Trip.wayline', '--from', 'cards.csv')).toBe(1);
    expect(lines.err[0]).toBe(
      'row 3: a quote opens in this row and never closes, so it swallowed the 98 rows after it (to the end of the file); this row is left out and the rows after it are read on their own [runaway_quote]',
    );
    expect(lines.err.at(-1)).toMatch(/1 row\(s\) cannot be imported, so nothing was/);
    expect(fileState(join(dir, 'Trip.wayline')).sha256).toBe(before.sha256);
  });

  it('with --skip-bad-rows imports the 99 good rows, the 98 after the quote included', async () => {
    expect(await run('import', 'Trip.wayline', '--from', 'cards.csv', '--skip-bad-rows')).toBe(0);
    expect(lines.out.at(-1)).toMatch(/Imported .*99 cards/);
    const store = openProjectStore(join(dir, 'Trip.wayline'));
    try {
      const titles = Object.values(store.doc.touchpoints).map((t) => t.title);
      expect(titles).toHaveLength(99);
      expect(titles).toContain('Card 4');
      expect(titles).toContain('Card 101');
      expect(titles).not.toContain('Card 3');
    } finally {
      store.close();
    }
  });
});
