import type { StoredMedia } from '../../../../shared/api/schema';
import { errorMessage } from '../../../../shared/api/errors';
import { attachOp } from '../../../../shared/media/attachments';
import { getEntity } from '../../../../shared/model/doc';
import { newId } from '../../../../shared/model/ids';
import type { DocumentStore } from '../documentStore';
import { uploadFile } from './mediaTransfer';
import { useMediaNotice } from './mediaNotice';

/**
 * Attaches files (dropped, pasted or picked) to a card: each is sent and checked by the
 * backend, and those it takes are attached by one op, one undo step. A refused file is named
 * with the reason and the others still go in.
 */
export async function attachFiles(
  store: DocumentStore,
  cardId: string,
  files: readonly File[],
): Promise<void> {
  const notice = useMediaNotice.getState();
  if (files.length === 0 || store.getState().locked !== null) return;
  const api = store.getState().api;
  const stored: StoredMedia[] = [];
  const errors: string[] = [];
  for (const [i, file] of files.entries()) {
    notice.setBusy(`Adding ${file.name} (${i + 1} of ${files.length})…`);
    try {
      stored.push(await uploadFile(api, file));
    } catch (err) {
      errors.push(errorMessage(err));
    }
  }
  notice.setBusy(null);
  const { doc, dispatch } = store.getState();
  if (stored.length > 0 && getEntity(doc, 'touchpoints', cardId)) {
    dispatch(attachOp(doc, cardId, stored, newId));
  }
  notice.show({ errors, notes: stored.flatMap((s) => s.notes) });
}

/** The files a drag or a paste carries, if any. */
export function filesOf(data: DataTransfer | null): File[] {
  return data ? Array.from(data.files) : [];
}
