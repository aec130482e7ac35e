import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pngHeader } from '../../../shared/export/pngHeader';

/** Width and height of a PNG file. */
export const pngSize = (path: string) => pngHeader(readFileSync(path));

/** A PDF's text as poppler's pdftotext reads it. */
export function pdfText(path: string): string {
  const run = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  return run.stdout;
}

/** A PDF's page count as poppler's pdfinfo reads it. */
export function pdfPages(path: string): number {
  const run = spawnSync('pdfinfo', [path], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pdfinfo failed: ${run.stderr}`);
  return Number(/^Pages:\s+(\d+)/m.exec(run.stdout)?.[1]);
}
