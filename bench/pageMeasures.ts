// Measurements taken inside Chromium. Everything here relies only on stable parts of the page:
// the card selector given by the caller, React Flow's .react-flow__* classes, and the API.
import type { Browser, Page } from '@playwright/test';

export const VIEWPORT = { width: 1440, height: 900 };

interface BenchWindow {
  __benchPaint?: { ms: number; cards: number };
  __benchFrames?: number[];
  __benchRecording?: boolean;
}

export interface PaintSample {
  ms: number;
  /** Cards in the DOM at that moment (Wayline culls off-screen cards; bare React Flow does not). */
  cards: number;
}

/**
 * "First paint": from navigation start (performance.timeOrigin) until the first animation frame
 * after the one in which a visible card was in the DOM, i.e. that frame has been produced.
 */
function watchFirstPaint(selector: string) {
  const w = window as unknown as BenchWindow;
  let seen = false;
  const tick = () => {
    if (seen) {
      w.__benchPaint = { ms: performance.now(), cards: document.querySelectorAll(selector).length };
      return;
    }
    const card = document.querySelector(selector);
    seen = card !== null && card.checkVisibility({ visibilityProperty: true });
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Where a page loads from: a fixed address, or Wayline's next one-time link. */
type PageUrl = () => string | Promise<string>;

async function firstPaintOnce(browser: Browser, url: PageUrl, selector: string) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchFirstPaint, selector);
    await page.goto(await url());
    await page.waitForFunction(() => (window as unknown as BenchWindow).__benchPaint, null, {
      timeout: 60_000,
    });
    return await page.evaluate(() => (window as unknown as BenchWindow).__benchPaint!);
  } finally {
    await context.close();
  }
}

/** `runs` loads, each in a fresh context (no HTTP cache), after one unmeasured warm-up load. */
export async function measureFirstPaint(
  browser: Browser,
  url: PageUrl,
  selector: string,
  runs: number,
  warmUp: boolean,
): Promise<PaintSample[]> {
  if (warmUp) await firstPaintOnce(browser, url, selector);
  const samples: PaintSample[] = [];
  for (let i = 0; i < runs; i++) samples.push(await firstPaintOnce(browser, url, selector));
  return samples;
}

function startFrames(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    w.__benchFrames = [];
    w.__benchRecording = true;
    const tick = (t: number) => {
      if (!w.__benchRecording) return;
      w.__benchFrames!.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** The frame times: deltas between consecutive requestAnimationFrame timestamps. */
function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    w.__benchRecording = false;
    const t = w.__benchFrames ?? [];
    return t.slice(1).map((v, i) => v - (t[i] as number));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A mouse-button gesture at about 120 Hz, as a real mouse sends; frames are recorded from the
 * button press to the last move. `atEnd` looks at the page before the button is released.
 */
async function gesture<T>(
  page: Page,
  from: { x: number; y: number },
  by: { x: number; y: number },
  atEnd: () => Promise<T>,
  moves = 90,
) {
  await page.mouse.move(from.x, from.y);
  await startFrames(page);
  await page.mouse.down();
  for (let i = 1; i <= moves; i++) {
    await page.mouse.move(from.x + (by.x * i) / moves, from.y + (by.y * i) / moves);
    await sleep(8);
  }
  const frames = await stopFrames(page);
  const result = await atEnd();
  await page.mouse.up();
  // Let a drop's save and re-render finish outside the next gesture's frames.
  await sleep(600);
  return { frames, atEnd: result };
}

const viewportTransform = (page: Page) =>
  page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);

/**
 * A point of empty canvas (the pane, or a node React Flow lets you pan on) low in the middle
 * of the view, so dragging it up pans further into the map, with room to either side.
 */
function freePanPoint(page: Page, cardSelector: string) {
  return page.evaluate((cards) => {
    const flow = document.querySelector('.react-flow');
    if (!flow) return null;
    const r = flow.getBoundingClientRect();
    for (let fy = 0.9; fy > 0.6; fy -= 0.02) {
      for (let fx = 0.5; fx > 0.2; fx -= 0.02) {
        const x = r.left + r.width * fx;
        const y = r.top + r.height * fy;
        const el = document.elementFromPoint(x, y);
        if (!el || !flow.contains(el)) continue;
        if (el.closest(`.nopan, .react-flow__panel, ${cards}`)) continue;
        return { x, y };
      }
    }
    return null;
  }, cardSelector);
}

export interface FrameResult {
  frames: number[];
  /** Whether every gesture really moved the view or the card (else the figure is void). */
  moved: boolean;
}

/** Gestures one after another: all their frames, and whether every one moved what it should. */
async function everyGesture(
  count: number,
  one: (g: number) => Promise<{ frames: number[]; moved: boolean }>,
): Promise<FrameResult> {
  const frames: number[] = [];
  let moved = true;
  for (let g = 0; g < count; g++) {
    const result = await one(g);
    frames.push(...result.frames);
    moved &&= result.moved;
  }
  return { frames, moved };
}

export function measurePanFrames(page: Page, cardSelector: string, gestures = 4) {
  return everyGesture(gestures, async (g) => {
    const from = await freePanPoint(page, cardSelector);
    if (!from) throw new Error('no empty canvas to pan on');
    const before = await viewportTransform(page);
    // Mostly up, as the map is tall (50 cards a cell), zig-zagging a little across stages.
    const by = { x: g % 2 === 0 ? -160 : 160, y: -480 };
    const result = await gesture(page, from, by, () => viewportTransform(page));
    return { frames: result.frames, moved: result.atEnd !== before };
  });
}

/** A card near the upper left third of the canvas, with room to drag it right and down. */
function cardToDrag(page: Page, cardSelector: string, skip: number) {
  return page.evaluate(
    ([cards, skip]) => {
      const flow = document.querySelector('.react-flow')!.getBoundingClientRect();
      const target = { x: flow.left + flow.width * 0.3, y: flow.top + flow.height * 0.35 };
      const centres = [...document.querySelectorAll(cards)]
        .map((el) => el.getBoundingClientRect())
        .filter((b) => b.width > 0 && b.top > flow.top && b.bottom < flow.bottom - 200)
        .map((b) => ({ x: b.left + b.width / 2, y: b.top + b.height / 2 }))
        .sort(
          (a, b) =>
            Math.hypot(a.x - target.x, a.y - target.y) - Math.hypot(b.x - target.x, b.y - target.y),
        );
      return centres[skip] ?? null;
    },
    [cardSelector, skip] as const,
  );
}

/** Marks the card under a point, so the drag can check afterwards that it followed the pointer. */
function markCardAt(page: Page, at: { x: number; y: number }, cardSelector: string) {
  return page.evaluate(
    ([x, y, cards]) => {
      const el = document.elementFromPoint(x, y)?.closest(cards);
      el?.setAttribute('data-bench-dragged', '');
      return el !== null && el !== undefined;
    },
    [at.x, at.y, cardSelector] as const,
  );
}

function markedCardMoved(page: Page, from: { x: number; y: number }) {
  return page.evaluate(
    ([x, y]) => {
      const el = document.querySelector('[data-bench-dragged]');
      el?.removeAttribute('data-bench-dragged');
      if (!el) return false;
      const b = el.getBoundingClientRect();
      return Math.hypot(b.left + b.width / 2 - x, b.top + b.height / 2 - y) > 100;
    },
    [from.x, from.y] as const,
  );
}

export function measureDragFrames(page: Page, cardSelector: string, gestures = 3) {
  return everyGesture(gestures, async (g) => {
    const from = await cardToDrag(page, cardSelector, g);
    if (!from) throw new Error('no card to drag');
    const marked = await markCardAt(page, from, cardSelector);
    const result = await gesture(page, from, { x: 260, y: 90 }, () => markedCardMoved(page, from));
    return { frames: result.frames, moved: marked && result.atEnd };
  });
}
