import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import { join } from 'node:path';

/** What the page is given to decode an answer as the app's client does (shared/api/wire.ts). */
interface WireWindow {
  __waylineFromWire?: (method: string, response: unknown) => { ok: boolean };
}

/**
 * Puts the app's own `fromWire` into the Wayline page (bundled from shared/api/wire.ts), so a
 * timed call ends where the app's client ends: the document decoded, not just parsed.
 */
export async function installWireDecoder(page: Page, root: string): Promise<void> {
  const bundle = await build({
    entryPoints: [join(root, 'shared', 'api', 'wire.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__waylineWire',
    platform: 'browser',
    logLevel: 'warning',
  });
  const code = bundle.outputFiles[0]!.text;
  await page.evaluate(`${code}; window.__waylineFromWire = __waylineWire.fromWire;`);
}

interface ApiCallSpec {
  method: string;
  args: unknown;
  /** Whether this call's time counts (a close before an open does not). */
  timed: boolean;
}

/**
 * One round of API calls from inside the Wayline page exactly as the renderer's client makes
 * them (POST /api/<method> with the token header), until each answer is parsed and decoded
 * (installWireDecoder): the summed time of the timed calls.
 */
function timeApiRound(page: Page, token: string, calls: readonly ApiCallSpec[]): Promise<number> {
  return page.evaluate(
    async ({ token, calls }) => {
      let total = 0;
      for (const { method, args, timed } of calls) {
        const start = performance.now();
        const res = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Wayline-Token': token },
          body: JSON.stringify(args),
        });
        const decode = (window as WireWindow).__waylineFromWire!;
        const body = decode(method, await res.json()) as {
          ok: boolean;
          error?: { message: string };
        };
        if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
        if (timed) total += performance.now() - start;
      }
      return total;
    },
    { token, calls },
  );
}

/** The baseline's load: fetch the whole project as a JSON file from disk and parse it. */
function timeJsonFetchOnce(page: Page, file: string): Promise<number> {
  return page.evaluate(async (file) => {
    const start = performance.now();
    const doc = (await (await fetch(file)).json()) as { touchpoints: object };
    if (Object.keys(doc.touchpoints).length === 0) throw new Error('empty JSON project');
    return performance.now() - start;
  }, file);
}

export interface LoadSamples {
  /** project.close (untimed), then project.open of the project file. */
  open: number[];
  /** project.load: the open project's snapshot, again. */
  load: number[];
  /** fetch + JSON.parse of the same project as one JSON file (the baseline page). */
  json: number[];
}

/**
 * project.open, project.load and the JSON baseline, alternating round by round (so a busy
 * moment on the machine hits both sides), after one unmeasured warm-up round.
 */
export async function measureLoads(
  ours: Page,
  token: string,
  project: string,
  base: Page,
  jsonFile: string,
  runs: number,
): Promise<LoadSamples> {
  const open: ApiCallSpec[] = [
    { method: 'project.close', args: {}, timed: false },
    { method: 'project.open', args: { path: project }, timed: true },
  ];
  const load: ApiCallSpec[] = [{ method: 'project.load', args: {}, timed: true }];
  const samples: LoadSamples = { open: [], load: [], json: [] };
  for (let i = 0; i < runs + 1; i++) {
    const round = {
      open: await timeApiRound(ours, token, open),
      json: await timeJsonFetchOnce(base, jsonFile),
      load: await timeApiRound(ours, token, load),
    };
    if (i === 0) continue;
    samples.open.push(round.open);
    samples.json.push(round.json);
    samples.load.push(round.load);
  }
  return samples;
}
