// Issue 13's scale and render-work rows: a 10,000-card journey opened, panned and edited in
// browser mode beside the 2,000-card one, React commits while panning, and the JS heap.
import type { Browser, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFixture } from './fixture';
import { log, type Cleanups } from './harness';
import { heapAfterGc, measureTitleEdits, type EditCost } from './mainThread';
import { measureFirstPaint, measurePanFrames, VIEWPORT, type PaintSample } from './pageMeasures';
import { countReactCommits, readCommitCounts, resetCommitCounts } from './reactCommits';
import type { Row } from './report';
import { median, p95 } from './stats';
import { startWayline, type WaylineServer } from './waylineServer';

export const LARGE_TOUCHPOINTS = 10_000;
const PAINT_RUNS = 3;
const EDIT_RUNS = 5;

/** A fresh page of Wayline at its next printed link (or `url`), with the commit counter in it. */
export async function openWaylinePage(
  browser: Browser,
  server: WaylineServer,
  card: string,
  url?: string,
) {
  const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
  await countReactCommits(page);
  await page.goto(url ?? (await server.nextUrl()));
  await page.locator(card).first().waitFor({ timeout: 60_000 });
  return page;
}

export interface CommitsWhilePanning {
  frames: number;
  commits: number;
  nodesRendered: number;
  /** Card nodes in the DOM at the end, for scale: what a re-render of all of them would be. */
  cardsInDom: number;
}

/** Pans as the frame measure does, counting commits and the node wrappers each rendered. */
export async function commitsWhilePanning(page: Page, card: string): Promise<CommitsWhilePanning> {
  await resetCommitCounts(page, true);
  const { frames } = await measurePanFrames(page, card, 2);
  const counts = await readCommitCounts(page);
  await resetCommitCounts(page, false);
  const cardsInDom = await page.locator(card).count();
  return { frames: frames.length, ...counts, cardsInDom };
}

export interface ScaleResult {
  paint: PaintSample[];
  pan: number[];
  edit: EditCost;
  heapMB: number;
}

/** What the same measures give at 2,000 cards, on a fresh page of the bench's own server. */
export async function measureAtScale(browser: Browser, server: WaylineServer, card: string) {
  const page = await openWaylinePage(browser, server, card);
  try {
    const heapMB = await heapAfterGc(page);
    const edit = await measureTitleEdits(page, card, EDIT_RUNS);
    return { heapMB, edit };
  } finally {
    await page.context().close();
  }
}

/** The 10,000-card journey: its own project and server, open, pan, edit, heap. */
export async function measureLarge(
  root: string,
  tmp: string,
  cleanups: Cleanups,
  browser: Browser,
  card: string,
): Promise<ScaleResult> {
  log(`writing a ${LARGE_TOUCHPOINTS.toLocaleString('en')}-card project`);
  const project = join(tmp, 'large.wayline');
  writeFixture(project, LARGE_TOUCHPOINTS);
  const settings = join(tmp, 'settings-large');
  mkdirSync(settings);
  const server = await startWayline(root, project, settings);
  cleanups.push(() => server.stop());

  log(`10,000 cards: ${PAINT_RUNS} opens to first paint, then pan, a title edit and the heap`);
  // Each link works once, and the server prints the next one only after one is used.
  let first: string | null = server.url;
  const links = () => {
    const url = first;
    first = null;
    return url ?? server.nextUrl();
  };
  const paint = await measureFirstPaint(browser, links, card, PAINT_RUNS, true);
  const page = await openWaylinePage(browser, server, card);
  try {
    const heapMB = await heapAfterGc(page);
    const pan = await measurePanFrames(page, card);
    const edit = await measureTitleEdits(page, card, EDIT_RUNS);
    return { paint, pan: pan.frames, edit, heapMB };
  } finally {
    await page.context().close();
  }
}

export function scaleRows(
  large: ScaleResult,
  small: { pan: number[]; heapMB: number; edit: EditCost },
  commits: CommitsWhilePanning,
): Row[] {
  return [
    {
      measure: 'open + first paint, 10,000 cards (median of 3)',
      ours: median(large.paint.map((s) => s.ms)),
      baseline: null,
      target: { on: 'ours', max: 3000, label: '< 3 s' },
    },
    {
      measure: 'pan: p95 frame, 10,000 cards (baseline: ours at 2,000)',
      ours: p95(large.pan),
      baseline: p95(small.pan),
      target: { on: 'ratio', max: 2, label: 'ratio <= 2' },
    },
    {
      measure: 'edit one title: main-thread ms, 10,000 cards (baseline: 2,000)',
      ours: median(large.edit.samples),
      baseline: median(small.edit.samples),
      target: { on: 'ours', max: 16, label: '< 16 ms' },
      note: 'CDP TaskDuration over the edit and its save, less an idle window (median of 5)',
    },
    {
      measure: 'React commits per pan frame, 2,000 cards',
      ours: commits.commits / Math.max(1, commits.frames),
      baseline: null,
      target: null,
      unit: 'count',
    },
    {
      measure: 'React Flow nodes rendered per pan frame, 2,000 cards (baseline: cards in DOM)',
      ours: commits.nodesRendered / Math.max(1, commits.frames),
      baseline: commits.cardsInDom,
      target: null,
      unit: 'count',
    },
    {
      measure: 'JS heap after GC, MB: 10,000 cards (baseline: 2,000)',
      ours: large.heapMB,
      baseline: small.heapMB,
      target: null,
      unit: 'count',
    },
  ];
}
