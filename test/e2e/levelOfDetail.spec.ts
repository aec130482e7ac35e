import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { writeFixture } from '../../bench/fixture';
import { openProjectStore } from '../../electron/backend/projectStore';
import { EDIT_ZOOM, FAR_ZOOM } from '../../shared/layout/farShapes';
import { layoutJourney, type JourneyLayout } from '../../shared/layout/layoutJourney';
import { DEFAULT_LAYOUT_THEME } from '../../shared/layout/theme';
import { EditorPage } from './support/editorPage';
import { KeyboardPage } from './support/keyboardPage';
import { expect, SHOTS, test as base } from './support/workspace';

const test = base.extend<{ editor: EditorPage }>({
  editor: async ({ workspace }, use) => {
    await use(await workspace.serveSeeded(['hotel-example']));
  },
});

interface View {
  x: number;
  y: number;
  zoom: number;
  left: number;
  top: number;
}

/** React Flow's viewport transform and where the pane is on the page. */
async function view(page: Page): Promise<View> {
  return page.locator('.react-flow').evaluate((flow) => {
    const vp = flow.querySelector<HTMLElement>('.react-flow__viewport')!;
    const m = new DOMMatrix(getComputedStyle(vp).transform);
    const rect = flow.getBoundingClientRect();
    return { x: m.e, y: m.f, zoom: m.a, left: rect.left, top: rect.top };
  });
}

async function zoomUntil(page: Page, button: 'Zoom In' | 'Zoom Out', done: (z: number) => boolean) {
  for (let i = 0; i < 20 && !done((await view(page)).zoom); i++) {
    await page.getByRole('button', { name: button }).click();
    await page.waitForTimeout(250);
  }
  expect(done((await view(page)).zoom)).toBe(true);
}

/** A page point seen in one view, in another: the same canvas point. */
function carry(p: { x: number; y: number }, from: View, to: View) {
  const cx = (p.x - from.left - from.x) / from.zoom;
  const cy = (p.y - from.top - from.y) / from.zoom;
  return { x: cx * to.zoom + to.x + to.left, y: cy * to.zoom + to.y + to.top };
}

/** A canvas point on the page. */
const onPage = (v: View, x: number, y: number) => ({
  x: x * v.zoom + v.x + v.left,
  y: y * v.zoom + v.y + v.top,
});

/** The far layer's own pixels (RGBA) at points of the pane, after it has drawn this view. */
async function farPixels(page: Page, points: { x: number; y: number }[]): Promise<number[][]> {
  return page.getByTestId('far-layer').evaluate(async (el, pts) => {
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const canvas = el as HTMLCanvasElement;
    const ratio = window.devicePixelRatio || 1;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    return pts.map(({ x, y }) => {
      const i = (Math.floor(y * ratio) * canvas.width + Math.floor(x * ratio)) * 4;
      return [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
    });
  }, points);
}

/**
 * Far out no card is a node but the map's keyboard Tab stop (keyboard/, a roving tabindex),
 * which the layer covers with its shape until it has the focus.
 */
async function expectShapesOnly(page: Page) {
  await expect
    .poll(() => page.locator('.react-flow__node-touchpoint').count())
    .toBeLessThanOrEqual(1);
  await expect(page.locator('.react-flow__node-touchpoint:focus-within')).toHaveCount(0);
}

/**
 * Zooms out below FAR_ZOOM from the opening view: the first card of `stage`, its title, and
 * where its shape is drawn now (the centre it had, carried to the far view).
 */
async function zoomOutToFirstCard(editor: EditorPage, stage: string) {
  const { page } = editor;
  const card = editor.cardsIn(stage).first();
  const title = (await card.locator('.card-title').textContent()) ?? '';
  const box = (await card.boundingBox())!;
  const near = await view(page);
  await zoomUntil(page, 'Zoom Out', (z) => z < FAR_ZOOM);
  await expectShapesOnly(page);
  const at = carry({ x: box.x + box.width / 2, y: box.y + box.height / 2 }, near, await view(page));
  return { title, at };
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

test('cards turn into one layer of shapes below the documented zoom and back above it', async ({
  page,
  editor,
}) => {
  const far = page.getByTestId('far-layer');
  expect((await view(page)).zoom).toBeGreaterThanOrEqual(FAR_ZOOM);
  await expect(editor.cards().first()).toBeVisible();
  await expect(far).toHaveCount(0);

  await zoomUntil(page, 'Zoom Out', (z) => z < FAR_ZOOM);
  await expect(far).toBeVisible();
  await expectShapesOnly(page);
  // The emotion curve is drawn by the far layer too, from the same points.
  await expect(page.getByTestId('emotion-curve')).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS, 'lod-hotel-just-below.png') });

  await zoomUntil(page, 'Zoom In', (z) => z >= FAR_ZOOM);
  await expect(far).toHaveCount(0);
  await expect(editor.cards().first()).toBeVisible();
  await expect(page.getByTestId('emotion-curve')).toHaveCount(1);
});

test('at the far zoom a card is selected by clicking its shape, stays full, and is dropped in another stage', async ({
  page,
  editor,
}) => {
  const [first, second] = await editor.stageNames();
  const { title, at } = await zoomOutToFirstCard(editor, first!);
  // Hovering the shape offers it (pointer, title as a tip); clicking selects it.
  await page.mouse.move(at.x, at.y);
  await expect(page.locator('.react-flow.far-hover')).toHaveAttribute('title', title);
  await page.mouse.click(at.x, at.y);
  await expect(editor.title).toHaveValue(title);
  // The selected card is drawn in full at this zoom, so it drags and drops as at any zoom.
  await expect(editor.cards()).toHaveCount(1);
  expect((await view(page)).zoom).toBeLessThan(FAR_ZOOM);
  await editor.dragCardToStage(title, second!);
  await expect(editor.card(title)).toHaveAttribute('data-stage', second!);
  await expect(page.getByTestId('far-layer')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'lod-hotel-dropped-far.png') });
});

test('at the far zoom a right-click on a card’s shape opens that card’s menu', async ({
  page,
  editor,
}) => {
  const [first] = await editor.stageNames();
  const { title, at } = await zoomOutToFirstCard(editor, first!);
  await page.mouse.click(at.x, at.y, { button: 'right' });
  const menu = page.getByRole('menu', { name: `Card: ${title}` });
  await expect(menu.getByRole('menuitem', { name: 'Connect to…' })).toBeVisible();
  // The menu acts on that card: it is the selection now.
  await expect(editor.title).toHaveValue(title);
  await page.screenshot({ path: join(SHOTS, 'lod-far-card-menu.png') });
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  // A right-click on empty canvas opens no card menu.
  await page.mouse.click(at.x, at.y + 400, { button: 'right' });
  await expect(page.getByRole('menu')).toHaveCount(0);
});

test('a card added far out is brought in at a readable zoom, full and ready to type on', async ({
  page,
  editor,
}) => {
  const [, second] = await editor.stageNames();
  await zoomUntil(page, 'Zoom Out', (z) => z < FAR_ZOOM * 0.6);
  await expectShapesOnly(page);

  await page.getByRole('button', { name: `Add touchpoint to ${second}` }).click();
  await expect(editor.title).toBeFocused();
  await expect.poll(async () => (await view(page)).zoom).toBeGreaterThan(EDIT_ZOOM - 0.01);
  await editor.title.fill('Added far out');
  const added = editor.card('Added far out');
  await expect(added).toBeInViewport({ ratio: 1 });
  await expect(added).toHaveAttribute('data-stage', second!);

  // Duplicating far out does the same: the copy is the card to type on.
  await zoomUntil(page, 'Zoom Out', (z) => z < FAR_ZOOM * 0.6);
  await expect(added).toBeVisible(); // still selected, so still full
  await page.keyboard.press('Control+d');
  await expect(editor.card('Added far out')).toHaveCount(2);
  await expect.poll(async () => (await view(page)).zoom).toBeGreaterThan(EDIT_ZOOM - 0.01);
  await expect(page.locator('.touchpoint-card.selected')).toHaveCount(1);
  await expect(page.locator('.touchpoint-card.selected')).toBeInViewport({ ratio: 1 });
});

test('far out, the keyboard walk reaches the cards: the one it is on is drawn full and on screen', async ({
  page,
  editor,
}) => {
  await zoomUntil(page, 'Zoom Out', (z) => z < FAR_ZOOM);
  await expectShapesOnly(page);
  const kb = new KeyboardPage(page);
  await kb.tabIntoMap();
  const first = await kb.pressUntil('ArrowDown', (f) => f.kb?.startsWith('card:') ?? false);
  const id = first.kb!.slice('card:'.length);
  const focused = page.locator(`.react-flow__node-touchpoint[data-id="${id}"]`);
  await expect(focused).toBeFocused();
  await expect(focused).toBeInViewport({ ratio: 0.95 });
  // Its ring is 2 px on screen however far out (divided by the zoom; Chromium snaps outline
  // widths to whole pixels), and the zoom it is divided by sits on the focused card alone, so
  // zooming re-styles no other element of the map.
  const ring = () =>
    focused.evaluate((el) => {
      const vp = el.closest<HTMLElement>('.react-flow__viewport')!;
      const zoom = new DOMMatrix(getComputedStyle(vp).transform).a;
      const onMap = getComputedStyle(el.closest('.react-flow')!).getPropertyValue('--kb-zoom');
      const screen = parseFloat(getComputedStyle(el).outlineWidth) * zoom;
      return { zoom, ringed: Math.abs(screen - 2) < 0.5, onMap };
    });
  const before = await ring();
  expect(before).toMatchObject({ ringed: true, onMap: '' });
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  await page.mouse.wheel(0, 100);
  await expect.poll(async () => (await ring()).zoom).toBeLessThan(before.zoom);
  expect(await ring()).toMatchObject({ ringed: true, onMap: '' });
  await expect(focused).toBeFocused();
  // The walk selects what it is on (the inspector shows it); the next card takes its place.
  const title = (await focused.locator('.card-title').textContent()) ?? '';
  await expect(editor.title).toHaveValue(title);
  await page.keyboard.press('ArrowDown');
  const next = await kb.focused();
  expect(next.kb).toMatch(/^card:/);
  expect(next.kb).not.toBe(first.kb);
  await expect(page.locator('.react-flow__node-touchpoint:focus')).toBeInViewport({ ratio: 0.95 });
  // The card left behind is a shape again; only the one the walk is on is a node.
  await expect(page.locator('.react-flow__node-touchpoint')).toHaveCount(1);
  expect((await view(page)).zoom).toBeLessThan(FAR_ZOOM);
});

test('far out, a marquee drawn with Shift selects the shapes inside it', async ({
  page,
  editor,
}) => {
  const [first] = await editor.stageNames();
  await editor.fitView();
  await zoomUntil(page, 'Zoom Out', (z) => z < 0.3);
  await expectShapesOnly(page);
  const node = page.locator('.react-flow__node-stage', { has: editor.stage(first!) });
  const count = Number(/, (\d+) cards?$/.exec((await node.getAttribute('aria-label')) ?? '')?.[1]);
  expect(count).toBeGreaterThan(1);
  const column = (await editor.stage(first!).boundingBox())!;
  // From the empty canvas below the map up past the top left of the first stage.
  await page.keyboard.down('Shift');
  await page.mouse.move(column.x + column.width + 2, column.y + column.height + 16);
  await page.mouse.down();
  await page.mouse.move(column.x - 2, column.y - 8, { steps: 10 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText(
    `${count} selected`,
  );
});

test('the search dims the far shapes that do not match', async ({ page, editor }) => {
  const [first] = await editor.stageNames();
  const card = editor.cardsIn(first!).first();
  const title = (await card.locator('.card-title').textContent()) ?? '';
  const box = (await card.boundingBox())!;
  const near = await view(page);
  await zoomUntil(page, 'Zoom Out', (z) => z < FAR_ZOOM);
  const v = await view(page);
  const bar = carry({ x: box.x + 3, y: box.y + box.height / 2 }, near, v);
  const at = { x: Math.floor(bar.x - v.left), y: bar.y - v.top };
  const [before] = await farPixels(page, [at]);
  expect(before![3]).toBe(255);

  await page.locator('.react-flow__pane').click({ position: { x: 8, y: 8 } });
  await page.keyboard.press('Control+f');
  const text = page.getByRole('searchbox', { name: 'Search text' });
  await text.fill('zzzz no card says this');
  const [dimmed] = await farPixels(page, [at]);
  expect(dimmed![3]).toBeLessThan(128);
  await page.screenshot({ path: join(SHOTS, 'lod-hotel-search-dims.png') });
  await text.fill(title);
  const [matched] = await farPixels(page, [at]);
  expect(matched![3]).toBe(255);
});

test.describe('a 200-card map', () => {
  let layout: JourneyLayout;
  let titles: Map<string, string>;
  const useMap = base.extend<{ map: EditorPage }>({
    map: async ({ workspace, page }, use) => {
      const file = workspace.path('Two hundred.wayline');
      const { journeyId } = writeFixture(file, 200);
      const store = openProjectStore(file);
      layout = layoutJourney(store.doc, journeyId, DEFAULT_LAYOUT_THEME);
      titles = new Map(Object.values(store.doc.touchpoints).map((t) => [t.id, t.title]));
      store.close();
      await workspace.serve(file);
      await expect(page.getByTestId('stage-column').first()).toBeVisible();
      await use(new EditorPage(page));
    },
  });

  useMap(
    'the far layer draws every card of the layout at its box, seen at 1.0, 0.45 and 0.15',
    async ({ page, map }) => {
      expect(layout.cards.length).toBe(200);
      await zoomUntil(page, 'Zoom In', (z) => z >= 1);
      await expect(map.cards().first()).toBeVisible();
      await page.screenshot({ path: join(SHOTS, 'lod-200-zoom-1.0.png') });
      await zoomUntil(page, 'Zoom Out', (z) => z < FAR_ZOOM);
      await page.screenshot({ path: join(SHOTS, 'lod-200-zoom-0.45.png') });
      await zoomUntil(page, 'Zoom Out', (z) => z <= 0.16);
      await page.screenshot({ path: join(SHOTS, 'lod-200-zoom-0.15.png') });

      const far = page.getByTestId('far-layer');
      await expect(far).toHaveAttribute('data-card-count', '200');
      const v = await view(page);
      const colour = new Map(layout.stages.map((s) => [s.id, rgb(s.color)]));
      // Each card's stage bar where the layout puts its left edge, and its body to the right.
      const probes = layout.cards.flatMap((c) => {
        const p = onPage(v, c.x, c.y + c.height / 2);
        const x = Math.floor(p.x - v.left) + 1;
        const y = p.y - v.top;
        return [
          { x, y },
          { x: x + Math.max(3, c.width * v.zoom * 0.5), y: (c.y + c.height * 0.85) * v.zoom + v.y },
        ];
      });
      const pixels = await farPixels(page, probes);
      layout.cards.forEach((c, i) => {
        const [r, g, b, a] = pixels[2 * i]!;
        const want = colour.get(c.stageId)!;
        expect(a, `card ${c.id} is drawn`).toBe(255);
        expect(Math.max(...[r, g, b].map((n, k) => Math.abs(n! - want[k]!))), c.id).toBeLessThan(
          12,
        );
        expect(pixels[2 * i + 1]![3], `card ${c.id} has a body`).toBe(255);
      });

      // Hit-testing finds the card the layout has at a point.
      for (const c of layout.cards.filter((_, i) => i % 25 === 0)) {
        const p = onPage(v, c.x + c.width / 2, c.y + c.height / 2);
        await page.mouse.move(p.x, p.y);
        await expect(page.locator('.react-flow')).toHaveAttribute('title', titles.get(c.id)!);
      }
    },
  );
});
