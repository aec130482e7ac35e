/**
 * The API's method names, with no schema attached, so the sandboxed preload can list them
 * without bundling zod. `schema.ts` is checked against this list at compile time.
 */
export const API_METHODS = [
  'app.getState',
  'project.create',
  'project.open',
  'project.load',
  'project.close',
  'project.applyOps',
  'project.changesSince',
  'export.start',
  'export.status',
  'export.cancel',
  'recent.remove',
  'dialog.pickProjectPath',
  'room.interfaces',
  'room.start',
  'room.state',
  'room.update',
  'room.resolveNote',
  'room.close',
  'media.uploadBegin',
  'media.uploadChunk',
  'media.uploadFinish',
  'media.uploadCancel',
  'media.rendition',
  'media.readChunk',
  'survey.readSheet',
] as const;

export type ApiMethod = (typeof API_METHODS)[number];

/** The IPC channel of a method: derived, never retyped. */
export function channelFor(method: ApiMethod): string {
  return `wayline:${method}`;
}
