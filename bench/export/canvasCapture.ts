// The PNG baseline: what React Flow's "download image" example does, in Chromium on the live
// canvas of browser mode. Fit the view, then html-to-image's toPng of the .react-flow element.
import type { Browser, Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VIEWPORT } from '../pageMeasures';
import { median } from '../stats';
import { pngHeader } from '../../shared/export/pngHeader';

const CARD = '[data-testid="touchpoint-card"], [data-testid="note-card"]';
export const CAPTURE_PIXEL_RATIO = 2;

/** The part of html-to-image's UMD global the bench uses. */
interface CaptureWindow {
  htmlToImage: {
    toPng(
      node: HTMLElement,
      options: { pixelRatio: number; filter: (node: HTMLElement) => boolean },
    ): Promise<string>;
  };
}

export interface CanvasCapture {
  samples: number[];
  medianMs: number;
  /** Cards React Flow had in the DOM when captured: all the capture can show. */
  cardsInDom: number;
  zoom: number;
  width: number;
  height: number;
  bytes: number;
  /** Distinct colours in a 64 x 64 thumbnail of the PNG: 1 would be a blank image. */
  colours: number;
}

const viewportState = (page: Page) =>
  page.evaluate((card) => {
    const viewport = document.querySelector('.react-flow__viewport');
    const transform = viewport ? getComputedStyle(viewport).transform : 'none';
    return { zoom: new DOMMatrix(transform).a, cards: document.querySelectorAll(card).length };
  }, CARD);

/** Fits the view as the Controls button does, then waits until the view and the DOM settle. */
async function fitView(page: Page) {
  await page.locator('.react-flow__controls-fitview').click();
  let last = '';
  for (let stable = 0; stable < 5;) {
    await page.waitForTimeout(100);
    const now = JSON.stringify(await viewportState(page));
    stable = now === last ? stable + 1 : 0;
    last = now;
  }
  return viewportState(page);
}

/** One toPng of the canvas, timed inside the page; only the last capture sends its image back. */
function capture(page: Page, keepImage: boolean) {
  return page.evaluate(
    async ({ pixelRatio, keepImage }) => {
      const { htmlToImage } = window as unknown as CaptureWindow;
      const flow = document.querySelector<HTMLElement>('.react-flow');
      if (!flow) throw new Error('no .react-flow element');
      const start = performance.now();
      const url = await htmlToImage.toPng(flow, {
        pixelRatio,
        // The map only, as React Flow's example captures its viewport: no minimap or controls.
        filter: (node) => !node.classList?.contains('react-flow__panel'),
      });
      const ms = performance.now() - start;
      if (!keepImage) return { ms, url: '', colours: 0 };
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 64;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(image, 0, 0, 64, 64);
      const { data } = ctx.getImageData(0, 0, 64, 64);
      const pixels = new DataView(data.buffer);
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4) colours.add(pixels.getUint32(i));
      return { ms, url, colours: colours.size };
    },
    { pixelRatio: CAPTURE_PIXEL_RATIO, keepImage },
  );
}

/**
 * `runs` timed captures after one warm-up (html-to-image fetches and inlines the web fonts on
 * its first call). The context bypasses CSP: the app's policy forbids the injected script.
 */
export async function timeCanvasCaptures(
  browser: Browser,
  root: string,
  url: string,
  runs: number,
  /** Where to save a screenshot of the fitted page and the captured PNG, to look at them. */
  saveAs?: { page: string; capture: string },
): Promise<CanvasCapture> {
  const context = await browser.newContext({ viewport: VIEWPORT, bypassCSP: true });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator(CARD).first().waitFor();
    await page.addScriptTag({
      path: join(root, 'node_modules', 'html-to-image', 'dist', 'html-to-image.js'),
    });
    const { zoom, cards } = await fitView(page);
    if (saveAs) await page.screenshot({ path: saveAs.page });
    await capture(page, false);
    const samples: number[] = [];
    let last = { ms: 0, url: '', colours: 0 };
    for (let i = 0; i < runs; i++) {
      last = await capture(page, i === runs - 1);
      samples.push(last.ms);
    }
    const bytes = Buffer.from(last.url.slice(last.url.indexOf(',') + 1), 'base64');
    const { width, height } = pngHeader(bytes);
    if (bytes.length === 0 || width === 0 || height === 0 || last.colours < 2)
      throw new Error(`the canvas capture is empty: ${width} x ${height}, ${last.colours} colours`);
    if (saveAs) writeFileSync(saveAs.capture, bytes);
    return {
      samples,
      medianMs: median(samples),
      cardsInDom: cards,
      zoom,
      width,
      height,
      bytes: bytes.length,
      colours: last.colours,
    };
  } finally {
    await context.close();
  }
}
