import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import {
  formatBytes,
  MAX_PROJECT_MEDIA_BYTES,
  MEDIA_CHUNK_BYTES,
} from '../../../shared/media/mediaTypes';
import type { PreparedMedia } from './mediaPrepare';
import type { Rendition } from './mediaImages';
import { sha256 } from './mediaPrepare';

export type RenditionSize = 'thumb' | 'preview';

/**
 * The stored bytes of attached files, in the project file: one mediaBlobs row per distinct
 * file (by SHA-256, so the same photo on ten cards is kept once), its bytes in 4 MiB
 * mediaChunks rows, its thumbnail and preview beside it. Nothing here is read when a project
 * opens; each read fetches one rendition or one chunk.
 *
 * Reclaiming: a blob stays while any attachment row names it. Undo can bring back a detached
 * attachment for as long as the project is open, so unreferenced blobs are deleted only when
 * the project is closed (`collectUnreferenced`), when no window's undo history can outlive it.
 */
export class MediaStore {
  constructor(private readonly db: Database.Database) {}

  has(hash: string): boolean {
    return this.db.prepare('SELECT 1 FROM mediaBlobs WHERE hash = ?').get(hash) !== undefined;
  }

  /** Bytes of every distinct stored file (duplicates count once). */
  totalBytes(): number {
    const row = this.db.prepare('SELECT coalesce(sum(size), 0) AS total FROM mediaBlobs').get() as {
      total: number;
    };
    return row.total;
  }

  /** Refuses `incoming` more bytes when the project would pass its media limit. */
  requireRoom(incoming: number, fileName: string): void {
    const total = this.totalBytes();
    if (total + incoming > MAX_PROJECT_MEDIA_BYTES) {
      throw new ApiError(
        'invalid_args',
        `“${fileName}” (${formatBytes(incoming)}) does not fit: this project holds ${formatBytes(total)} of files and may hold ${formatBytes(MAX_PROJECT_MEDIA_BYTES)}. Remove some attachments, then close and reopen the project to free their space. Nothing was added.`,
      );
    }
  }

  /** Stores a prepared file once (a file already stored is left as it is), in one transaction. */
  put(media: PreparedMedia): void {
    if (this.has(media.hash)) return;
    this.requireRoom(media.bytes.length, media.fileName);
    const insertBlob = this.db.prepare(
      `INSERT INTO mediaBlobs (hash, size, media_type, width, height, thumb_type, thumb, preview_type, preview)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertChunk = this.db.prepare(
      'INSERT INTO mediaChunks (hash, seq, data) VALUES (?, ?, ?)',
    );
    this.db
      .transaction(() => {
        insertBlob.run(
          media.hash,
          media.bytes.length,
          media.mediaType,
          media.width,
          media.height,
          media.thumb?.mediaType ?? null,
          media.thumb?.data ?? null,
          media.preview?.mediaType ?? null,
          media.preview?.data ?? null,
        );
        for (let seq = 0; seq * MEDIA_CHUNK_BYTES < media.bytes.length; seq++) {
          const start = seq * MEDIA_CHUNK_BYTES;
          insertChunk.run(media.hash, seq, media.bytes.subarray(start, start + MEDIA_CHUNK_BYTES));
        }
      })
      .immediate();
  }

  /** The thumbnail or preview of an image, or null (other files have none). */
  rendition(hash: string, size: RenditionSize): Rendition | null {
    const sql =
      size === 'thumb'
        ? 'SELECT thumb_type AS type, thumb AS data FROM mediaBlobs WHERE hash = ?'
        : 'SELECT preview_type AS type, preview AS data FROM mediaBlobs WHERE hash = ?';
    const row = this.db.prepare(sql).get(hash) as
      { type: string | null; data: Buffer | null } | undefined;
    if (!row || row.data === null || (row.type !== 'image/png' && row.type !== 'image/jpeg'))
      return null;
    return { mediaType: row.type, data: row.data };
  }

  /** Size and chunk count of a stored file, or undefined. */
  info(hash: string): { size: number; mediaType: string; chunks: number } | undefined {
    const row = this.db
      .prepare('SELECT size, media_type AS mediaType FROM mediaBlobs WHERE hash = ?')
      .get(hash) as { size: number; mediaType: string } | undefined;
    return row && { ...row, chunks: Math.ceil(row.size / MEDIA_CHUNK_BYTES) };
  }

  /** One chunk of a stored file's bytes. */
  chunk(hash: string, seq: number): Buffer | undefined {
    const row = this.db
      .prepare('SELECT data FROM mediaChunks WHERE hash = ? AND seq = ?')
      .get(hash, seq) as { data: Buffer } | undefined;
    return row?.data;
  }

  /**
   * A stored file's bytes whole, checked against its hash: the file's own integrity check for
   * the media, which the open-time quick_check leaves out so opening does not read them.
   */
  bytes(hash: string): Buffer {
    const info = this.info(hash);
    if (!info) throw new ApiError('not_found', 'That file is no longer stored in this project.');
    const parts: Buffer[] = [];
    for (let seq = 0; seq < info.chunks; seq++)
      parts.push(this.chunk(hash, seq) ?? Buffer.alloc(0));
    const whole = Buffer.concat(parts);
    if (whole.length !== info.size || sha256(whole) !== hash) {
      throw new ApiError(
        'corrupt',
        'A stored file in this project is damaged (its bytes do not match their checksum).',
      );
    }
    return whole;
  }

  /** Deletes every blob no attachment row names; returns how many went. */
  collectUnreferenced(): number {
    return this.db
      .prepare('DELETE FROM mediaBlobs WHERE hash NOT IN (SELECT blob_hash FROM attachments)')
      .run().changes;
  }
}
