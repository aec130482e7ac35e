import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFixture } from '../../bench/fixture';
import { pdfText, pngSize } from './support/files';
import { seedProject } from './support/seed';
import { EXPORT_FORMATS } from '../../shared/export/formats';
import { runWayline } from './support/cli';
import { makeTempDir } from './support/server';

let dir: ReturnType<typeof makeTempDir>;
test.beforeEach(() => {
  dir = makeTempDir();
});
test.afterEach(() => dir.remove());

function wayline(...args: string[]) {
  return waylineWith({}, ...args);
}

function waylineWith(env: Record<string, string>, ...args: string[]) {
  return runWayline(dir.path, env, args);
}

test('wayline --help explains both commands; a wrong command line exits 2', () => {
  const help = wayline('--help');
  expect(help.code).toBe(0);
  expect(help.out).toContain('wayline export FILE.wayline --format FORMAT');
  expect(help.out).toContain('wayline import FILE.wayline --from');
  expect(help.out).toContain('wayline new FILE.wayline [--template NAME] [--name NAME]');
  expect(help.out).toContain('--insights, --no-insights');
  expect(help.out).toContain('service-blueprint');
  const made = wayline('new', 'Fresh', '--template', 'blank');
  expect(made.code, made.err).toBe(0);
  expect(made.out).toContain('Fresh.wayline');
  const wrong = wayline('export', 'x.wayline', '--format', 'docx');
  expect(wrong.code).toBe(2);
  expect(wrong.err).toContain(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  expect(wayline('frobnicate').code).toBe(2);
});

test('wayline export writes every format from a project file', () => {
  const project = join(dir.path, 'Trip.wayline');
  seedProject(project, 'Trip', ['hotel-example', 'lifecycle']);
  const journey = 'Booking a hotel for a business trip';

  // Two journeys: the command asks which.
  const ask = wayline('export', 'Trip.wayline', '--format', 'svg');
  expect(ask.code).toBe(2);
  expect(ask.err).toContain(`"${journey}"`);

  for (const format of ['svg', 'png', 'pdf', 'json', 'csv', 'canvas', 'mermaid']) {
    const out = join(dir.path, `out.${format}`);
    const run = wayline(
      'export',
      'Trip.wayline',
      '--journey',
      journey,
      '--format',
      format,
      '--out',
      out,
    );
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain(`Wrote ${out}`);
    expect(existsSync(out)).toBe(true);
  }
  expect(pngSize(join(dir.path, 'out.png')).width).toBeGreaterThan(1000);
  expect(pdfText(join(dir.path, 'out.pdf'))).toContain('Expense');
  expect(JSON.parse(readFileSync(join(dir.path, 'out.json'), 'utf8')).format).toBe('wayline');

  const missing = wayline('export', 'Nope.wayline', '--format', 'svg');
  expect(missing.code).toBe(1);
  expect(missing.err).toMatch(/wayline: .*Nope\.wayline/);
});

test('wayline import adds CSV rows to a new project file, and a broken file changes nothing', () => {
  writeFileSync(
    join(dir.path, 'cards.csv'),
    'stage,title,emotion,effort\nAwareness,Sees an ad,1,2\nPurchase,Pays,-1,5\n',
  );
  const run = wayline('import', 'New.wayline', '--from', 'cards.csv');
  expect(run.code, run.err).toBe(0);
  expect(run.out).toContain('Imported');
  const csv = join(dir.path, 'back.csv');
  expect(wayline('export', 'New.wayline', '--format', 'csv', '--out', csv).code).toBe(0);
  expect(readFileSync(csv, 'utf8')).toContain('Sees an ad');

  writeFileSync(join(dir.path, 'bad.json'), '{ "format": "wayline", ');
  const before = readFileSync(join(dir.path, 'New.wayline'));
  const bad = wayline('import', 'New.wayline', '--from', 'bad.json');
  expect(bad.code).toBe(1);
  expect(bad.err).toContain('nothing was imported');
  expect(readFileSync(join(dir.path, 'New.wayline')).equals(before)).toBe(true);
});

test('the command line never overwrites a project, and refuses a CSV with bad rows unless told', () => {
  writeFileSync(join(dir.path, 'ok.csv'), 'Title,Stage\nSees an ad,Awareness\n');
  // Named without the extension: the project file gets it, as in the app.
  expect(wayline('import', 'Trip', '--from', 'ok.csv').code).toBe(0);
  expect(existsSync(join(dir.path, 'Trip.wayline'))).toBe(true);

  const before = readFileSync(join(dir.path, 'Trip.wayline'));
  const clobber = wayline('export', 'Trip.wayline', '--format', 'csv', '--out', 'Trip.wayline');
  expect(clobber.code).toBe(2);
  expect(clobber.err).toContain('is a project file');
  expect(readFileSync(join(dir.path, 'Trip.wayline')).equals(before)).toBe(true);

  writeFileSync(join(dir.path, 'mixed.csv'), 'Title,Stage,Emotion\nGood,S,1\nBad,S,9\n');
  const refused = wayline('import', 'Trip.wayline', '--from', 'mixed.csv');
  expect(refused.code).toBe(1);
  expect(refused.err).toContain('row 3');
  expect(refused.err).toContain('--skip-bad-rows');
  expect(readFileSync(join(dir.path, 'Trip.wayline')).equals(before)).toBe(true);

  const skipped = wayline('import', 'Trip.wayline', '--from', 'mixed.csv', '--skip-bad-rows');
  expect(skipped.code, skipped.err).toBe(0);
  expect(skipped.out).toContain('Imported');
});

test('an export stopped at its memory cap or time limit says why, and the project is unchanged', () => {
  const project = join(dir.path, 'Trip.wayline');
  seedProject(project, 'Trip', ['hotel-example']);
  const before = readFileSync(project);
  const oom = waylineWith(
    { WAYLINE_EXPORT_MEMORY_LIMIT_MB: '16' },
    'export',
    'Trip',
    '--format',
    'png',
  );
  expect(oom.code).toBe(1);
  // A loaded machine may take over a second to get there, and print a progress line first.
  expect(oom.err.split('\n').filter((line) => line.startsWith('wayline:'))).toEqual([
    'wayline: The export ran out of memory (limit 16 MB) and was stopped. Your project is unchanged; try a smaller scale, SVG, or a tiled PDF.',
  ]);
  expect(readdirSync(dir.path)).toEqual(['Trip.wayline']);
  expect(readFileSync(project).equals(before)).toBe(true);

  // A long export prints its progress: 2,000 cards take seconds to draw as a PDF.
  const big = join(dir.path, 'Big.wayline');
  writeFixture(big, 2000);
  const slow = waylineWith(
    { WAYLINE_EXPORT_TIME_LIMIT_MS: '2500' },
    'export',
    'Big',
    '--format',
    'pdf',
  );
  expect(slow.code).toBe(1);
  expect(slow.err).toMatch(/^Drawing the map… \(\d+\/\d+, \d+ s\)$/m);
  expect(slow.err).toContain(
    'wayline: The export took longer than 2.5 seconds and was stopped. Your project is unchanged;',
  );
  expect(readdirSync(dir.path).sort()).toEqual(['Big.wayline', 'Trip.wayline']);
});
