import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Width and height from a PNG's IHDR chunk, which always comes first. */
export function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  if (bytes.toString('latin1', 1, 4) !== 'PNG') throw new Error(`${path} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** A PDF's text as poppler's pdftotext reads it. */
export function pdfText(path: string): string {
  const run = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  return run.stdout;
}
