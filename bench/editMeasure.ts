// `npm run bench -- --edit-only`: only the title-edit measure of issue 13, in a minute or two,
// for working on the cost of one keystroke. Options:
//   --cards=N        cards in the project (default 2,000)
//   --dist=DIR       the built app to serve; give it twice or more to compare builds, alternating
//   --rounds=N       fresh pages per build (default 3), each the median of 5 edits
//   --profile=FILE   also writes a CPU profile (CDP Profiler) of 5 keystrokes to FILE
//   --wrap           every keystroke makes the title wrap onto another line or back (the card
//                    grows or shrinks, the cards below it in its cell move), instead of one
//                    that keeps its lines; --wrap=lane: the card is its lane's tallest, so the
//                    lane grows or shrinks and everything below moves
import type { Browser, CDPSession, Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeFixture } from './fixture';
import { launchChromium, log, type Cleanups } from './harness';
import { measureTitleEdits, wrapKey } from './mainThread';
import { openWaylinePage } from './scaleMeasures';
import { median, round } from './stats';
import { startWayline, type WaylineServer } from './waylineServer';

const CARD = '[data-testid="touchpoint-card"], [data-testid="note-card"]';
const EDITS = 5;

function option(name: string): string[] {
  const prefix = `--${name}=`;
  return process.argv.filter((a) => a.startsWith(prefix)).map((a) => a.slice(prefix.length));
}

const TRACE = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
const PHASES = ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'];

async function phaseSeconds(cdp: CDPSession): Promise<number[]> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return PHASES.map((name) => metrics.find((m) => m.name === name)?.value ?? 0);
}

/**
 * Chromium's main-thread time by phase over `edits` keystrokes (with their saves), then a CPU
 * profile (CDP Profiler) of as many more, written to `file`. The Title field has the focus.
 */
async function profileEdits(
  page: Page,
  file: string,
  edits: number,
  wrap: false | 'cell' | 'lane',
) {
  // Wrapping keystrokes alternate across the three runs (unwrap, wrap, unwrap, ...).
  let typed = 0;
  const type = (key: string) => page.keyboard.press(wrap ? wrapKey(typed++) : key);
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = await phaseSeconds(cdp);
    for (let i = 0; i < edits; i++) {
      await type('z');
      await page.waitForTimeout(700);
    }
    const after = await phaseSeconds(cdp);
    const perEdit = PHASES.map((name, i) => {
      const ms = (((after[i] ?? 0) - (before[i] ?? 0)) * 1000) / edits;
      return `${name} ${round(ms, 1)}`;
    });
    log(`main-thread ms per keystroke, idle time included: ${perEdit.join(', ')}`);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    for (let i = 0; i < edits; i++) {
      await type('y');
      await page.waitForTimeout(700);
    }
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    log(`wrote a CPU profile of ${edits} keystrokes to ${file}`);
    // And a Chromium trace (style, layout, paint, GC: what the CPU profile does not show).
    const browser = page.context().browser();
    if (!browser) return;
    await browser.startTracing(page, { path: `${file}.trace.json`, categories: TRACE });
    for (let i = 0; i < edits; i++) {
      await type('w');
      await page.waitForTimeout(700);
    }
    await browser.stopTracing();
    log(`wrote a trace of ${edits} keystrokes to ${file}.trace.json`);
  } finally {
    await cdp.detach();
  }
}

async function oneRound(
  browser: Browser,
  server: WaylineServer,
  first: boolean,
  profile: string | undefined,
  wrap: false | 'cell' | 'lane',
) {
  // The first page takes the server's first link; the server prints the next once it is used.
  const page = await openWaylinePage(browser, server, CARD, first ? server.url : undefined);
  try {
    const cost = await measureTitleEdits(page, CARD, EDITS, undefined, wrap);
    if (profile) await profileEdits(page, profile, EDITS, wrap);
    return cost.samples;
  } finally {
    await page.context().close();
  }
}

export async function measureEditOnly(root: string, tmp: string, cleanups: Cleanups) {
  const cards = Number(option('cards')[0] ?? 2000);
  const rounds = Number(option('rounds')[0] ?? 3);
  const dists = option('dist').map((d) => resolve(root, d));
  if (dists.length === 0) dists.push(join(root, 'dist'));
  const profile = option('profile')[0];
  const wrapArg = process.argv.find((a) => a === '--wrap' || a.startsWith('--wrap='));
  const wrap = wrapArg ? (wrapArg === '--wrap=lane' ? 'lane' : 'cell') : false;

  log(`writing a ${cards.toLocaleString('en')}-card project for each build`);
  const servers: WaylineServer[] = [];
  for (const [i, dist] of dists.entries()) {
    // Each build edits its own copy of the project, with its own settings.
    const copy = join(tmp, `edit-${i}.wayline`);
    writeFixture(copy, cards);
    const settings = join(tmp, `settings-edit-${i}`);
    mkdirSync(settings);
    const server = await startWayline(root, copy, settings, dist);
    cleanups.push(() => server.stop());
    servers.push(server);
  }
  const browser = await launchChromium();
  cleanups.push(() => browser.close());

  const samples: number[][] = dists.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (const [i, server] of servers.entries()) {
      const last = r === rounds - 1;
      const file =
        last && profile ? resolve(root, dists.length > 1 ? `${profile}.${i}` : profile) : undefined;
      const round_ = await oneRound(browser, server, r === 0, file, wrap);
      samples[i]?.push(...round_);
      log(`${dists[i]}: round ${r + 1}: median ${round(median(round_), 1)} ms`);
    }
  }
  for (const [i, dist] of dists.entries()) {
    const s = samples[i] ?? [];
    console.log(
      `edit one title${wrap ? ` (wrapping, ${wrap})` : ''}, ${cards} cards, ${dist}: median ${round(median(s), 1)} ms of ${s.length} (${s.map((v) => round(v, 1)).join(', ')})`,
    );
  }
}
