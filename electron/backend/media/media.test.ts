import { existsSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/unit/fixtures';
import { mediaBackend } from '../../../test/unit/mediaBackend';
import {
  jpegPhoto,
  PLAIN_SVG,
  pngBomb,
  pngImage,
  SVG_WITH_SCRIPT,
  TINY_PDF,
} from '../../../test/unit/mediaFixtures';
import { attachmentsOf, detachOp, moveAttachmentOp } from '../../../shared/media/attachments';
import { MEDIA_CHUNK_BYTES } from '../../../shared/media/mediaTypes';
import { dispatchApiCall } from '../dispatch';
import type { Backend } from '../handlers';

let dir: string;
let cleanup: () => void;
let backend: Backend;
let path: string;
let call: Awaited<ReturnType<typeof mediaBackend>>['call'];
let apply: Awaited<ReturnType<typeof mediaBackend>>['apply'];
let upload: Awaited<ReturnType<typeof mediaBackend>>['upload'];
let attach: Awaited<ReturnType<typeof mediaBackend>>['attach'];

beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  ({ backend, path, call, apply, upload, attach } = await mediaBackend(dir));
});
afterEach(() => {
  backend.close();
  cleanup();
});

/** Straight from the file, with a connection of its own once the project is closed. */
function blobCount(): number {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM mediaBlobs').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** The project file and its WAL, byte for byte. */
const fileBytes = () =>
  [path, `${path}-wal`]
    .map((p) => (existsSync(p) ? readFileSync(p).toString('base64') : '-'))
    .join('|');

describe('attaching files to a card', () => {
  it('stores an image once, with a thumbnail, and the row survives reopening', async () => {
    const photo = await jpegPhoto();
    const stored = await attach('street.jpg', photo);
    expect(stored).toMatchObject({ mediaType: 'image/jpeg', width: 640, height: 480 });
    await attach('same-again.jpg', photo);
    backend.close();
    expect(blobCount()).toBe(1);
    const reopened = await call('project.open', { path });
    const files = attachmentsOf(reopened.doc, 'card1');
    expect(files.map((f) => f.fileName)).toEqual(['street.jpg', 'same-again.jpg']);
    const thumb = await call('media.rendition', { hash: stored.hash, size: 'thumb' });
    const meta = await sharp(Buffer.from(thumb!.base64, 'base64')).metadata();
    expect(meta.format).toBe('jpeg');
    expect(Math.max(meta.width!, meta.height!)).toBe(480);
  });

  it('reads a large file back in chunks, byte for byte', async () => {
    const big = Buffer.concat([TINY_PDF, Buffer.alloc(MEDIA_CHUNK_BYTES * 2 + 1234, 7)]);
    const stored = await attach('report.pdf', big);
    const first = await call('media.readChunk', { hash: stored.hash, seq: 0 });
    expect(first.chunks).toBe(3);
    const parts = [Buffer.from(first.base64, 'base64')];
    for (let seq = 1; seq < first.chunks; seq++) {
      parts.push(
        Buffer.from((await call('media.readChunk', { hash: stored.hash, seq })).base64, 'base64'),
      );
    }
    expect(Buffer.concat(parts).equals(big)).toBe(true);
  });

  it('removes GPS and camera data from a photo by default, and keeps it when asked', async () => {
    const photo = await jpegPhoto(320, 240, { gps: true });
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const stored = await upload('where.jpg', photo);
    expect(stored.notes.join(' ')).toMatch(/Location and camera data were removed/);
    const bytes = backend.store!.media!.bytes(stored.hash);
    expect((await sharp(bytes).metadata()).exif).toBeUndefined();
    expect(bytes.includes(Buffer.from('WaylineTestCam'))).toBe(false);
    const kept = await upload('where-kept.jpg', photo, true);
    expect(backend.store!.media!.bytes(kept.hash).equals(photo)).toBe(true);
  });

  it('rasterises a plain SVG to a PNG and never keeps it as SVG', async () => {
    const stored = await upload('diagram.svg', PLAIN_SVG);
    expect(stored).toMatchObject({
      fileName: 'diagram.png',
      mediaType: 'image/png',
      width: 120,
      height: 80,
    });
    expect(backend.store!.media!.bytes(stored.hash).subarray(1, 4).toString()).toBe('PNG');
  });

  it('undo brings a detached file back while the project is open; closing reclaims unneeded bytes', async () => {
    const kept = await attach('kept.png', await pngImage());
    const gone = await attach('gone.jpg', await jpegPhoto(200, 100));
    const goneRow = attachmentsOf(backend.store!.doc, 'card1').find(
      (a) => a.blobHash === gone.hash,
    )!;
    await apply(detachOp([goneRow.id]));
    // Undo: the inverse of a delete is an insert of the same row; its bytes are still there.
    await apply({ type: 'insertRows', rows: { attachments: [goneRow] } });
    expect(attachmentsOf(backend.store!.doc, 'card1')).toHaveLength(2);
    await apply(detachOp([goneRow.id]));
    backend.close();
    expect(blobCount()).toBe(1);
    await call('project.open', { path });
    const res = await dispatchApiCall(backend.handlers, 'project.applyOps', {
      ops: [{ type: 'insertRows', rows: { attachments: [goneRow] } }],
      baseRevision: backend.store!.revision,
    });
    expect(res.ok).toBe(false);
    expect(!res.ok && res.error.message).toMatch(/“gone.jpg” is no longer stored in this project/);
    expect(backend.store!.media!.has(kept.hash)).toBe(true);
  });

  it('reorders a card’s files as one op, and deleting the card takes them', async () => {
    await attach('a.png', await pngImage(10, 10));
    await attach('b.jpg', await jpegPhoto(20, 10));
    const [first] = attachmentsOf(backend.store!.doc, 'card1');
    await apply(moveAttachmentOp(backend.store!.doc, first!.id, 1)!);
    expect(attachmentsOf(backend.store!.doc, 'card1').map((f) => f.fileName)).toEqual([
      'b.jpg',
      'a.png',
    ]);
    await apply({ type: 'deleteRows', ids: { touchpoints: ['card1'] } });
    expect(Object.keys(backend.store!.doc.attachments)).toHaveLength(0);
  });
});

describe('hostile files are refused with the project unchanged', () => {
  async function refused(fileName: string, bytes: Buffer | null, size = bytes?.length ?? 0) {
    const before = fileBytes();
    const begin = await dispatchApiCall(backend.handlers, 'media.uploadBegin', { fileName, size });
    let message = begin.ok ? '' : begin.error.message;
    if (begin.ok && bytes) {
      const { uploadId } = begin.value as { uploadId: string };
      await call('media.uploadChunk', { uploadId, offset: 0, base64: bytes.toString('base64') });
      const finish = await dispatchApiCall(backend.handlers, 'media.uploadFinish', { uploadId });
      expect(finish.ok).toBe(false);
      message = finish.ok ? '' : finish.error.message;
    }
    expect(fileBytes()).toBe(before);
    expect(backend.store!.media!.totalBytes()).toBe(0);
    return message;
  }

  it('a file that is not what its name says', async () => {
    expect(await refused('holiday.png', await jpegPhoto(50, 50))).toMatch(
      /“holiday.png” is not a PNG image: its contents are a JPEG image/,
    );
    expect(await refused('notes.pdf', Buffer.from('just text, not a PDF'))).toMatch(
      /is not a PDF document: its contents are not a file type Wayline knows/,
    );
  });

  it('an image bomb (a 50,000 x 50,000 PNG), judged from its header', async () => {
    const bomb = pngBomb();
    expect(bomb.length).toBeLessThan(200_000);
    expect(await refused('bomb.png', bomb)).toMatch(
      /says it is 50,000 x 50,000 pixels \(2,500 megapixels\); Wayline takes images up to 120 megapixels/,
    );
  });

  it('an SVG with script', async () => {
    expect(await refused('logo.svg', SVG_WITH_SCRIPT)).toMatch(
      /“logo.svg” is refused: it contains a script/,
    );
  });

  it('a 2 GB file, from its size alone, and a file larger than it said', async () => {
    expect(await refused('interview.mp4', null, 2 * 1024 ** 3)).toMatch(
      /“interview.mp4” is 2.1 GB; a file attached to a card may be at most 104.9 MB/,
    );
    const { uploadId } = await call('media.uploadBegin', { fileName: 'x.pdf', size: 10 });
    const res = await dispatchApiCall(backend.handlers, 'media.uploadChunk', {
      uploadId,
      offset: 0,
      base64: TINY_PDF.toString('base64'),
    });
    expect(!res.ok && res.error.message).toMatch(/larger than its declared size/);
  });

  it('a file type Wayline does not attach', async () => {
    expect(await refused('setup.exe', null, 1000)).toMatch(/is not a file Wayline attaches/);
  });
});
