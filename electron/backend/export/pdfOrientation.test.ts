import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticJourney, templateJourney } from '../../../shared/export/svg/exampleDocs';
import { exportJourney } from './exportJourney';

// Read back by poppler. WAYLINE_KEEP_PDF=1 keeps the PDFs for looking at.
const dir = mkdtempSync(join(tmpdir(), 'wayline-pdf-orientation-'));
afterAll(() => {
  if (!process.env.WAYLINE_KEEP_PDF) rmSync(dir, { recursive: true, force: true });
  else console.log(`PDFs kept in ${dir}`);
});

interface Word {
  text: string;
  height: number;
}

/** Page sizes as pdfinfo reads them, page by page. */
function pageSizes(file: string): string[] {
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', '9', file], { encoding: 'utf8' });
  return [...out.matchAll(/Page +\d+ size: +([\d.]+) x ([\d.]+)/g)].map(([, w, h]) =>
    Number(w) > Number(h) ? 'landscape' : 'portrait',
  );
}

/** Words of page 1 with the height of their box, as pdftotext -bbox reads them. */
function wordsOf(file: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], {
    encoding: 'utf8',
  });
  return [...html.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)].map(
    ([, top, bottom, text]) => ({ text: text!, height: Number(bottom) - Number(top) }),
  );
}

/**
 * The point size a card title prints at: poppler's word boxes are the font's ascent to descent,
 * so the page title (16 pt, the first word) gives the box height of one point.
 */
function cardTitlePt(file: string, titleWord: string, cardWord: string): number {
  const words = wordsOf(file);
  const perPoint = words.find((w) => w.text === titleWord)!.height / 16;
  const card = words.filter((w) => w.text === cardWord).map((w) => w.height);
  return Math.max(...card) / perPoint;
}

async function exportPdf(name: string, example: ReturnType<typeof templateJourney>, options = {}) {
  const file = join(dir, `${name}.pdf`);
  const out = await exportJourney(example.doc, example.journeyId, 'pdf', options);
  writeFileSync(file, out.bytes);
  return { file, notes: out.notes };
}

describe('PDF orientation "auto" (the default)', () => {
  it('prints the worked example on portrait A4, its text larger than on landscape', async () => {
    const example = templateJourney('hotel-example');
    const auto = await exportPdf('worked-auto', example);
    const landscape = await exportPdf('worked-landscape', example, { orientation: 'landscape' });
    // The map page is portrait; so is the insights page, taller than wide with the CX index.
    expect(pageSizes(auto.file)).toEqual(['portrait', 'portrait']);
    expect(pageSizes(landscape.file)).toEqual(['landscape', 'landscape']);
    expect(auto.notes[0]).toBe(
      'Fitted to one A4 portrait page at 35% of the canvas size; card text prints at 4.1 pt.',
    );
    expect(landscape.notes[0]).toContain('at 27% of the canvas size; card text prints at 3.2 pt');
    // A card title (14 px on the canvas) as poppler measures it: 4.8 pt instead of 3.7 pt.
    const before = cardTitlePt(landscape.file, 'Booking', 'Reads');
    const after = cardTitlePt(auto.file, 'Booking', 'Reads');
    expect(before).toBeCloseTo(14 * 0.266, 0);
    expect(after).toBeCloseTo(14 * 0.345, 0);
    expect(after / before).toBeGreaterThan(1.25);
    // Still under 6 pt: the note says what prints it legibly.
    expect(auto.notes[1]).toBe(
      'At 4.1 pt the text is very small to read (6 pt or more is comfortable). One A3 ' +
        'portrait page prints it at 6.1 pt, and tiling prints it at 9 pt across 6 A4 ' +
        'portrait pages.',
    );
  });

  it('prints a tall map half as large again as on landscape, and tiles it on fewer pages', async () => {
    const tall = syntheticJourney({ stages: 3, touchpointsPerStage: 12 });
    const auto = await exportPdf('tall-auto', tall, { insights: false });
    const landscape = await exportPdf('tall-landscape', tall, {
      insights: false,
      orientation: 'landscape',
    });
    expect(pageSizes(auto.file)).toEqual(['portrait']);
    const before = cardTitlePt(landscape.file, 'Synthetic', 'Card');
    const after = cardTitlePt(auto.file, 'Synthetic', 'Card');
    expect(after / before).toBeGreaterThan(1.45);
    expect(auto.notes[0]).toContain('card text prints at 2.8 pt');
    expect(landscape.notes[0]).toContain('card text prints at 1.8 pt');
    const tiled = await exportPdf('tall-tiled', tall, { insights: false, tile: true });
    expect(pageSizes(tiled.file)).toEqual(Array(5).fill('landscape'));
    expect(tiled.notes[0]).toMatch(/^Tiled across 5 A4 landscape pages \(5 × 1\)/);
  });
});
