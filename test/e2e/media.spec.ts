import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { jpegPhoto, pngBomb, pngImage, SVG_WITH_SCRIPT, wavSilence } from '../unit/mediaFixtures';
import { exportAs } from './support/exportDialog';
import { InspectorPage } from './support/inspectorPage';
import { PresentPage } from './support/presentPage';
import { expect, SHOTS, test } from './support/workspace';

test.afterEach(({ workspace }) => {
  expect(workspace.pageErrors).toEqual([]);
});

interface FilePayload {
  name: string;
  type: string;
  base64: string;
}

const payload = (name: string, type: string, bytes: Buffer): FilePayload => ({
  name,
  type,
  base64: bytes.toString('base64'),
});

/** A DataTransfer in the page holding these files, as a drag from the desktop or a paste carries. */
function transfer(page: Page, files: FilePayload[]) {
  return page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name, { type: f.type }));
    }
    return dt;
  }, files);
}

async function dropOn(page: Page, target: ReturnType<Page['locator']>, files: FilePayload[]) {
  const dataTransfer = await transfer(page, files);
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}

async function paste(page: Page, files: FilePayload[]) {
  const dataTransfer = await transfer(page, files);
  await page.evaluate((dt) => {
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true }));
  }, dataTransfer);
}

test('an image dropped and one pasted show on the card, in the lightbox and in the presentation', async ({
  page,
  workspace,
}) => {
  const editor = await workspace.serveSeeded(['hotel-example'], 'Media');
  const card = editor.cards().first();
  const photo = await jpegPhoto(800, 600, { gps: true });
  await dropOn(page, card, [payload('street.jpg', 'image/jpeg', photo)]);
  const cover = card.getByTestId('card-cover');
  await expect(cover.locator('img')).toHaveAttribute('alt', 'street.jpg');
  await expect(page.getByTestId('media-notice')).toContainText(
    'Location and camera data were removed from “street.jpg”',
  );
  await expect
    .poll(() => cover.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBe(480);

  // Pasted onto the selected card (the drop selected it): a second file, counted on the cover.
  await card.click({ position: { x: 60, y: 110 } });
  await paste(page, [payload('screenshot.png', 'image/png', await pngImage(400, 300))]);
  await expect(cover).toContainText('2 files');
  const ins = new InspectorPage(page);
  const rows = ins.panel.getByTestId('attachment-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.locator('.attachment-name')).toContainText(['street.jpg', 'screenshot.png']);
  await page.screenshot({ path: join(SHOTS, 'media-card-cover.png') });
  const filesGroup = ins.panel.getByRole('group', { name: 'Files' });
  await filesGroup.scrollIntoViewIfNeeded();
  await filesGroup.screenshot({ path: join(SHOTS, 'media-inspector-files.png') });

  // The lightbox: the preview, keyboard to the next file, Escape closes.
  await cover.click();
  const lightbox = page.getByTestId('lightbox');
  await expect(lightbox).toBeVisible();
  await expect(lightbox.getByTestId('lightbox-image')).toHaveAttribute('alt', 'street.jpg');
  await expect
    .poll(() =>
      lightbox.getByTestId('lightbox-image').evaluate((img: HTMLImageElement) => img.naturalWidth),
    )
    .toBe(800);
  await page.screenshot({ path: join(SHOTS, 'media-lightbox.png') });
  await page.keyboard.press('ArrowRight');
  await expect(lightbox.getByTestId('lightbox-image')).toHaveAttribute('alt', 'screenshot.png');
  await page.keyboard.press('Escape');
  await expect(lightbox).toBeHidden();

  // Reordered: the screenshot becomes the cover; one undo puts it back.
  await ins.panel.getByRole('button', { name: 'Move screenshot.png up' }).click();
  await expect(cover.locator('img')).toHaveAttribute('alt', 'screenshot.png');
  await page.keyboard.press('Control+z');
  await expect(cover.locator('img')).toHaveAttribute('alt', 'street.jpg');

  // The presentation shows the cover in the stage view of the card's stage, and opens the
  // lightbox from it.
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const show = new PresentPage(page);
  await expect(show.root).toBeVisible();
  await show.press('ArrowRight', 'stage-1');
  const stageView = show.root.getByTestId('stage-view');
  const presentCover = stageView.locator('.present-cover img').first();
  await expect(presentCover).toHaveAttribute('alt', 'street.jpg');
  await expect
    .poll(() => presentCover.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBe(480);
  await page.screenshot({ path: join(SHOTS, 'media-present.png') });
  await stageView.locator('.present-cover').first().click();
  await expect(lightbox).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(lightbox).toBeHidden();
  await expect(show.root).toBeVisible();
  await page.keyboard.press('Escape');

  // The PDF export draws the cover: an image on the page, the thumbnail's 480 x 360.
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const pdf = await exportAs(page, workspace, 'PDF', 'map.pdf');
  await page.keyboard.press('Escape');
  const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' });
  expect(images).toMatch(/\s480\s+360\s/);
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    pdf,
    join(SHOTS, 'media-e2e-pdf'),
  ]);

  // Removed, then undone: the file comes back from the same stored bytes.
  await ins.panel.getByRole('button', { name: 'Remove screenshot.png' }).click();
  await expect(rows).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(rows).toHaveCount(2);

  const doc = await workspace.savedDoc('Media.wayline');
  const names = Object.values(doc.attachments)
    .map((a) => a.fileName)
    .sort();
  expect(names).toEqual(['screenshot.png', 'street.jpg']);
});

test('hostile files are refused with a message and the project file unchanged', async ({
  page,
  workspace,
}) => {
  const editor = await workspace.serveSeeded(['hotel-example'], 'Hostile');
  const card = editor.cards().first();
  // Settle: the file as it is before any attempt (the WAL folds in on the first checkpoint).
  const file = workspace.path('Hostile.wayline');
  const before = readFileSync(file);
  const notice = page.getByTestId('media-notice');
  await dropOn(page, card, [
    payload('holiday.png', 'image/png', await jpegPhoto(40, 40)),
    payload('bomb.png', 'image/png', pngBomb()),
    payload('logo.svg', 'image/svg+xml', SVG_WITH_SCRIPT),
  ]);
  await expect(notice.getByRole('alert')).toContainText(
    '“holiday.png” is not a PNG image: its contents are a JPEG image',
  );
  await expect(notice.getByRole('alert')).toContainText('says it is 50,000 x 50,000 pixels');
  await expect(notice.getByRole('alert')).toContainText(
    '“logo.svg” is refused: it contains a script',
  );
  await page.screenshot({ path: join(SHOTS, 'media-refused.png') });
  await expect(card.getByTestId('card-cover')).toHaveCount(0);
  expect(await workspace.stopServer()).toBe(0);
  expect(readFileSync(file).equals(before)).toBe(true);
});

test('a recording plays in the lightbox from a blob URL; the card counts it', async ({
  page,
  workspace,
}) => {
  const editor = await workspace.serveSeeded(['hotel-example'], 'Audio');
  const card = editor.cards().first();
  await dropOn(page, card, [payload('interview.wav', 'audio/wav', wavSilence())]);
  const cover = card.getByTestId('card-cover');
  await expect(cover).toContainText('1 file');
  await cover.click();
  const media = page.getByTestId('lightbox').getByTestId('lightbox-media');
  await expect(media).toHaveAttribute('src', /^blob:/);
  await expect
    .poll(() => media.evaluate((el: HTMLMediaElement) => el.duration))
    .toBeCloseTo(0.25, 2);
  expect(workspace.consoleErrors.filter((e) => /Content Security Policy/.test(e))).toEqual([]);
});
