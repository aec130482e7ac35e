import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { FAR_ZOOM } from '../../shared/layout/farShapes';
import type { EditorPage } from './support/editorPage';
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

test('cards turn into one layer of shapes below the documented zoom and back above it', async ({
  page,
  editor,
}) => {
  const far = page.getByTestId('far-layer');
  expect((await view(page)).zoom).toBeGreaterThanOrEqual(FAR_ZOOM);
  await expect(editor.cards().first()).toBeVisible();
  await expect(far).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS, 'lod-1-near.png') });

  await zoomUntil(page, 'Zoom Out', (z) => z < FAR_ZOOM);
  await expect(far).toBeVisible();
  await expect(editor.cards()).toHaveCount(0);
  await expect(page.getByTestId('note-card')).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS, 'lod-2-just-below.png') });

  // The whole map: the far layer holds every card the layout places (the stages' counts).
  await editor.fitView();
  await zoomUntil(page, 'Zoom Out', (z) => z < FAR_ZOOM * 0.6);
  await expect(far).toBeVisible();
  const labels = await page
    .getByTestId('stage-column')
    .evaluateAll((els) =>
      els.map((el) => el.closest('.react-flow__node')?.getAttribute('aria-label') ?? ''),
    );
  const total = labels.reduce((sum, l) => sum + Number(/, (\d+) cards$/.exec(l)?.[1] ?? 0), 0);
  expect(total).toBeGreaterThan(10);
  await expect(far).toHaveAttribute('data-card-count', String(total));
  await page.screenshot({ path: join(SHOTS, 'lod-3-whole-map.png') });

  await zoomUntil(page, 'Zoom In', (z) => z >= FAR_ZOOM);
  await expect(far).toHaveCount(0);
  await expect(editor.cards().first()).toBeVisible();
});

test('at the far zoom a card is selected by clicking its shape, then dragged to another stage', async ({
  page,
  editor,
}) => {
  const [first, second] = await editor.stageNames();
  const card = editor.cardsIn(first!).first();
  const title = (await card.locator('.card-title').textContent()) ?? '';
  const box = (await card.boundingBox())!;
  const near = await view(page);

  await zoomUntil(page, 'Zoom Out', (z) => z < FAR_ZOOM);
  await expect(editor.cards()).toHaveCount(0);
  const at = carry({ x: box.x + box.width / 2, y: box.y + box.height / 2 }, near, await view(page));
  // Hovering the shape offers it; clicking selects it (the inspector shows it).
  await page.mouse.move(at.x, at.y);
  await expect(page.locator('.react-flow.far-hover')).toHaveCount(1);
  await page.mouse.click(at.x, at.y);
  await expect(editor.title).toHaveValue(title);
  // The selected card is drawn in full, so it drags and drops as at any zoom.
  await expect(editor.cards()).toHaveCount(1);
  await editor.dragCardToStage(title, second!);
  await expect(editor.card(title)).toHaveAttribute('data-stage', second!);
  await expect(page.getByTestId('far-layer')).toBeVisible();
});
