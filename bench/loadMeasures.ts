import type { Page } from '@playwright/test';

/**
 * Times API calls from inside the Wayline page exactly as the renderer's client makes them
 * (POST /api/<method> with the token header), until the JSON answer is parsed.
 */
export function timeApiCalls(
  page: Page,
  token: string,
  calls: { method: string; args: unknown; timed: boolean }[],
  runs: number,
): Promise<number[]> {
  return page.evaluate(
    async ({ token, calls, runs }) => {
      const call = async (method: string, args: unknown) => {
        const res = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Wayline-Token': token },
          body: JSON.stringify(args),
        });
        const body = (await res.json()) as { ok: boolean; error?: { message: string } };
        if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
      };
      const samples: number[] = [];
      for (let i = 0; i < runs + 1; i++) {
        let total = 0;
        for (const { method, args, timed } of calls) {
          const start = performance.now();
          await call(method, args);
          if (timed) total += performance.now() - start;
        }
        if (i > 0) samples.push(total); // the first round warms up
      }
      return samples;
    },
    { token, calls, runs },
  );
}

/** The baseline's load: fetch the whole project as a JSON file from disk and parse it. */
export function timeJsonFetch(page: Page, file: string, runs: number): Promise<number[]> {
  return page.evaluate(
    async ({ file, runs }) => {
      const samples: number[] = [];
      for (let i = 0; i < runs + 1; i++) {
        const start = performance.now();
        const doc = (await (await fetch(file)).json()) as { touchpoints: object };
        if (Object.keys(doc.touchpoints).length === 0) throw new Error('empty JSON project');
        if (i > 0) samples.push(performance.now() - start);
      }
      return samples;
    },
    { file, runs },
  );
}
