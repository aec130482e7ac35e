// `npm run bench:export`: the export benchmark of issue 4. It prints figures; it asserts nothing.
import type { Browser } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJourney } from '../../electron/backend/export/exportJourney';
import type { ExportFormat } from '../../shared/export/formats';
import { writeFixture } from '../fixture';
import { launchChromium, log, withTempDir, type Cleanups } from '../harness';
import { VIEWPORT } from '../pageMeasures';
import { formatTable, machine, writeResults, type Row, type Target } from '../report';
import { median, p95, round } from '../stats';
import { startWayline } from '../waylineServer';
import { CAPTURE_PIXEL_RATIO, timeCanvasCaptures, type CanvasCapture } from './canvasCapture';
import {
  BASELINE_COMMIT,
  baselineBundle,
  formatLargeTable,
  measureLarge,
  oursBundle,
  type LargeResult,
} from './largeExports';
import { BENCH_OPTIONS, loadDoc, timeExports, type FormatTiming } from './nodeExports';

const SIZES = [200, 2000] as const;
/** Runs per format: fewer of the slow raster exports and captures, and of the larger map. */
const runsOf = (size: number) => (format: ExportFormat) =>
  format === 'png' || format === 'pdf' || format === 'pptx'
    ? size > 500
      ? 3
      : 5
    : size > 500
      ? 9
      : 15;
const captureRunsOf = (size: number) => (size > 500 ? 3 : 5);

const TARGETS: Partial<Record<`${ExportFormat}-${number}`, Target[]>> = {
  'svg-200': [{ on: 'ours', max: 100, label: '< 100 ms' }],
  'png-200': [
    { on: 'ours', max: 2000, label: '< 2 s' },
    { on: 'ratio', max: 1, label: 'faster than baseline' },
  ],
};

const LABELS: Record<ExportFormat, string> = {
  svg: 'svg',
  png: `png ${BENCH_OPTIONS.png.scale}x`,
  pdf: `pdf (${BENCH_OPTIONS.pdf.paper} ${BENCH_OPTIONS.pdf.orientation}, fit)`,
  html: 'html viewer',
  pptx: 'pptx (overview, charts)',
  json: 'json (project)',
  bundle: 'wayline bundle (project)',
  csv: 'csv',
  canvas: 'json canvas',
  mermaid: 'mermaid',
  opportunities: 'opportunities csv (project)',
  'opportunities-xlsx': 'opportunities xlsx (project)',
  metrics: 'survey metrics csv',
};

interface SizeResult {
  size: number;
  exports: FormatTiming[];
  capture: CanvasCapture;
}

export function runBench(root: string): Promise<void> {
  return withTempDir((tmp, cleanups) => measure(root, tmp, cleanups));
}

async function measure(root: string, tmp: string, cleanups: Cleanups) {
  // The PNG export unpacks its fonts into the temp folder: this run's, so they go with it.
  process.env.TMPDIR = tmp;
  const large = await measureLargeJourneys(root, tmp);
  if (process.argv.includes('--large-only')) {
    writeResults(join(root, 'bench', 'export-results-large.json'), [], machine('-'), { large });
    log('wrote bench/export-results-large.json');
    return;
  }
  const shots = process.argv.includes('--screenshots')
    ? join(root, 'test-results', 'screenshots')
    : null;
  if (shots) mkdirSync(shots, { recursive: true });
  const browser = await launchChromium();
  cleanups.push(() => browser.close());

  const results: SizeResult[] = [];
  for (const size of SIZES)
    results.push(await measureSize({ root, tmp, cleanups, browser, shots }, size));

  const rows = results.flatMap(rowsOf);
  console.log(formatTable(rows, { notes: true }));
  const details = Object.fromEntries(results.map((r) => [`touchpoints${r.size}`, detailsOf(r)]));
  const path = join(root, 'bench', 'export-results.json');
  writeResults(path, rows, machine(browser.version()), {
    exportOptions: BENCH_OPTIONS,
    viewport: VIEWPORT,
    ...details,
    large,
  });
  log('wrote bench/export-results.json');
}

/**
 * Every format at 5,000, 10,000 and 20,000 cards, each export in a fresh process for its peak
 * memory; with `--baseline[=commit]` also by the code before the fix, which takes minutes more.
 */
async function measureLargeJourneys(root: string, tmp: string): Promise<LargeResult[]> {
  const flag = process.argv.find((a) => a === '--baseline' || a.startsWith('--baseline='));
  const commit = flag?.includes('=') ? flag.slice('--baseline='.length) : BASELINE_COMMIT;
  const bundles = {
    ours: await oursBundle(root),
    baseline: flag ? await baselineBundle(root, tmp, commit) : undefined,
  };
  const results = await measureLarge(tmp, bundles);
  console.log(formatLargeTable(results));
  return results;
}

interface Run {
  root: string;
  tmp: string;
  cleanups: Cleanups;
  browser: Browser;
  /** Where --screenshots saves the images, to look at them. */
  shots: string | null;
}

async function measureSize(
  { root, tmp, cleanups, browser, shots }: Run,
  size: number,
): Promise<SizeResult> {
  const project = join(tmp, `map-${size}.wayline`);
  log(`writing a ${size}-card project with the real store`);
  const { journeyId } = writeFixture(project, size);
  const doc = loadDoc(project);

  log(`${size} cards: every format through exportJourney, in Node`);
  const exports = await timeExports(doc, journeyId, runsOf(size));
  if (shots) {
    const png = await exportJourney(doc, journeyId, 'png', BENCH_OPTIONS.png);
    writeFileSync(join(shots, `bench-export-${size}-ours.png`), png.bytes);
  }

  log(`${size} cards: baseline, html-to-image captures of the live canvas in Chromium`);
  const settings = join(tmp, `settings-${size}`);
  mkdirSync(settings);
  const wayline = await startWayline(root, project, settings);
  cleanups.push(() => wayline.stop());
  try {
    const saveAs = shots
      ? {
          page: join(shots, `bench-export-${size}-fitted.png`),
          capture: join(shots, `bench-export-${size}-baseline.png`),
        }
      : undefined;
    const capture = await timeCanvasCaptures(
      browser,
      root,
      wayline.url,
      captureRunsOf(size),
      saveAs,
    );
    return { size, exports, capture };
  } finally {
    await wayline.stop();
  }
}

const thousands = (n: number) => n.toLocaleString('en-US');

function rowsOf({ size, exports, capture }: SizeResult): Row[] {
  return exports.map((t) => {
    const isPng = t.format === 'png';
    const px = t.pixels ? `${t.pixels.width} x ${t.pixels.height} px` : '';
    return {
      measure: `${LABELS[t.format]}, ${thousands(size)} touchpoints (median of ${t.samples.length})`,
      ours: median(t.samples),
      baseline: isPng ? capture.medianMs : null,
      target: TARGETS[`${t.format}-${size}`] ?? null,
      note: isPng
        ? `ours: the whole map, ${px}; baseline: html-to-image toPng of the fitted live ` +
          `canvas, ${capture.width} x ${capture.height} px (median of ${capture.samples.length}), ` +
          `only the ${thousands(capture.cardsInDom)} cards React Flow rendered at zoom ` +
          `${round(capture.zoom, 2)} (it culls off-screen nodes; fit view stops at the 0.1 ` +
          `minimum zoom): less work than a full-map capture would be`
        : undefined,
    };
  });
}

function detailsOf({ exports, capture }: SizeResult) {
  const formats = Object.fromEntries(
    exports.map((t) => [
      t.format,
      {
        n: t.samples.length,
        median: round(median(t.samples), 3),
        p95: round(p95(t.samples), 3),
        max: round(Math.max(...t.samples), 3),
        bytes: t.bytes,
        ...(t.pixels ? { pixels: t.pixels } : {}),
        notes: t.notes,
      },
    ]),
  );
  const canvasCapture = {
    library:
      'html-to-image toPng of .react-flow after fit view, panels (minimap, controls) left out',
    pixelRatio: CAPTURE_PIXEL_RATIO,
    n: capture.samples.length,
    median: round(capture.medianMs, 3),
    p95: round(p95(capture.samples), 3),
    max: round(Math.max(...capture.samples), 3),
    cardsInDom: capture.cardsInDom,
    zoom: round(capture.zoom, 4),
    pixels: { width: capture.width, height: capture.height },
    bytes: capture.bytes,
    distinctColoursIn64x64Thumbnail: capture.colours,
  };
  return { formats, canvasCapture };
}
