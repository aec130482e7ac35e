import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors';
import { MEDIA_CHUNK_BYTES, refusalBeforeReading } from '../../../shared/media/mediaTypes';

/** Files being sent in chunks, held in memory until finished (nothing touches the project). */
interface Upload {
  fileName: string;
  size: number;
  parts: Buffer[];
  received: number;
}

/** Uploads at once; a window attaches files one after another. */
const MAX_UPLOADS = 4;

const refuse = (message: string) => new ApiError('invalid_args', message);

/**
 * Receives a file in chunks of at most 4 MiB (base64 in ordinary API calls, so IPC and the
 * loopback HTTP server carry it alike and no call comes near a body limit). The size is
 * declared first and judged before a byte is sent: a 2 GB file is refused from its size.
 */
export class MediaUploads {
  private readonly uploads = new Map<string, Upload>();

  begin(fileName: string, size: number): string {
    const early = refusalBeforeReading(fileName, size);
    if (early) throw refuse(early);
    if (this.uploads.size >= MAX_UPLOADS) {
      throw new ApiError(
        'busy',
        'Several files are being added already; wait for them, then try again.',
      );
    }
    const uploadId = randomUUID();
    this.uploads.set(uploadId, { fileName, size, parts: [], received: 0 });
    return uploadId;
  }

  append(uploadId: string, offset: number, base64: string): number {
    const upload = this.get(uploadId);
    if (offset !== upload.received) {
      throw refuse('The file arrived out of order; add it again.');
    }
    const bytes = Buffer.from(base64, 'base64');
    if (bytes.length > MEDIA_CHUNK_BYTES || upload.received + bytes.length > upload.size) {
      this.uploads.delete(uploadId);
      throw refuse(`“${upload.fileName}” is larger than its declared size. Nothing was added.`);
    }
    upload.parts.push(bytes);
    upload.received += bytes.length;
    return upload.received;
  }

  /** The whole file, once every declared byte has arrived; the upload is forgotten. */
  take(uploadId: string): { fileName: string; bytes: Buffer } {
    const upload = this.get(uploadId);
    this.uploads.delete(uploadId);
    if (upload.received !== upload.size) {
      throw refuse(`“${upload.fileName}” did not arrive whole. Nothing was added.`);
    }
    return { fileName: upload.fileName, bytes: Buffer.concat(upload.parts) };
  }

  cancel(uploadId: string): void {
    this.uploads.delete(uploadId);
  }

  clear(): void {
    this.uploads.clear();
  }

  private get(uploadId: string): Upload {
    const upload = this.uploads.get(uploadId);
    if (!upload) throw new ApiError('not_found', 'That file transfer is over; add the file again.');
    return upload;
  }
}
