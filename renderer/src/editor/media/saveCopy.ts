import type { WaylineApi } from '../../../../shared/api/schema';
import type { Attachment } from '../../../../shared/model/types';
import { fileBlob } from './mediaTransfer';

/**
 * Saves a copy of an attached file through the browser's download (a save dialog in the
 * desktop app). The app never opens an attachment with another program by itself.
 */
export async function saveCopy(api: WaylineApi, file: Attachment): Promise<void> {
  const url = URL.createObjectURL(await fileBlob(api, file.blobHash, file.mediaType));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
