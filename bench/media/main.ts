// `node bench/run.mjs media` (`npm run bench:media`): opening a project with 500 MB of attached
// files against the same project without them. It prints figures; it asserts nothing.
import { constants, copyFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { writeFixture } from '../fixture';
import { log, withTempDir } from '../harness';
import { median, round } from '../stats';
import { timeStoreOpens } from '../storeMeasures';
import { openProjectStore } from '../../electron/backend/projectStore';
import { prepareMedia } from '../../electron/backend/media/mediaPrepare';
import { attachOp } from '../../shared/media/attachments';

const CARDS = 2000;
/** 50 files of 10 MB: 500 MB of PDFs (random bytes behind a PDF header, so none dedupe). */
const FILES = 50;
const FILE_BYTES = 10 * 1024 * 1024;
const RUNS = 9;

async function addMedia(path: string, cardIds: readonly string[]): Promise<void> {
  const store = openProjectStore(path);
  try {
    for (let i = 0; i < FILES; i++) {
      const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(FILE_BYTES - 9)]);
      const prepared = await prepareMedia(`interview-${i + 1}.pdf`, bytes);
      store.media!.put(prepared);
      const stored = { ...prepared, size: bytes.length, notes: [] };
      const cardId = cardIds[i % cardIds.length] as string;
      store.apply([attachOp(store.doc, cardId, [stored], () => `bench-file-${i}`)]);
    }
  } finally {
    store.close();
  }
}

export function runBench(): Promise<void> {
  return withTempDir(async (tmp) => {
    const plain = join(tmp, 'plain.wayline');
    const withMedia = join(tmp, 'media.wayline');
    log(
      `writing a ${CARDS}-card project, and a copy with ${FILES} files of ${FILE_BYTES / 2 ** 20} MiB`,
    );
    const fixture = writeFixture(plain, CARDS);
    copyFileSync(plain, withMedia);
    await addMedia(withMedia, fixture.touchpointIds);
    const mb = (p: string) => round(statSync(p).size / 1e6, 1);
    log(`files: ${mb(plain)} MB and ${mb(withMedia)} MB`);
    // Alternating, so both see the same machine load and page cache.
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      a.push(...timeStoreOpens(plain, 1));
      b.push(...timeStoreOpens(withMedia, 1));
    }
    // What a whole copy costs, as the look made before opening until it learnt to copy a large
    // file's pages without the attached files (sparseCopy.ts); a -wal beside the file still needs it.
    const copies = [plain, withMedia].map((p) => {
      const start = performance.now();
      copyFileSync(p, `${p}.copy`, constants.COPYFILE_FICLONE);
      const ms = round(performance.now() - start, 1);
      rmSync(`${p}.copy`);
      return ms;
    });
    log(
      `copying each file whole once (the look copies only the non-media pages of a large file): ${copies[0]} ms and ${copies[1]} ms`,
    );
    const plainMs = round(median(a), 1);
    const mediaMs = round(median(b), 1);
    console.log(
      JSON.stringify(
        {
          cards: CARDS,
          fileSizeMB: { without: mb(plain), with: mb(withMedia) },
          openMedianMs: { without: plainMs, with: mediaMs },
          ratio: round(mediaMs / plainMs, 2),
          runs: RUNS,
        },
        null,
        2,
      ),
    );
    console.log(
      `open (checks, rows read, store ready), median of ${RUNS}: ${plainMs} ms without media, ${mediaMs} ms with 500 MB; ratio ${round(mediaMs / plainMs, 2)}`,
    );
  });
}
