import Database from 'better-sqlite3';
import {
  closeSync,
  fstatSync,
  ftruncateSync,
  openSync,
  readSync,
  rmSync,
  writeSync,
} from 'node:fs';

/**
 * A copy of a project file holding only the pages an open reads: the schema's and those of
 * every table and index but the media tables (`skipped`), at their own offsets, the rest left as
 * holes that read as zeros. The look judges this copy instead of a full one, so the 500 MB of a
 * project's attached files are neither read nor written before it opens.
 *
 * Why this is as safe as a full copy: every page SQLite reads while judging the file (schema,
 * quick_check and foreign_key_check of the non-media tables, the rows) is reached from a
 * non-media root by the same pointers SQLite follows, so it holds the file's own bytes. A page
 * this walk missed reads as zeros, which is never a valid b-tree page and ends an overflow
 * chain too early, so SQLite reports damage: a walk that errs refuses, it never lets a bad
 * file pass. Anything the walk does not understand (auto-vacuum, a page number out of range,
 * a loop, an unknown page type) throws `SparseCopyUnsure`, and the caller copies the whole file.
 */
export class SparseCopyUnsure extends Error {}

interface Pages {
  fd: number;
  pageSize: number;
  /** Page size minus the bytes reserved at the end of each page. */
  usable: number;
  pageCount: number;
}

const unsure = (why: string): never => {
  throw new SparseCopyUnsure(why);
};

function readPage(pages: Pages, page: number): Buffer {
  if (!Number.isInteger(page) || page < 1 || page > pages.pageCount) unsure(`page ${page}`);
  const buf = Buffer.alloc(pages.pageSize);
  const read = readSync(pages.fd, buf, 0, pages.pageSize, (page - 1) * pages.pageSize);
  if (read !== pages.pageSize) unsure('short read');
  return buf;
}

/** A SQLite varint at `at`: its value and length. */
function varint(buf: Buffer, at: number): [number, number] {
  let value = 0;
  for (let i = 0; i < 8; i++) {
    const byte = buf[at + i] ?? unsure('varint past the page');
    value = value * 128 + (byte & 0x7f);
    if (byte < 0x80) return [value, i + 1];
  }
  return [value * 256 + (buf[at + 8] ?? unsure('varint past the page')), 9];
}

/** The first overflow page of a cell whose payload of `size` bytes starts at `at`, or 0. */
function overflowOf(pages: Pages, buf: Buffer, at: number, size: number, table: boolean): number {
  const u = pages.usable;
  const max = table ? u - 35 : Math.floor(((u - 12) * 64) / 255) - 23;
  if (size <= max) return 0;
  const min = Math.floor(((u - 12) * 32) / 255) - 23;
  const k = min + ((size - min) % (u - 4));
  const local = k <= max ? k : min;
  if (at + local + 4 > buf.length) unsure('cell past the page');
  return buf.readUInt32BE(at + local);
}

/** Adds every page of the b-tree rooted at `root`, overflow pages included, to `seen`. */
function walkTree(pages: Pages, root: number, seen: Set<number>): void {
  const todo = [root];
  const claim = (page: number) => {
    if (seen.has(page)) unsure(`page ${page} twice`);
    seen.add(page);
  };
  while (todo.length > 0) {
    const page = todo.pop() as number;
    claim(page);
    const buf = readPage(pages, page);
    const head = page === 1 ? 100 : 0;
    const type = buf[head];
    if (type !== 2 && type !== 5 && type !== 10 && type !== 13) unsure(`page type ${type}`);
    const interior = type === 2 || type === 5;
    const table = type === 5 || type === 13;
    const cells = buf.readUInt16BE(head + 3);
    if (interior) todo.push(buf.readUInt32BE(head + 8));
    const pointers = head + (interior ? 12 : 8);
    for (let i = 0; i < cells; i++) {
      let at = buf.readUInt16BE(pointers + 2 * i);
      if (at < pointers || at >= pages.usable) unsure('cell pointer');
      if (interior) {
        todo.push(buf.readUInt32BE(at));
        at += 4;
        if (table) continue; // a table's interior cell is a child and a rowid, no payload
      }
      const [size, sizeLength] = varint(buf, at);
      at += sizeLength;
      if (table) at += varint(buf, at)[1];
      let next = overflowOf(pages, buf, at, size, table);
      while (next !== 0) {
        claim(next);
        next = readPage(pages, next).readUInt32BE(0);
      }
    }
  }
}

/** Copies `pagesToCopy` of `pages` into `copy`, at their offsets, as a file of the same size. */
function writeSparse(pages: Pages, copy: string, pagesToCopy: Iterable<number>): void {
  const out = openSync(copy, 'w');
  try {
    ftruncateSync(out, pages.pageCount * pages.pageSize);
    for (const page of pagesToCopy) {
      writeSync(out, readPage(pages, page), 0, pages.pageSize, (page - 1) * pages.pageSize);
    }
  } finally {
    closeSync(out);
  }
}

/**
 * Root pages of every table and index but the `skipped` tables. Their indexes (keys only) are
 * copied: a foreign key check from another table may look a parent key up in one of them.
 */
function rootsToCopy(copy: string, skipped: ReadonlySet<string>): number[] {
  const db = new Database(copy, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare("SELECT type, name, rootpage FROM sqlite_schema WHERE type IN ('table', 'index')")
      .all() as { type: string; name: string; rootpage: number }[];
    return rows.filter((r) => !(r.type === 'table' && skipped.has(r.name))).map((r) => r.rootpage);
  } finally {
    db.close();
    // The copy says WAL, so even this read-only look left a -wal and -shm beside it.
    for (const side of ['-wal', '-shm']) rmSync(copy + side, { force: true });
  }
}

/**
 * Writes the sparse copy of the rollback-journal-free database at `path` to `copy`. The caller
 * has made sure no -wal or -journal lies beside it, and stamps the file before and after.
 */
export function copyWithoutTables(path: string, copy: string, skipped: ReadonlySet<string>): void {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(100);
    if (readSync(fd, header, 0, 100, 0) !== 100) unsure('short header');
    const sizeField = header.readUInt16BE(16);
    const pageSize = sizeField === 1 ? 65536 : sizeField;
    // Auto-vacuum files keep pointer-map pages this walk does not follow.
    if (header.readUInt32BE(52) !== 0) unsure('auto-vacuum');
    // The page count in the header is only valid when its change counter matches.
    if (header.readUInt32BE(24) !== header.readUInt32BE(92)) unsure('stale page count');
    const pages: Pages = {
      fd,
      pageSize,
      usable: pageSize - (header[20] ?? 0),
      pageCount: header.readUInt32BE(28),
    };
    const validSize = pageSize >= 512 && (pageSize & (pageSize - 1)) === 0;
    if (!validSize || pages.usable < 480) unsure('page size');
    // A file longer or shorter than its header says: judged whole, as SQLite would read it.
    if (pages.pageCount * pageSize !== fstatSync(fd).size) unsure('file size');
    const seen = new Set<number>();
    walkTree(pages, 1, seen);
    writeSparse(pages, copy, seen);
    for (const root of rootsToCopy(copy, skipped)) {
      if (!seen.has(root)) walkTree(pages, root, seen);
    }
    writeSparse(pages, copy, seen);
  } catch (err) {
    // A cell or pointer past the end of its page: a damaged file, judged on a whole copy.
    if (err instanceof RangeError) unsure(err.message);
    throw err;
  } finally {
    closeSync(fd);
  }
}
