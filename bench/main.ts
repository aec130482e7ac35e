// `npm run bench`: the performance benchmark of issues 3 and 13. It prints figures; it asserts nothing.
import type { Browser, Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBaselinePage, serveFolder } from './baselinePage';
import { farRows, farRunLines, measureFarZoom } from './farMeasures';
import { measureEditOnly } from './editMeasure';
import { writeFixture } from './fixture';
import { launchChromium, log, withTempDir, type Cleanups } from './harness';
import { installWireDecoder, measureLoads, type LoadSamples } from './loadMeasures';
import {
  measureDragFrames,
  measureFirstPaint,
  measurePanFrames,
  VIEWPORT,
  type FrameResult,
  type PaintSample,
} from './pageMeasures';
import { formatTable, machine, writeResults, type Row } from './report';
import { median, p95, round } from './stats';
import { readDoc, timeEditCommits, timeJsonRewrites, timeStoreOpens } from './storeMeasures';
import { countReactCommits } from './reactCommits';
import {
  commitsWhilePanning,
  measureAtScale,
  measureLarge,
  scaleRows,
  type CommitsWhilePanning,
} from './scaleMeasures';
import { startWayline, type WaylineServer } from './waylineServer';

// Cards of every lane: touchpoint cards and the note cards of the other lanes.
const CARD = '[data-testid="touchpoint-card"], [data-testid="note-card"]';
const BASELINE_NODE = '.react-flow__node';
const PAINT_RUNS = 5;
const COMMIT_ITERATIONS = 300;
const LOAD_RUNS = 15;
const FRAME_TARGET = 16.7;

/** `npm run bench -- --screenshots`: shows what each page looked like at each step. */
function screenshots(root: string) {
  if (!process.argv.includes('--screenshots')) return async () => undefined;
  const dir = join(root, 'test-results', 'screenshots');
  return async (page: Page, name: string) => {
    await page.screenshot({ path: join(dir, `bench-${name}.png`) });
  };
}

function summary(samples: readonly number[]) {
  return {
    n: samples.length,
    median: round(median(samples), 3),
    p95: round(p95(samples), 3),
    max: round(Math.max(...samples), 3),
  };
}

function paintSummary(samples: readonly PaintSample[]) {
  return {
    ...summary(samples.map((s) => s.ms)),
    cardsInDom: samples.map((s) => s.cards),
  };
}

const frameSummary = (r: FrameResult) => ({ ...summary(r.frames), gesturesTookEffect: r.moved });

export function runBench(root: string): Promise<void> {
  return withTempDir((tmp, cleanups) => measure(root, tmp, cleanups));
}

/** The baseline pages' folder, Wayline in browser mode, Chromium, and Wayline's page opened. */
async function startPages(
  root: string,
  tmp: string,
  cleanups: Cleanups,
  project: string,
  fixture: ReturnType<typeof writeFixture>,
) {
  log('building the baseline page (bare React Flow)');
  const baselineDir = join(tmp, 'baseline');
  await buildBaselinePage(join(root, 'bench', 'baseline'), baselineDir);
  writeFileSync(join(baselineDir, 'positions.json'), JSON.stringify(fixture.cardPositions));
  const staticServer = await serveFolder(baselineDir);
  cleanups.push(() => staticServer.close());

  const settings = join(tmp, 'settings');
  mkdirSync(settings);
  const wayline = await startWayline(root, project, settings);
  cleanups.push(() => wayline.stop());

  const browser = await launchChromium();
  cleanups.push(() => browser.close());

  // One page of each kind stays open for the frame and load measures.
  const ours = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
  await countReactCommits(ours);
  await ours.goto(wayline.url);
  await ours.locator(CARD).first().waitFor();
  // The baseline starts at the zoom Wayline picked, so both show the same part of the map.
  const zoom = await ours
    .locator('.react-flow__viewport')
    .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  const baselineUrl = `${staticServer.url}?zoom=${zoom}`;
  return { baselineDir, wayline, browser, ours, zoom, baselineUrl };
}

async function measureFar(browser: Browser, ours: Page, baselineUrl: string) {
  log('far zoom: wheel out to 0.1, pan there, wheel back; against React Flow with culling');
  const runs = await measureFarZoom(browser, ours, CARD, `${baselineUrl}&cull=1`);
  for (const line of farRunLines(runs)) log(line);
  return { rows: farRows(runs), runs };
}

/** project.open from the page, as the start screen opens a file, against the JSON baseline. */
async function measureLoad(
  root: string,
  ours: Page,
  base: Page,
  project: string,
): Promise<LoadSamples> {
  log(`load: project.open from the page against fetch + parse of JSON, ${LOAD_RUNS} alternating`);
  // The session token the page traded its link's code for.
  const token = (await ours.evaluate(() => localStorage.getItem('wayline.token'))) ?? '';
  await installWireDecoder(ours, root);
  return measureLoads(ours, token, project, base, './project.json', LOAD_RUNS);
}

function loadRows(loads: LoadSamples, opens: readonly number[]): Row[] {
  return [
    {
      measure: `load file into renderer: project.open (median of ${LOAD_RUNS})`,
      ours: median(loads.open),
      baseline: median(loads.json),
      target: { on: 'ratio', max: 2, label: 'ratio <= 2' },
      note: 'baseline: fetch + parse the project as one JSON file',
    },
    {
      measure: '  of which: store open in Node (median)',
      ours: median(opens),
      baseline: null,
      target: null,
    },
    {
      measure: '  project.load, open project to renderer (median)',
      ours: median(loads.load),
      baseline: null,
      target: null,
    },
  ];
}

/** Baseline page opened at Wayline's zoom, with the project as one JSON file beside it. */
async function openBaseline(browser: Browser, baselineUrl: string): Promise<Page> {
  const base = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
  await base.goto(baselineUrl);
  await base.locator(BASELINE_NODE).first().waitFor();
  return base;
}

/** The 10,000-card rows, React commits while panning, and the heap (`pan2k`: this run's). */
async function measureScale(
  root: string,
  tmp: string,
  cleanups: Cleanups,
  pages: { browser: Browser; ours: Page; wayline: WaylineServer },
  pan2k: number[],
  counted?: CommitsWhilePanning,
) {
  log('React commits while panning at 2,000 cards');
  // Counted at the zoom the page opens with (the full run counts before the far zoom).
  const commits = counted ?? (await commitsWhilePanning(pages.ours, CARD));
  log('2,000 cards on a fresh page: heap, then title edits');
  const small = await measureAtScale(pages.browser, pages.wayline, CARD);
  const large = await measureLarge(root, tmp, cleanups, pages.browser, CARD);
  const rows = scaleRows(large, { pan: pan2k, ...small }, commits);
  return { rows, details: { commits, small, large } };
}

async function measure(root: string, tmp: string, cleanups: Cleanups) {
  // `npm run bench -- --edit-only`: only the title edit's main-thread time (see editMeasure.ts).
  if (process.argv.includes('--edit-only')) return measureEditOnly(root, tmp, cleanups);
  const project = join(tmp, 'bench.wayline');
  log('writing a 2,000-card project with the real store');
  const fixture = writeFixture(project);

  // `npm run bench -- --far-only`: only the far-zoom rows (a minute instead of four).
  if (process.argv.includes('--far-only')) {
    const { browser, ours, baselineUrl } = await startPages(root, tmp, cleanups, project, fixture);
    const far = await measureFar(browser, ours, baselineUrl);
    console.log(formatTable(far.rows));
    return;
  }
  // `npm run bench -- --scale-only`: only the 10,000-card, commit and heap rows.
  if (process.argv.includes('--scale-only')) {
    const pages = await startPages(root, tmp, cleanups, project, fixture);
    const pan = await measurePanFrames(pages.ours, CARD);
    const scale = await measureScale(root, tmp, cleanups, pages, pan.frames);
    console.log(formatTable(scale.rows));
    return;
  }
  // `npm run bench -- --load-only`: only the load rows.
  if (process.argv.includes('--load-only')) {
    const opens = timeStoreOpens(project, LOAD_RUNS);
    const json = JSON.stringify(readDoc(project));
    const pages = await startPages(root, tmp, cleanups, project, fixture);
    writeFileSync(join(pages.baselineDir, 'project.json'), json);
    const base = await openBaseline(pages.browser, pages.baselineUrl);
    const loads = await measureLoad(root, pages.ours, base, project);
    console.log(formatTable(loadRows(loads, opens)));
    return;
  }

  log(`edit to commit: ${COMMIT_ITERATIONS} edits through the store, then as JSON rewrites`);
  const commits = timeEditCommits(project, fixture.touchpointIds, COMMIT_ITERATIONS);
  const rewrites = timeJsonRewrites(
    join(tmp, 'rewrite.json'),
    commits.doc,
    fixture.touchpointIds,
    COMMIT_ITERATIONS,
  );
  const opens = timeStoreOpens(project, LOAD_RUNS);

  const { baselineDir, wayline, browser, ours, zoom, baselineUrl } = await startPages(
    root,
    tmp,
    cleanups,
    project,
    fixture,
  );
  writeFileSync(join(baselineDir, 'project.json'), JSON.stringify(commits.doc));

  log(`first paint: ${PAINT_RUNS} loads of each page, alternating`);
  const paintOurs: PaintSample[] = [];
  const paintBase: PaintSample[] = [];
  for (let i = 0; i < PAINT_RUNS; i++) {
    // Each load is a fresh context, so each takes the next printed link (each works once).
    paintOurs.push(...(await measureFirstPaint(browser, wayline.nextUrl, CARD, 1, i === 0)));
    paintBase.push(
      ...(await measureFirstPaint(browser, () => baselineUrl, BASELINE_NODE, 1, i === 0)),
    );
  }

  const base = await openBaseline(browser, baselineUrl);

  log('frames while dragging a card, then while panning');
  const shoot = screenshots(root);
  await shoot(ours, 'ours-opened');
  await shoot(base, 'baseline-opened');
  const dragOurs = await measureDragFrames(ours, CARD);
  const dragBase = await measureDragFrames(base, BASELINE_NODE);
  await shoot(ours, 'ours-dragged');
  await shoot(base, 'baseline-dragged');
  const panOurs = await measurePanFrames(ours, CARD);
  const panBase = await measurePanFrames(base, BASELINE_NODE);
  await shoot(ours, 'ours-panned');
  await shoot(base, 'baseline-panned');
  const reactCommits = await commitsWhilePanning(ours, CARD);
  const far = await measureFar(browser, ours, baselineUrl);

  const loads = await measureLoad(root, ours, base, project);
  const pages = { browser, ours, wayline };
  const scale = await measureScale(root, tmp, cleanups, pages, panOurs.frames, reactCommits);

  const rows: Row[] = [
    {
      measure: `open + first paint, 2,000 cards (median of ${PAINT_RUNS})`,
      ours: median(paintOurs.map((s) => s.ms)),
      baseline: median(paintBase.map((s) => s.ms)),
      target: { on: 'ratio', max: 1.5, label: 'ratio <= 1.5' },
    },
    {
      measure: 'pan: p95 frame time',
      ours: p95(panOurs.frames),
      baseline: p95(panBase.frames),
      target: { on: 'ours', max: FRAME_TARGET, label: '<= 16.7 ms' },
      onlyWhereBaselineMeets: true,
    },
    {
      measure: 'drag one card: p95 frame time',
      ours: p95(dragOurs.frames),
      baseline: p95(dragBase.frames),
      target: { on: 'ours', max: FRAME_TARGET, label: '<= 16.7 ms' },
      onlyWhereBaselineMeets: true,
    },
    {
      measure: `edit to commit: p95 of ${COMMIT_ITERATIONS} (vs JSON rewrite + fsync)`,
      ours: p95(commits.samples),
      baseline: p95(rewrites),
      target: { on: 'ours', max: 5, label: '< 5 ms' },
    },
    ...loadRows(loads, opens),
    ...far.rows,
    ...scale.rows,
  ];

  const table = formatTable(rows);
  console.log(table);
  const details = {
    firstPaint: { ours: paintSummary(paintOurs), baseline: paintSummary(paintBase) },
    panFrames: { ours: frameSummary(panOurs), baseline: frameSummary(panBase) },
    dragFrames: { ours: frameSummary(dragOurs), baseline: frameSummary(dragBase) },
    editToCommit: { ours: summary(commits.samples), jsonRewrite: summary(rewrites) },
    load: {
      projectOpen: summary(loads.open),
      storeOpenInNode: summary(opens),
      projectLoad: summary(loads.load),
      jsonFetch: summary(loads.json),
    },
    farZoom: far.runs,
    scale: scale.details,
    initialZoom: zoom,
  };
  writeResults(join(root, 'bench', 'results.json'), rows, machine(browser.version()), details);
  log('wrote bench/results.json');
}
