import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { starterIds } from './fixtures';
import type { ApiMethod } from '../../shared/api/methods';
import type { ApiResult, StoredMedia } from '../../shared/api/schema';
import { attachOp } from '../../shared/media/attachments';
import { MEDIA_CHUNK_BYTES } from '../../shared/media/mediaTypes';
import { makeTouchpoint } from '../../shared/model/factories';
import type { Op } from '../../shared/ops/schema';
import { dispatchApiCall } from '../../electron/backend/dispatch';
import { createBackend, type Backend, type BackendOptions } from '../../electron/backend/handlers';

/**
 * A backend on a new project in `dir` with one touchpoint, 'card1', and the calls a window
 * makes to attach files: each file announced, sent in chunks, stored, then attached by an op.
 */
export async function mediaBackend(dir: string, extra: Partial<BackendOptions> = {}) {
  mkdirSync(join(dir, 'settings'), { recursive: true });
  const backend: Backend = createBackend({
    mode: 'browser',
    settingsDir: join(dir, 'settings'),
    defaultDirectory: dir,
    ...extra,
  });
  const path = join(dir, 'media.wayline');
  let ids = 0;

  async function call<M extends ApiMethod>(method: M, args: unknown): Promise<ApiResult<M>> {
    const res = await dispatchApiCall(backend.handlers, method, args);
    if (!res.ok) throw new Error(res.error.message);
    return res.value as ApiResult<M>;
  }
  const apply = (op: Op) =>
    call('project.applyOps', { ops: [op], baseRevision: backend.store!.revision });

  async function upload(
    fileName: string,
    bytes: Buffer,
    keepLocation?: boolean,
  ): Promise<StoredMedia> {
    const { uploadId } = await call('media.uploadBegin', { fileName, size: bytes.length });
    for (let offset = 0; offset < bytes.length; offset += MEDIA_CHUNK_BYTES) {
      const base64 = bytes.subarray(offset, offset + MEDIA_CHUNK_BYTES).toString('base64');
      await call('media.uploadChunk', { uploadId, offset, base64 });
    }
    return call('media.uploadFinish', { uploadId, ...(keepLocation ? { keepLocation } : {}) });
  }

  async function attach(fileName: string, bytes: Buffer, cardId = 'card1') {
    const stored = await upload(fileName, bytes);
    await apply(attachOp(backend.store!.doc, cardId, [stored], () => `att-${++ids}`));
    return stored;
  }

  const opened = await call('project.create', { path, name: 'Media' });
  const { journeyId, stageIds, laneId } = starterIds(opened.doc);
  const card = makeTouchpoint({
    id: 'card1',
    journeyId,
    stageId: stageIds[0]!,
    laneId,
    title: 'Reads reviews',
  });
  await apply({ type: 'addTouchpoint', touchpoint: card, at: { index: 0 } });
  return { backend, path, journeyId, call, apply, upload, attach };
}
