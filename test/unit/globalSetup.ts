import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain .mjs build script, without type declarations
import { buildRoom, buildViewer } from '../../electron/buildViewer.mjs';

/** Before any test: the HTML viewer's script and the room page's, which the backend reads from dist/. */
export default async function setup(): Promise<void> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  await Promise.all([buildViewer(root), buildRoom(root)]);
}
