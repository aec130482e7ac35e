import JSZip from 'jszip';
import { err, ok, type Result } from '../result';
import { formatBytes, MAX_MEDIA_FILE_BYTES, MAX_PROJECT_MEDIA_BYTES } from './mediaTypes';

/**
 * A Wayline bundle (.zip): the Wayline JSON of the project or a journey as `project.json`
 * (format 4, whose attachment rows name each file's SHA-256), and each attached file once as
 * `media/<sha256>`, stored as it is (pictures and clips are compressed already). Importing a
 * bundle sends every file through the same checks as a dropped one (type, image bomb, SVG,
 * location data), then imports the JSON with the attachments pointing at what was stored.
 */
export const BUNDLE_JSON = 'project.json';
const MEDIA_ENTRY = /^media\/([0-9a-f]{64})$/;
/** Entries in one bundle: far more files than any map attaches. */
const MAX_ENTRIES = 20_000;
const MAX_JSON_BYTES = 20 * 1024 * 1024;

export async function writeBundle(
  json: string,
  files: ReadonlyMap<string, Uint8Array>,
): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(BUNDLE_JSON, json, { compression: 'DEFLATE' });
  for (const [hash, bytes] of files) zip.file(`media/${hash}`, bytes, { compression: 'STORE' });
  return zip.generateAsync({ type: 'uint8array', platform: 'UNIX' });
}

export interface OpenedBundle {
  json: Uint8Array;
  /** Each file by the hash the JSON names it by. */
  files: Map<string, Uint8Array>;
}

/** The size an entry's header declares, before it is inflated (jszip keeps it internally). */
function declaredSize(entry: JSZip.JSZipObject): number {
  const data = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data;
  return typeof data?.uncompressedSize === 'number' ? data.uncompressedSize : Infinity;
}

/**
 * Opens a bundle, refusing anything but `project.json` and `media/<sha256>` entries, and
 * judging every entry's size from its header before inflating it (a zip bomb stops there).
 */
export async function readBundle(bytes: Uint8Array): Promise<Result<OpenedBundle, string>> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  } catch {
    return err('This is not a Wayline bundle: the .zip cannot be read.');
  }
  const entries = Object.values(zip.files).filter((e) => !e.dir);
  if (entries.length > MAX_ENTRIES) return err(`This bundle holds more than ${MAX_ENTRIES} files.`);
  let total = 0;
  for (const entry of entries) {
    const size = declaredSize(entry);
    total += size;
    if (entry.name !== BUNDLE_JSON && !MEDIA_ENTRY.test(entry.name)) {
      return err(
        `This bundle holds “${entry.name.slice(0, 80)}”, which a Wayline bundle does not; nothing was imported.`,
      );
    }
    const limit = entry.name === BUNDLE_JSON ? MAX_JSON_BYTES : MAX_MEDIA_FILE_BYTES;
    if (size > limit) {
      return err(
        `“${entry.name.slice(0, 80)}” in this bundle unpacks to ${formatBytes(size)}, over the limit of ${formatBytes(limit)}; nothing was imported.`,
      );
    }
  }
  if (total > MAX_PROJECT_MEDIA_BYTES + MAX_JSON_BYTES) {
    return err(
      `This bundle unpacks to ${formatBytes(total)}, more than a project may hold; nothing was imported.`,
    );
  }
  const json = zip.file(BUNDLE_JSON);
  if (!json) return err(`This bundle has no ${BUNDLE_JSON}, so there is nothing to import.`);
  const files = new Map<string, Uint8Array>();
  try {
    for (const entry of entries) {
      const hash = MEDIA_ENTRY.exec(entry.name)?.[1];
      if (hash) files.set(hash, await entry.async('uint8array'));
    }
    return ok({ json: await json.async('uint8array'), files });
  } catch {
    return err(
      'This bundle is damaged (a file in it does not match its checksum); nothing was imported.',
    );
  }
}

/**
 * The bundle's JSON with each attachment pointed at the file as stored here: a file the checks
 * changed (location removed) is stored under a new hash. Rows whose file was refused are left
 * for the JSON import to drop and count.
 */
export function repointAttachments(json: string, stored: ReadonlyMap<string, string>): string {
  // Hashes are 64 hex digits, so a quoted one is that hash and nothing else: the text is not
  // parsed here (the JSON import does, with its depth and key checks).
  let out = json;
  for (const [from, to] of stored) if (from !== to) out = out.replaceAll(`"${from}"`, `"${to}"`);
  return out;
}
