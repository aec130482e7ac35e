import JSZip from 'jszip';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/unit/fixtures';
import { inProcessApi } from '../../../test/unit/inProcessApi';
import { mediaBackend } from '../../../test/unit/mediaBackend';
import { jpegPhoto, pngImage } from '../../../test/unit/mediaFixtures';
import type { ExportJobStatus } from '../../../shared/api/schema';
import { BUNDLE_JSON, readBundle } from '../../../shared/media/bundle';
import { prepareBundle } from '../../../renderer/src/editor/media/importBundle';
import { DEFAULT_EXPORT_LIMITS } from '../export/exportLimits';
import { exportWorkerFromSource } from '../export/testing/exportWorkerFromSource';

let dir: { dir: string; cleanup: () => void };
let source: Awaited<ReturnType<typeof mediaBackend>>;
let bundle: Uint8Array;

beforeAll(async () => {
  dir = tempDir();
  const workerPath = await exportWorkerFromSource();
  source = await mediaBackend(join(dir.dir, 'a'), {
    exports: { workerPath, limits: DEFAULT_EXPORT_LIMITS },
  });
  await source.attach('street.jpg', await jpegPhoto(300, 200));
  await source.attach('screen.png', await pngImage(120, 90));
  const { jobId } = await source.call('export.start', {
    journeyId: source.journeyId,
    format: 'bundle',
  });
  for (;;) {
    const status: ExportJobStatus = await source.call('export.status', { jobId });
    if (status.state === 'done') {
      bundle = Buffer.from(status.file.base64, 'base64');
      expect(status.file.fileName).toMatch(/\.zip$/);
      break;
    }
    if (status.state !== 'running') throw new Error(JSON.stringify(status));
    await new Promise((r) => setTimeout(r, 50));
  }
}, 60_000);
afterAll(() => {
  source.backend.close();
  dir.cleanup();
});

/** A second project, importing as the import dialog does: files first, then the JSON's rows. */
async function importInto(bytes: Uint8Array, name: string) {
  const target = await mediaBackend(join(dir.dir, name));
  const api = inProcessApi(target.backend);
  const prepared = await prepareBundle(api, bytes, target.backend.store!.doc);
  return { target, prepared };
}

describe('Wayline bundle (.zip)', () => {
  it('holds project.json and each file once under its SHA-256', async () => {
    const opened = await readBundle(bundle);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const json = JSON.parse(new TextDecoder().decode(opened.value.json));
    expect(json.formatVersion).toBe(4);
    expect(json.attachments.map((a: { fileName: string }) => a.fileName)).toEqual([
      'street.jpg',
      'screen.png',
    ]);
    expect([...opened.value.files.keys()].sort()).toEqual(
      json.attachments.map((a: { blobHash: string }) => a.blobHash).sort(),
    );
  });

  it('imports into another project with the files restored', async () => {
    const { target, prepared } = await importInto(bundle, 'b');
    try {
      expect(prepared.ok && prepared.refusedFiles).toEqual([]);
      if (!prepared.ok) return;
      const { planImport } = await import('../../../shared/import/planImport');
      const plan = planImport('bundle.json', prepared.json, target.backend.store!.doc, {
        storedBlobs: prepared.storedBlobs,
      });
      expect(plan.ok && plan.value.warnings).toEqual([]);
      if (!plan.ok) return;
      await target.apply({ type: 'insertRows', rows: plan.value.rows });
      const files = Object.values(target.backend.store!.doc.attachments);
      expect(files.map((f) => f.fileName).sort()).toEqual(['screen.png', 'street.jpg']);
      const thumb = target.backend.store!.media!.rendition(files[0]!.blobHash, 'thumb');
      expect((await sharp(thumb!.data).metadata()).width).toBeGreaterThan(0);
    } finally {
      target.backend.close();
    }
  });

  it('applies the hostile-file checks to imported files: a JPEG named .png is left out, said why', async () => {
    const zip = await JSZip.loadAsync(bundle);
    const json = JSON.parse(await zip.file(BUNDLE_JSON)!.async('string'));
    const png = json.attachments.find((a: { fileName: string }) => a.fileName === 'screen.png');
    const jpeg = json.attachments.find((a: { fileName: string }) => a.fileName === 'street.jpg');
    // The PNG's entry now holds the JPEG's bytes.
    zip.file(
      `media/${png.blobHash}`,
      await zip.file(`media/${jpeg.blobHash}`)!.async('uint8array'),
    );
    const { target, prepared } = await importInto(
      await zip.generateAsync({ type: 'uint8array' }),
      'c',
    );
    try {
      expect(prepared.ok && prepared.refusedFiles.join()).toMatch(
        /“screen.png” is not a PNG image/,
      );
    } finally {
      target.backend.close();
    }
  });

  it('refuses a zip with anything else in it, and an entry that unpacks too large', async () => {
    const extra = await JSZip.loadAsync(bundle);
    extra.file('scripts/evil.sh', 'rm -rf /');
    const refused = await readBundle(await extra.generateAsync({ type: 'uint8array' }));
    expect(!refused.ok && refused.error).toMatch(
      /holds “scripts\/evil.sh”, which a Wayline bundle does not/,
    );
    const bomb = new JSZip();
    bomb.file(BUNDLE_JSON, '{}');
    bomb.file(`media/${'a'.repeat(64)}`, new Uint8Array(101 * 1024 * 1024), {
      compression: 'DEFLATE',
    });
    const big = await readBundle(
      await bomb.generateAsync({
        type: 'uint8array',
        compression: 'DEFLATE',
        compressionOptions: { level: 1 },
      }),
    );
    expect(!big.ok && big.error).toMatch(/unpacks to 105.9 MB, over the limit of 104.9 MB/);
  }, 60_000);
});
