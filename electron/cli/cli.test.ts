import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliSuite } from '../../test/unit/cliRunner';
import { fileState } from '../../test/unit/fixtures';
import { journeyList } from '../../shared/model/doc';
import { JOURNEY_TEMPLATES } from '../../shared/model/templates';
import { openProjectStore } from '../backend/projectStore';

/** The command line in process, as users run it; what it printed, by stream. */
const { folder, wayline } = cliSuite('wayline-cli-');

const pageCount = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

describe('wayline new', () => {
  it.each(JOURNEY_TEMPLATES.map((t) => t.id))('makes a project that opens, from %s', async (id) => {
    const template = JOURNEY_TEMPLATES.find((t) => t.id === id)!;
    const run = await wayline('new', `from-${id}`, '--template', id);
    expect(run.code, run.err).toBe(0);
    const file = join(folder(), `from-${id}.wayline`);
    expect(run.out).toContain(`Made ${file}`);
    const store = openProjectStore(file);
    try {
      expect(store.doc.info.name).toBe(`from-${id}`);
      const journeys = journeyList(store.doc);
      // A template with a future state makes it too, as "Create future state" would.
      const future = template.futureState ? [`${template.journeyName} (future state)`] : [];
      expect(journeys.map((j) => j.name)).toEqual([template.journeyName, ...future]);
      const copies = journeys.length;
      expect(Object.keys(store.doc.stages)).toHaveLength(template.stages.length * copies);
      expect(Object.keys(store.doc.lanes)).toHaveLength(template.lanes.length * copies);
      expect(Object.keys(store.doc.touchpoints)).toHaveLength(
        (template.cards?.length ?? 0) * copies,
      );
    } finally {
      store.close();
    }
  });

  it('names the project with --name, and starts from the lifecycle by default', async () => {
    const run = await wayline('new', 'Named.wayline', '--name', 'Hotel study');
    expect(run.code, run.err).toBe(0);
    const store = openProjectStore(join(folder(), 'Named.wayline'));
    try {
      expect(store.doc.info.name).toBe('Hotel study');
      expect(Object.keys(store.doc.stages)).toHaveLength(8);
    } finally {
      store.close();
    }
  });

  it('takes a template by its short name too (--template hotel), as --help lists it', async () => {
    const run = await wayline('new', 'Hotel.wayline', '--template', 'Hotel');
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('Worked example');
    expect((await wayline('--help')).out).toMatch(/hotel-example .*\(or hotel, worked-example\)/);
  });

  it('never replaces a file that exists', async () => {
    expect((await wayline('new', 'Taken.wayline')).code).toBe(0);
    const project = join(folder(), 'Taken.wayline');
    const before = fileState(project);
    const again = await wayline('new', 'Taken.wayline', '--template', 'blank');
    expect(again.code).toBe(1);
    expect(again.err).toContain('already exists');
    expect(fileState(project)).toEqual(before);

    const other = join(folder(), 'notes.wayline');
    writeFileSync(other, 'my notes');
    const notesBefore = fileState(other);
    const notes = await wayline('new', 'notes.wayline');
    expect(notes.code).toBe(1);
    expect(notes.err).toContain('Choose another name');
    expect(fileState(other)).toEqual(notesBefore);
    expect(readFileSync(other, 'utf8')).toBe('my notes');
  });

  it('answers an unknown template by listing the templates, and makes nothing', async () => {
    const run = await wayline('new', 'Odd.wayline', '--template', 'kanban');
    expect(run.code).toBe(2);
    expect(run.err).toContain(
      `--template: there is no template "kanban"; the templates are ${JOURNEY_TEMPLATES.map((t) => t.id).join(', ')}`,
    );
    expect(existsSync(join(folder(), 'Odd.wayline'))).toBe(false);
    expect((await wayline('constructor', 'Odd.wayline')).err).toContain('unknown command');
    const stray = await wayline('new', 'Odd.wayline', '--format', 'pdf');
    expect(stray.code).toBe(2);
    expect(stray.err).toContain('--format is not an option of "wayline new"');
  });

  it('is in --help, with every template from the registry', async () => {
    const help = await wayline('--help');
    expect(help.out).toContain('wayline new FILE.wayline [--template NAME] [--name NAME]');
    for (const t of JOURNEY_TEMPLATES)
      expect(help.out).toMatch(new RegExp(`${t.id} +${t.label.replace(/[()]/g, '\\$&')}`));
  });
});

describe('wayline export options', () => {
  it('leaves the PDF insights page out with --no-insights', async () => {
    expect((await wayline('new', 'Trip.wayline', '--template', 'hotel-example')).code).toBe(0);
    const withPage = await wayline(
      'export',
      'Trip.wayline',
      '--journey',
      'Booking a hotel for a business trip',
      '--format',
      'pdf',
      '--out',
      'with.pdf',
    );
    expect(withPage.code, withPage.err).toBe(0);
    const without = await wayline(
      'export',
      'Trip.wayline',
      '--journey',
      'Booking a hotel for a business trip',
      '--format',
      'pdf',
      '--no-insights',
      '--out',
      'without.pdf',
    );
    expect(without.code, without.err).toBe(0);
    expect(pageCount(join(folder(), 'with.pdf'))).toBe(2);
    expect(pageCount(join(folder(), 'without.pdf'))).toBe(1);
  }, 60_000);

  it('refuses an option of another format, or a bad value, naming the flag', async () => {
    const foreign = await wayline('export', 'Trip.wayline', '--format', 'pdf', '--scale', '2');
    expect(foreign.code).toBe(2);
    expect(foreign.err).toContain('wayline: --scale is an option of png, not of pdf');
    const bad = await wayline('export', 'Trip.wayline', '--format', 'png', '--scale', '5');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('wayline: --scale: must be one of 1, 2, 3');
  });
});
