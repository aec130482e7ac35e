// The far-zoom measures of issue 13: the whole map zoomed out with the wheel, panned at the
// minimum zoom, and how many DOM nodes that leaves, for Wayline and React Flow with its own
// culling, alternating. Relies only on React Flow's .react-flow__* classes.
import type { Browser, Page } from '@playwright/test';
import { measurePanFrames, VIEWPORT } from './pageMeasures';
import { median, p95, round } from './stats';
import type { Row } from './report';

/** Wheel notches of 100 px: React Flow zooms by 2^0.2 each, so 24 reach 0.1 from 1.0. */
const NOTCHES = 24;
/** A frame this long is a visible hitch; the zoom has settled after the last one. */
const HITCH_MS = 50;
const QUIET_MS = 2500;
const RUNS = 3;

interface FarWindow {
  __far?: { start: number; frames: number[]; on: boolean };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function record(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as FarWindow;
    w.__far = { start: performance.now(), frames: [], on: true };
    const tick = (t: number) => {
      if (!w.__far?.on) return;
      w.__far.frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

const now = (page: Page) => page.evaluate(() => performance.now());

function stop(page: Page) {
  return page.evaluate(() => {
    const far = (window as unknown as FarWindow).__far!;
    far.on = false;
    return { start: far.start, frames: far.frames };
  });
}

const zoomOf = (page: Page) =>
  page
    .locator('.react-flow__viewport')
    .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);

async function wheel(page: Page, deltaY: number, notches = NOTCHES) {
  const flow = (await page.locator('.react-flow').boundingBox())!;
  await page.mouse.move(flow.x + flow.width / 2, flow.y + flow.height / 2);
  for (let i = 0; i < notches; i++) {
    await page.mouse.wheel(0, deltaY);
    await sleep(16);
  }
}

export interface FarRun {
  /** Frame times while the wheel turns. */
  wheelFrames: number[];
  /** From the first notch to the end of the last hitch (or of the last notch, if none). */
  settleMs: number;
  /** Of which after the last notch was sent (0: settled as the wheel stopped). */
  pastWheelMs: number;
  /** Frames longer than HITCH_MS, while the wheel turned and after. */
  hitches: number;
  zoom: number;
  domNodes: number;
  /** Of which inside the canvas (the rest: toolbar, sidebar, inspector). */
  canvasNodes: number;
  panFrames: number[];
  panMoved: boolean;
}

/** One run: wheel out to the minimum zoom, count the DOM, pan there, wheel back in. */
async function farRun(page: Page, cardSelector: string): Promise<FarRun> {
  const from = await zoomOf(page);
  await record(page);
  await wheel(page, 100);
  const wheelEnd = await now(page);
  await sleep(QUIET_MS);
  const { start, frames } = await stop(page);
  const deltas = frames.slice(1).map((t, i) => ({ end: t, ms: t - frames[i]! }));
  const wheelFrames = deltas.filter((d) => d.end <= wheelEnd).map((d) => d.ms);
  const hitches = deltas.filter((d) => d.ms > HITCH_MS).map((d) => d.end);
  const settleMs = Math.max(wheelEnd, ...hitches) - start;
  const pastWheelMs = Math.max(0, ...hitches.map((end) => end - wheelEnd));
  const zoom = await zoomOf(page);
  const domNodes = await page.evaluate(() => document.querySelectorAll('*').length);
  const canvasNodes = await page.evaluate(() => document.querySelectorAll('.react-flow *').length);
  // Panned from the pane itself: a press on a node would also select it on release.
  const pan = await measurePanFrames(page, `${cardSelector}, .react-flow__node`, 2);
  // Back to the zoom the run started at, so every run zooms out over the same range.
  await wheel(page, -100, Math.round(Math.log2(from / zoom) / 0.2));
  await sleep(1500);
  return {
    wheelFrames,
    settleMs,
    pastWheelMs,
    hitches: hitches.length,
    zoom,
    domNodes,
    canvasNodes,
    panFrames: pan.frames,
    panMoved: pan.moved,
  };
}

/** `RUNS` runs on each page, alternating; the culling baseline opens in its own page. */
export async function measureFarZoom(
  browser: Browser,
  ours: Page,
  cardSelector: string,
  cullUrl: string,
) {
  const base = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
  await base.goto(cullUrl);
  await base.locator('.react-flow__node').first().waitFor();
  const runs = { ours: [] as FarRun[], baseline: [] as FarRun[] };
  for (let i = 0; i < RUNS; i++) {
    runs.ours.push(await farRun(ours, cardSelector));
    runs.baseline.push(await farRun(base, '.react-flow__node'));
  }
  await base.context().close();
  return runs;
}

const med = (runs: FarRun[], of: (r: FarRun) => number) => median(runs.map(of));

/**
 * The display's frame interval as both pages saw it: the median frame time over every run of
 * both (most frames are one interval long).
 */
export function frameInterval(runs: { ours: FarRun[]; baseline: FarRun[] }): number {
  const all = [...runs.ours, ...runs.baseline].flatMap((r) => [...r.wheelFrames, ...r.panFrames]);
  return median(all);
}

/**
 * Frame times rounded to whole display frames. Animation frames start on the display's beat,
 * so a frame time is a whole number of intervals plus jitter: 16.6, 16.7 and 16.8 ms are all
 * one frame, and compared raw, 16.8 ms against 16.7 read as "1.01x, not met". Both pages are
 * rounded to the same interval, so equal frame counts compare as equal.
 */
export function inWholeFrames(frames: readonly number[], interval: number): number[] {
  return frames.map((ms) => Math.max(1, Math.round(ms / interval)) * interval);
}

/** The table's far-zoom rows: medians over the runs of each run's p95 (or figure). */
export function farRows(runs: { ours: FarRun[]; baseline: FarRun[] }): Row[] {
  const interval = frameInterval(runs);
  const p95Frames = (frames: number[]) => p95(inWholeFrames(frames, interval));
  const ratio = { on: 'ratio', max: 1, label: 'ratio <= 1.0' } as const;
  const note = `baseline: React Flow with onlyRenderVisibleElements; median of ${RUNS} runs; frames in whole ${round(interval, 2)} ms display frames`;
  const rows = (measure: string, of: (r: FarRun) => number, unit?: 'count'): Row => ({
    measure,
    ours: med(runs.ours, of),
    baseline: med(runs.baseline, of),
    target: ratio,
    note,
    ...(unit ? { unit } : {}),
  });
  return [
    rows('far zoom: wheel out to 0.1, p95 frame', (r) => p95Frames(r.wheelFrames)),
    rows('far zoom: pan at 0.1, p95 frame', (r) => p95Frames(r.panFrames)),
    rows('far zoom: wheel out until settled', (r) => r.settleMs),
    rows('far zoom: DOM nodes at 0.1', (r) => r.domNodes, 'count'),
  ];
}

/** One line per run (the table shows medians): how far single runs swing on a shared machine. */
export function farRunLines(runs: { ours: FarRun[]; baseline: FarRun[] }): string[] {
  const interval = frameInterval(runs);
  const line = (r: FarRun) =>
    `wheel p95 ${round(p95(inWholeFrames(r.wheelFrames, interval)), 1)} ms, ` +
    `pan p95 ${round(p95(inWholeFrames(r.panFrames, interval)), 1)} ms, ` +
    `settled ${Math.round(r.settleMs)} ms (${Math.round(r.pastWheelMs)} ms past the last notch, ` +
    `${r.hitches} frames over ${HITCH_MS} ms), ${r.domNodes} DOM nodes`;
  return runs.ours.flatMap((r, i) => [
    `run ${i + 1} ours:     ${line(r)}`,
    `run ${i + 1} baseline: ${line(runs.baseline[i]!)}`,
  ]);
}
