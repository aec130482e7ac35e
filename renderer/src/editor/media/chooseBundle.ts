import type { WaylineApi } from '../../../../shared/api/schema';
import { formatBytes, MAX_PROJECT_MEDIA_BYTES } from '../../../../shared/media/mediaTypes';
import type { ProjectDoc } from '../../../../shared/model/types';
import { prepareBundle, type PreparedBundle } from './importBundle';

export const isBundleName = (name: string) => /\.zip$/i.test(name);

/** A bundle picked in the import dialog: refused from its size before it is read. */
export async function chooseBundle(
  api: WaylineApi,
  picked: File,
  target: ProjectDoc,
): Promise<PreparedBundle> {
  if (picked.size > MAX_PROJECT_MEDIA_BYTES) {
    return {
      ok: false,
      refusal: `${picked.name} is ${formatBytes(picked.size)}; a bundle may hold at most ${formatBytes(MAX_PROJECT_MEDIA_BYTES)} of files.`,
    };
  }
  return prepareBundle(api, new Uint8Array(await picked.arrayBuffer()), target);
}
