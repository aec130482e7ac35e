/**
 * The deck opened by software we did not write: `wayline export --format pptx` on the worked
 * example, and a deck titled in several scripts, converted to PDF by LibreOffice Impress
 * (Debian's libreoffice-impress, installed by .ci/run) and read back with poppler's pdftotext.
 * The pages are also drawn to test-results/screenshots/ to be looked at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stagesOf } from '../../../../shared/model/doc';
import { cliRunner } from '../../../../test/unit/cliRunner';
import { tempDir } from '../../../../test/unit/fixtures';
import { openProjectStore } from '../../projectStore';
import { exportJourney } from '../exportJourney';
import { exportWorkerFromSource } from '../testing/exportWorkerFromSource';
import { JOURNEY_NAME, multilingualJourney, SCRIPT_SAMPLES } from '../testing/multilingualJourney';

const SCREENSHOTS = join(__dirname, '../../../../test-results/screenshots');
/** Bidi controls poppler puts around right-to-left text (lines are joined: text wraps in its box). */
const INVISIBLE = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]|\ufe0f/g;

let dir: { dir: string; cleanup: () => void };
let workerPath: string;
beforeAll(async () => {
  dir = tempDir('wayline-pptx-');
  mkdirSync(SCREENSHOTS, { recursive: true });
  workerPath = await exportWorkerFromSource();
}, 60_000);
afterAll(() => dir.cleanup());

const wayline = cliRunner(
  () => dir.dir,
  () => workerPath,
);

/**
 * Converts decks to PDF with LibreOffice in one run, with a profile of its own so that runs
 * side by side (or a desktop LibreOffice) do not share one and block each other.
 */
function toPdf(decks: string[]): void {
  const profile = pathToFileURL(join(dir.dir, 'lo-profile')).href;
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir.dir,
      ...decks,
    ],
    { timeout: 90_000, stdio: 'pipe' },
  );
}

const pdfText = (pdf: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ');
const pageCount = (pdf: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);

describe('the PowerPoint deck through LibreOffice', () => {
  it('is made by the command line and reads back as slides of the journey', async () => {
    expect((await wayline('new', 'Hotel.wayline', '--template', 'hotel-example')).code).toBe(0);
    const hotel = join(dir.dir, 'Hotel.wayline');
    const store = openProjectStore(hotel);
    // The worked example holds its current state and a future state: the deck is of the first.
    const current = Object.values(store.doc.journeys).find((j) => j.state === 'current')!;
    const stages = stagesOf(store.doc, current.id).map((s) => s.name);
    store.close();
    const before = readFileSync(hotel);
    const made = await wayline(
      'export',
      'Hotel.wayline',
      '--journey',
      current.name,
      '--format',
      'pptx',
      '--out',
      'hotel.pptx',
    );
    expect(made.code, made.err).toBe(0);
    expect(readFileSync(hotel).equals(before)).toBe(true);
    const zip = await JSZip.loadAsync(readFileSync(join(dir.dir, 'hotel.pptx')));
    expect(zip.file('ppt/presentation.xml')).not.toBeNull();

    const multilingual = multilingualJourney();
    const scripts = await exportJourney(multilingual.doc, multilingual.journeyId, 'pptx', {
      overview: false,
    });
    writeFileSync(join(dir.dir, 'scripts.pptx'), scripts.bytes);

    const started = Date.now();
    toPdf([join(dir.dir, 'hotel.pptx'), join(dir.dir, 'scripts.pptx')]);
    expect(Date.now() - started).toBeLessThan(60_000);

    const pdf = join(dir.dir, 'hotel.pdf');
    // Title, persona, overview, five stages, insights.
    expect(pageCount(pdf)).toBe(3 + stages.length + 1);
    const text = pdfText(pdf);
    for (const expected of [
      'Booking a hotel for a business trip',
      'For Maya Okafor',
      'The whole map',
      'Surprise resort fee at checkout',
      'Very negative',
      'High effort (6/7)',
      'Moment of truth',
      'Channel: Website',
      'Fees added after the price was shown',
      'Emotion and effort by stage',
      'Average emotion',
      ...stages,
    ]) {
      expect(text).toContain(expected);
    }
    execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(SCREENSHOTS, 'pptx-hotel')]);

    const scriptsPdf = join(dir.dir, 'scripts.pdf');
    const scriptsText = pdfText(scriptsPdf).normalize('NFC');
    expect(scriptsText).toContain('Trip');
    // Each script's sample, as LibreOffice sets it with the fonts this machine has.
    for (const sample of [
      SCRIPT_SAMPLES.latin,
      SCRIPT_SAMPLES.cyrillic,
      SCRIPT_SAMPLES.greek,
      SCRIPT_SAMPLES.hebrew,
      SCRIPT_SAMPLES.chinese,
      SCRIPT_SAMPLES.japanese,
      JOURNEY_NAME.split(' · ')[1]!,
    ]) {
      expect(scriptsText).toContain(sample);
    }
    execFileSync('pdftoppm', ['-r', '60', '-png', scriptsPdf, join(SCREENSHOTS, 'pptx-scripts')]);
  }, 150_000);
});
