import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/unit/fixtures';
import { mediaBackend } from '../../../test/unit/mediaBackend';
import { jpegPhoto, TINY_PDF } from '../../../test/unit/mediaFixtures';
import type { ExportJobStatus } from '../../../shared/api/schema';
import type { ExportFormat } from '../../../shared/export/formats';
import { DEFAULT_EXPORT_LIMITS } from '../export/exportLimits';
import { exportWorkerFromSource } from '../export/testing/exportWorkerFromSource';

const SHOTS_DIR = join(__dirname, '../../../test-results/screenshots');
let dir: { dir: string; cleanup: () => void };
let session: Awaited<ReturnType<typeof mediaBackend>>;

beforeAll(async () => {
  dir = tempDir();
  mkdirSync(SHOTS_DIR, { recursive: true });
  const workerPath = await exportWorkerFromSource();
  session = await mediaBackend(dir.dir, { exports: { workerPath, limits: DEFAULT_EXPORT_LIMITS } });
  // A photo in strong colours, so the cover is easy to find on the rendered page.
  await session.attach('street.jpg', await jpegPhoto(800, 600));
  await session.attach('report.pdf', TINY_PDF);
}, 60_000);
afterAll(() => {
  session.backend.close();
  dir.cleanup();
});

async function exported(format: ExportFormat): Promise<Buffer> {
  const { jobId } = await session.call('export.start', { journeyId: session.journeyId, format });
  for (;;) {
    const status: ExportJobStatus = await session.call('export.status', { jobId });
    if (status.state === 'done') return Buffer.from(status.file.base64, 'base64');
    if (status.state !== 'running') throw new Error(`export ${format}: ${JSON.stringify(status)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('exports show each card’s cover picture', () => {
  it('SVG: the thumbnail as a JPEG data URL, clipped to the card, with the file count', async () => {
    const svg = (await exported('svg')).toString('utf8');
    expect(svg).toMatch(/<image [^>]*href="data:image\/jpeg;base64,/);
    expect(svg).toContain('2 files');
  });

  it('PDF: the picture is an image on the page (pdfimages), and visible where the card is (pdftoppm)', async () => {
    const file = join(dir.dir, 'map.pdf');
    writeFileSync(file, await exported('pdf'));
    const list = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
    const images = list
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '');
    expect(images.length).toBeGreaterThanOrEqual(1);
    // The thumbnail is 480 x 360.
    expect(list).toMatch(/\s480\s+360\s/);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '110',
      '-f',
      '1',
      '-l',
      '1',
      file,
      join(SHOTS_DIR, 'media-pdf'),
    ]);
  }, 60_000);

  it('PNG: drawn by resvg with the picture in it', async () => {
    const png = await exported('png');
    writeFileSync(join(SHOTS_DIR, 'media-map.png'), png);
    const { width, height } = await sharp(png).metadata();
    expect(width).toBeGreaterThan(1000);
    expect(height).toBeGreaterThan(500);
  }, 60_000);

  it('CSV: each card’s file names in the Files column', async () => {
    const csv = (await exported('csv')).toString('utf8');
    expect(csv.split('\r\n')[0]).toMatch(/,Files$/);
    expect(csv).toContain('street.jpg; report.pdf');
  });
});
