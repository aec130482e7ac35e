import { errorMessage } from '../../../../shared/api/errors';
import type { WaylineApi } from '../../../../shared/api/schema';
import { planJsonImport } from '../../../../shared/import/json';
import { readBundle, repointAttachments } from '../../../../shared/media/bundle';
import type { ProjectDoc } from '../../../../shared/model/types';
import { uploadFile } from './mediaTransfer';

export type PreparedBundle =
  | { ok: true; json: Uint8Array; storedBlobs: Set<string>; refusedFiles: string[] }
  | { ok: false; refusal: string };

/**
 * Opens a Wayline bundle and sends each of its files through the same checks and store as a
 * dropped file (under the name its attachment row gives it, so a file that is not what its
 * name says is refused); the JSON comes back pointing at what was stored, for the ordinary
 * JSON import, which leaves out the attachments whose file was refused.
 */
export async function prepareBundle(
  api: WaylineApi,
  bytes: Uint8Array,
  target: ProjectDoc,
): Promise<PreparedBundle> {
  const bundle = await readBundle(bytes);
  if (!bundle.ok) return { ok: false, refusal: bundle.error };
  const { json, files } = bundle.value;
  // Read once with every file taken as present, to learn each file's name from its rows.
  const names = planJsonImport(json, target, { storedBlobs: new Set(files.keys()) });
  if (!names.ok) return { ok: true, json, storedBlobs: new Set(), refusedFiles: [] };
  const nameOf = new Map((names.value.rows.attachments ?? []).map((a) => [a.blobHash, a.fileName]));
  const stored = new Map<string, string>();
  const refusedFiles: string[] = [];
  for (const [hash, content] of files) {
    const name = nameOf.get(hash);
    if (!name) continue;
    try {
      const copy = new Uint8Array(content);
      stored.set(hash, (await uploadFile(api, new File([copy], name))).hash);
    } catch (err) {
      refusedFiles.push(errorMessage(err));
    }
  }
  const text = repointAttachments(new TextDecoder().decode(json), stored);
  return {
    ok: true,
    json: new TextEncoder().encode(text),
    storedBlobs: new Set(stored.values()),
    refusedFiles,
  };
}
