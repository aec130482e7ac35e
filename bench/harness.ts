// What every bench shares: Chromium as the benches launch it, logging, and a temp folder whose
// contents and processes are cleaned up at the end, on error and on Ctrl+C.
import { chromium, type Browser } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_LAUNCH } from '../test/chromium';

export const log = (message: string) => console.error(`bench: ${message}`);

export function launchChromium(): Promise<Browser> {
  return chromium.launch(CHROMIUM_LAUNCH);
}

export type Cleanups = (() => Promise<void> | void)[];

/** Runs `body` with a fresh temp folder; the cleanups it pushes run in reverse, then the folder goes. */
export async function withTempDir(
  body: (tmp: string, cleanups: Cleanups) => Promise<void>,
): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'wayline-bench-'));
  const cleanups: Cleanups = [() => rmSync(tmp, { recursive: true })];
  const cleanUp = async () => {
    for (const step of cleanups.splice(0).reverse()) {
      try {
        await step();
      } catch (err) {
        log(`cleanup: ${String(err)}`);
      }
    }
  };
  const onSignal = () => void cleanUp().then(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await body(tmp, cleanups);
  } finally {
    await cleanUp();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
