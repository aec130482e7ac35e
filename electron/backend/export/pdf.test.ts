import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPdf, type PdfOptions } from './pdf';
import { sampleMapSvg } from './testing/sampleMapSvg';
import { pngHeader } from '../../../shared/export/pngHeader';
import { wholeSvg } from '../../../shared/export/svg/svgPieces';

// The PDFs are opened by poppler, software we did not write.
const dir = mkdtempSync(join(tmpdir(), 'wayline-pdf-'));
// Set WAYLINE_KEEP_PDF=1 to keep the PDFs and page images for looking at.
afterAll(() => {
  if (!process.env.WAYLINE_KEEP_PDF) rmSync(dir, { recursive: true, force: true });
  else console.log(`PDF test output kept in ${dir}`);
});

const base: PdfOptions = {
  paper: 'a4',
  orientation: 'landscape',
  tile: false,
  title: 'Onboarding',
  date: new Date(2025, 2, 14),
};

async function exportTo(
  name: string,
  svg: ReturnType<typeof sampleMapSvg>,
  options: Partial<PdfOptions>,
) {
  const map = wholeSvg(svg.svg, svg.width, svg.height);
  const result = await renderPdf(map, { ...base, ...options });
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, result.pdf);
  return { ...result, file };
}

const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });

function info(file: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of poppler('pdfinfo', '-enc', 'UTF-8', file).split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) fields[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return fields;
}

/** pdfinfo's "Page size: 841.89 x 595.28 pts (A4)" as numbers. */
function pageSizeOf(file: string): [number, number] {
  const match = /([\d.]+) x ([\d.]+) pts/.exec(info(file)['Page size'] ?? '');
  return [Number(match?.[1]), Number(match?.[2])];
}

/** Renders every page to PNG at 50 dpi; returns the PNGs' sizes (read from their IHDR). */
function renderPages(file: string): { width: number; height: number; bytes: number }[] {
  const prefix = file.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-png', '-r', '50', file, prefix]);
  const name = prefix.split('/').at(-1) ?? '';
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => {
      const png = readFileSync(join(dir, f));
      const { width, height } = pngHeader(png);
      return { width, height, bytes: png.length };
    });
}

describe('renderPdf, fitted to one page', () => {
  it('has the map text as real, searchable text, in embedded Inter', async () => {
    const out = await exportTo('fit', sampleMapSvg(), { title: 'Onboarding — “Łódź” €' });
    expect(out.pages).toBe(1);
    const text = poppler('pdftotext', '-enc', 'UTF-8', out.file, '-');
    for (const expected of [
      'Awareness',
      'Łódź € stage',
      'Purchase',
      'Sees an “ad” & clicks',
      'Reads <reviews>',
      'Touchpoints',
      'Onboarding — “Łódź” €',
      'Made with Wayline · 2025-03-14',
    ]) {
      expect(text).toContain(expected);
    }
    const fonts = poppler('pdffonts', out.file);
    expect(fonts).toMatch(/Inter-Regular/);
    expect(fonts).toMatch(/Inter-SemiBold/);
    expect(fonts).toMatch(/Inter-Bold/);
    expect(fonts).not.toMatch(/Helvetica/);
    // Every font is embedded ("emb" column yes).
    const rows = fonts.split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/\byes\s+yes\s+yes\b/);
  });

  it('sets the title and creator, and the page size of the chosen paper', async () => {
    const cases = [
      ['a4', 'landscape', 841.89, 595.28],
      ['a3', 'portrait', 841.89, 1190.55],
      ['letter', 'landscape', 792, 612],
      ['tabloid', 'portrait', 792, 1224],
    ] as const;
    for (const [paper, orientation, width, height] of cases) {
      const out = await exportTo(`paper-${paper}`, sampleMapSvg(), { paper, orientation });
      const fields = info(out.file);
      expect(fields.Pages).toBe('1');
      expect(fields.Title).toBe('Onboarding');
      expect(fields.Creator).toBe('Wayline');
      const [w, h] = pageSizeOf(out.file);
      expect(w).toBeCloseTo(width, 0);
      expect(h).toBeCloseTo(height, 0);
      expect(out.notes[0]).toMatch(
        /^Fitted to one .* page at \d+% of the canvas size; card text prints at [\d.]+ pt\.$/,
      );
    }
  });

  it('renders without errors, and the page is not blank', async () => {
    const out = await exportTo('render', sampleMapSvg(), {});
    const [page] = renderPages(out.file);
    // A4 landscape at 50 dpi.
    expect(page?.width).toBe(585);
    expect(page?.height).toBe(414);
    // A blank white page compresses to well under a kilobyte.
    expect(page?.bytes).toBeGreaterThan(3000);
  });

  it('fits a huge map on one page and says the text gets small', async () => {
    const stages = Array.from({ length: 60 }, (_, i) => `Stage ${i + 1}`);
    const cards = stages.map((_, s) =>
      Array.from({ length: 12 }, (_, c) => `Card ${s + 1}.${c + 1}`),
    );
    const out = await exportTo('huge', sampleMapSvg({ stages, cards }), {});
    expect(out.pages).toBe(1);
    expect(info(out.file).Pages).toBe('1');
    const text = poppler('pdftotext', '-enc', 'UTF-8', out.file, '-');
    expect(text).toContain('Stage 60');
    expect(text).toContain('Card 60.12');
    expect(out.notes.join('\n')).toMatch(/very small/);
    expect(renderPages(out.file)).toHaveLength(1);
  });

  it('keeps hostile text as text, never as PDF syntax', async () => {
    const hostile = ')>> /JS (app.alert(1)) /S /JavaScript <<';
    const out = await exportTo('hostile', sampleMapSvg({ stages: [hostile], cards: [[hostile]] }), {
      title: hostile,
    });
    const fields = info(out.file);
    expect(fields.Title).toBe(hostile);
    expect(fields.JavaScript).toBe('no');
    expect(poppler('pdfinfo', '-js', out.file)).not.toMatch(/app\.alert/);
    const text = poppler('pdftotext', '-enc', 'UTF-8', out.file, '-');
    // The title line, the stage name and the card title.
    expect(text.split(hostile).length - 1).toBeGreaterThanOrEqual(3);
  });

  it('reports characters no export font can draw, and only those', async () => {
    const stages = ['東京', 'Private \ue000 ancient 𓀀'];
    const out = await exportTo('missing', sampleMapSvg({ stages, cards: [['ok'], ['ok']] }), {});
    expect(out.notes.join('\n')).toMatch(/no glyph for U\+E000 𓀀;/);
  });
});

describe('renderPdf, tiled for printing', () => {
  it('splits a large map into labelled pages of the chosen paper', async () => {
    const stages = Array.from({ length: 8 }, (_, i) => `Stage ${i + 1}`);
    const cards = stages.map((_, s) =>
      Array.from({ length: 4 }, (_, c) => `Card ${s + 1}.${c + 1}`),
    );
    const map = sampleMapSvg({ stages, cards });
    // 2132 x 712 map units at 0.75 pt: 1599 x 534 pt; A4 portrait prints 523 x 770 pt a page
    // with 18 pt overlap, so 4 columns (523 + 3 x 505 >= 1599) and 1 row.
    const out = await exportTo('tiled', map, { orientation: 'portrait', tile: true });
    expect(out.pages).toBe(4);
    expect(info(out.file).Pages).toBe('4');
    const [w, h] = pageSizeOf(out.file);
    expect(w).toBeCloseTo(595.28, 0);
    expect(h).toBeCloseTo(841.89, 0);
    for (let page = 1; page <= 4; page++) {
      const text = poppler(
        'pdftotext',
        '-f',
        `${page}`,
        '-l',
        `${page}`,
        '-enc',
        'UTF-8',
        out.file,
        '-',
      );
      expect(text).toContain(`Row 1, column ${page} · page ${page} of 4`);
      expect(text).toContain('Made with Wayline');
    }
    // Each stage's name is printed on the page that holds it.
    const last = poppler('pdftotext', '-f', '4', '-l', '4', '-enc', 'UTF-8', out.file, '-');
    expect(last).toContain('Stage 8');
    expect(renderPages(out.file)).toHaveLength(4);
    // The map is drawn once and shown on every page, not drawn four times.
    const fitted = await exportTo('tiled-fitted', map, { orientation: 'portrait' });
    expect(out.pdf.length).toBeLessThan(fitted.pdf.length * 1.5);
    expect(out.notes[0]).toMatch(/^Tiled across 4 A4 portrait pages \(1 × 4\) at 75%/);
  });

  it('prints a map that fits on one page as one tile', async () => {
    const map = sampleMapSvg({ stages: ['Only'], cards: [['One card']] });
    const out = await exportTo('one-tile', map, { paper: 'a3', tile: true });
    expect(out.pages).toBe(1);
    const text = poppler('pdftotext', '-enc', 'UTF-8', out.file, '-');
    expect(text).toContain('Row 1, column 1 · page 1 of 1');
    expect(text).toContain('One card');
  });
});
