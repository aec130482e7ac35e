import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain .mjs build script, without type declarations
import { buildViewer } from '../../electron/buildViewer.mjs';

/** Before any test: the HTML viewer's script, which the HTML export reads from dist/. */
export default async function setup(): Promise<void> {
  await buildViewer(fileURLToPath(new URL('../..', import.meta.url)));
}
