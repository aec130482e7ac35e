/**
 * Exports in every script the editor shows: a journey with a card in each (SCRIPT_SAMPLES)
 * exported to SVG, PNG and PDF, the PDF read back by poppler, the PNG's glyphs checked one by
 * one, and the command line's "no glyph" note given only for what no bundled font has.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateJourney } from '../../../shared/export/svg/exampleDocs';
import { pngHeader } from '../../../shared/export/pngHeader';
import { drawnText, parseSvg } from '../../../shared/export/svg/svgTree.test-support';
import { cliRunner } from '../../../test/unit/cliRunner';
import { tempDir } from '../../../test/unit/fixtures';
import { openProjectStore } from '../projectStore';
import { exportJourney } from './exportJourney';
import { FontRuns } from './fontRuns';
import { PngFonts } from './pngFonts';
import { exportWorkerFromSource } from './testing/exportWorkerFromSource';
import { JOURNEY_NAME, multilingualJourney, SCRIPT_SAMPLES } from './testing/multilingualJourney';

const SCREENSHOTS = join(__dirname, '../../../test-results/screenshots');
const samples = Object.values(SCRIPT_SAMPLES);
/** Bidi controls poppler puts around right-to-left text, and emoji variation selectors. */
const INVISIBLE = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]|\ufe0f/g;

let dir: { dir: string; cleanup: () => void };
beforeAll(() => {
  dir = tempDir('wayline-scripts-');
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(() => dir.cleanup());

const journey = multilingualJourney();
const exported = (format: 'svg' | 'png' | 'pdf') =>
  exportJourney(journey.doc, journey.journeyId, format, {});

/** The font families the twelve scripts take, each once (Noto Sans has Devanagari itself). */
const FAMILIES_USED = [
  'Inter',
  'Noto Emoji',
  'Noto Sans Arabic',
  'Noto Sans',
  'Noto Sans Hebrew',
  'Noto Sans JP',
  'Noto Sans KR',
  'Noto Sans SC',
  'Noto Sans Thai',
];

describe('exports in every script', () => {
  it('prints every card title as text in the PDF, found in the order typed', async () => {
    const out = await exported('pdf');
    const file = join(dir.dir, 'scripts.pdf');
    writeFileSync(file, out.bytes);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const found = text.replace(INVISIBLE, '');
    for (const sample of samples) expect(found).toContain(sample.replace(INVISIBLE, ''));
    // The page titles, and the insights page's lists of cards.
    expect(found).toContain(`${JOURNEY_NAME}: insights`);
    const insights = execFileSync('pdftotext', ['-f', '2', '-l', '2', '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
    }).replace(INVISIBLE, '');
    for (const title of ['こんにちは世界', 'สวัสดีชาวโลก', 'Привет, мир', SCRIPT_SAMPLES.emoji]) {
      expect(insights).toContain(title.replace(INVISIBLE, ''));
    }
    expect(out.notes.join('\n')).not.toMatch(/glyph/);
    // The first page, to look at.
    execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', file, join(dir.dir, 'p')]);
    writeFileSync(
      join(SCREENSHOTS, 'export-scripts-pdf.png'),
      readFileSync(join(dir.dir, 'p-1.png')),
    );
    // Fonts are subset to the glyphs drawn: twelve scripts stay a small file.
    expect(out.bytes.length).toBeLessThan(400_000);
  }, 60_000);

  it('has a font with a glyph for every character of every script', () => {
    const runs = new FontRuns();
    for (const sample of samples) runs.runs(sample, 600);
    expect([...runs.missing]).toEqual([]);
    const families = new Set([...runs.used.values()].map((u) => u.file.family));
    expect([...families].sort()).toEqual([...FAMILIES_USED].sort());
  });

  it('draws a glyph, not a missing-glyph box or nothing, for every character in the PNG', async () => {
    const out = await exported('png');
    writeFileSync(join(SCREENSHOTS, 'export-scripts.png'), out.bytes);
    expect(out.notes).toEqual([]);
    expect(pngHeader(Buffer.from(out.bytes)).width).toBeGreaterThan(0);
    // Each grapheme drawn alone, as the PNG draws text, against what a character no font has
    // (a private-use one) comes out as.
    const fonts = new PngFonts();
    const draw = (text: string) => {
      const svg =
        '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="40">' +
        `<text x="8" y="28" font-size="24" font-weight="600">${text}</text></svg>`;
      const prepared = fonts.prepare(svg);
      return new Resvg(prepared.svg, { font: prepared.font }).render().pixels;
    };
    const ink = (pixels: Buffer) => pixels.filter((_, i) => i % 4 === 3 && pixels[i]! > 0).length;
    const missing = draw('\ue000');
    const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });
    for (const sample of samples) {
      for (const { segment } of segmenter.segment(sample)) {
        if (!/\S/.test(segment)) continue;
        const pixels = draw(segment);
        expect(ink(pixels), `${sample}: ${segment}`).toBeGreaterThan(10);
        expect(pixels.equals(missing), `${sample}: ${segment}`).toBe(false);
      }
    }
  }, 60_000);

  it('draws each weight in its own face, in Latin and in other scripts', () => {
    const fonts = new PngFonts();
    const ink = (text: string, weight: number) => {
      const svg =
        '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40">' +
        `<text x="4" y="28" font-size="20" font-weight="${weight}">${text}</text></svg>`;
      const prepared = fonts.prepare(svg);
      const pixels = new Resvg(prepared.svg, { font: prepared.font }).render().pixels;
      return pixels.reduce((sum, value, i) => (i % 4 === 3 ? sum + value : sum), 0);
    };
    for (const text of ['Some words about it', 'Привет, мир', 'שלום עולם']) {
      expect(ink(text, 600), text).toBeGreaterThan(ink(text, 400) * 1.1);
      expect(ink(text, 700), text).toBeGreaterThan(ink(text, 600));
    }
  });

  it('embeds in the SVG only the fonts its text needs', async () => {
    const out = await exported('svg');
    const svg = Buffer.from(out.bytes).toString('utf8');
    // Well-formed, with every title as text, in the order typed (a viewer applies bidi).
    const titles = drawnText(parseSvg(svg));
    for (const sample of samples) expect(titles).toContain(sample);
    const faces = [...svg.matchAll(/@font-face\{font-family:'([^']+)'/g)].map((m) => m[1]);
    expect(new Set(faces)).toEqual(new Set(FAMILIES_USED));
    expect(svg).toMatch(/font-family="Inter, 'Noto Sans', .*'Noto Emoji', sans-serif"/);
    expect(out.bytes.length).toBeLessThan(2_000_000);
    const hotel = templateJourney('hotel-example');
    const latin = await exportJourney(hotel.doc, hotel.journeyId, 'svg', {});
    const latinFaces = Buffer.from(latin.bytes)
      .toString('utf8')
      .match(/@font-face\{[^}]*\}/g);
    expect(latinFaces?.every((f) => f.includes("font-family:'Inter'"))).toBe(true);
  });
});

describe('the command line on text in every script', () => {
  let workerPath: string;
  beforeAll(async () => {
    workerPath = await exportWorkerFromSource();
  }, 60_000);

  const wayline = cliRunner(
    () => dir.dir,
    () => workerPath,
  );

  /** Titles the project's touchpoints with `titles`, through the store. */
  function retitle(file: string, titles: readonly string[]) {
    const store = openProjectStore(file);
    try {
      const ids = Object.keys(store.doc.touchpoints);
      store.apply(
        titles.map((title, i) => ({ type: 'updateTouchpoint', id: ids[i]!, patch: { title } })),
      );
    } finally {
      store.close();
    }
  }

  /** The worked example's journey exported to PDF and to PNG, as `prefix`.pdf and `prefix`.png. */
  async function exportPdfAndPng(file: string, prefix: string) {
    const runs = [];
    for (const format of ['pdf', 'png']) {
      runs.push(
        await wayline(
          'export',
          file,
          '--journey',
          'Booking a hotel for a business trip',
          '--format',
          format,
          '--out',
          `${prefix}.${format}`,
        ),
      );
    }
    return runs;
  }

  it('says nothing about glyphs for these scripts, and names a character no font has', async () => {
    expect((await wayline('new', 'Scripts.wayline', '--template', 'hotel-example')).code).toBe(0);
    const file = join(dir.dir, 'Scripts.wayline');
    retitle(file, samples);
    for (const run of await exportPdfAndPng(file, 's')) {
      expect(run.code, run.err).toBe(0);
      expect(`${run.out}\n${run.err}`).not.toMatch(/glyph/);
    }
    // A private-use character and an Egyptian hieroglyph: no bundled font has either.
    retitle(file, ['Private \ue000 and ancient 𓀀']);
    for (const run of await exportPdfAndPng(file, 'u')) {
      expect(run.code, run.err).toBe(0);
      expect(`${run.out}\n${run.err}`).toMatch(/no glyph for U\+E000 𓀀/);
    }
  }, 120_000);
});
