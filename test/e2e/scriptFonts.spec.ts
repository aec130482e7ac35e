import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { openProjectStore } from '../../electron/backend/projectStore';
import { cellTouchpoints, journeyList, lanesOf, stagesOf } from '../../shared/model/doc';
import { pathToFileURL } from 'node:url';
import { runWayline } from './support/cli';
import { InspectorPage } from './support/inspectorPage';
import { PresentPage } from './support/presentPage';
import { openPhone, RoomPanel } from './support/roomPage';
import { seedProject } from './support/seed';
import { expect, SHOTS, test, type Workspace } from './support/workspace';

// The window draws every script with a real font, not boxes: this machine has no Devanagari
// or Thai system font, so only the Noto fonts the servers declare (electron/uiFonts.ts) can
// draw them. And fonts load only for the characters on screen: a Latin map fetches no CJK file.

/**
 * Card titles in scripts Inter lacks, and the family that must draw each: the first of the
 * chain that has the script (Noto Sans has Devanagari itself, ahead of Noto Sans Devanagari,
 * as in the exports).
 */
const TITLES = [
  { title: 'हिन्दी में बुकिंग', family: 'Noto Sans' },
  { title: 'حجز الغرفة', family: 'Noto Sans Arabic' },
  { title: '预订会议室', family: 'Noto Sans SC' },
  { title: 'จองห้องประชุม', family: 'Noto Sans Thai' },
  // No colour emoji font here: the monochrome Noto Emoji draws it; the words are Inter's.
  { title: 'Check-in 🏨', family: 'Noto Emoji' },
] as const;

/** The hotel example, its first stage's touchpoints retitled in other scripts. */
function seedScripts(workspace: Workspace): string {
  const file = workspace.path('Scripts.wayline');
  seedProject(file, 'Scripts', ['hotel-example']);
  const store = openProjectStore(file);
  const journey = journeyList(store.doc)[0]!;
  const lane = lanesOf(store.doc, journey.id).find((l) => l.kind === 'touchpoints')!;
  // The first touchpoints, stage by stage: on screen when the map opens.
  const targets = stagesOf(store.doc, journey.id)
    .flatMap((stage) => cellTouchpoints(store.doc, stage.id, lane.id))
    .slice(0, TITLES.length);
  expect(targets).toHaveLength(TITLES.length);
  store.apply(
    targets.map((card, i) => ({
      type: 'updateTouchpoint' as const,
      id: card.id,
      patch: { title: TITLES[i]!.title },
    })),
  );
  store.close();
  return file;
}

/** Font files the page fetched from the servers' fonts folder, by file name. */
function watchFontFiles(page: Page): string[] {
  const files: string[] = [];
  page.on('response', (res) => {
    const name = /\/fonts\/([^/?]+\.woff2?)$/.exec(new URL(res.url()).pathname)?.[1];
    if (name && res.ok()) files.push(name);
  });
  return files;
}

/**
 * Once the fonts the page asks for have loaded (a new layout may ask for more, so until a
 * frame asks for none): the families with a loaded face.
 */
async function loadedFamilies(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => done(null)));
    do {
      await document.fonts.ready;
      await frame();
      await frame();
    } while (document.fonts.status !== 'loaded');
    const loaded = [...document.fonts].filter((f) => f.status === 'loaded');
    return [...new Set(loaded.map((f) => f.family.replace(/^["']|["']$/g, '')))];
  });
}

/**
 * The fonts Chromium drew an element's text with, as DevTools reports them: the family of
 * each, whether it is a web font, and how many glyphs it drew.
 */
async function fontsDrawing(target: Locator) {
  await target.evaluate((el) => el.setAttribute('data-font-probe', ''));
  const page = target.page();
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const selector = '[data-font-probe]';
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    // A text field's text is in its user-agent shadow tree, in the last element (the first is
    // the placeholder): ask of that one.
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 2, pierce: true });
    const inner = node.shadowRoots?.[0]?.children?.at(-1)?.backendNodeId;
    const [textNode = nodeId] = inner
      ? (await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [inner] })).nodeIds
      : [];
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: textNode });
    return fonts.map((f) => ({ family: f.familyName, web: f.isCustomFont, glyphs: f.glyphCount }));
  } finally {
    await cdp.detach();
    await target.evaluate((el) => el.removeAttribute('data-font-probe'));
  }
}

/** A font's name as DevTools gives it: the family, then its weight's name ("Noto Sans SemiBold"). */
const named = (family: string) => new RegExp(`^${family}( (Regular|Medium|SemiBold|Bold))?$`);

/** Each title is drawn by its Noto family, a web font, and by no system font (Inter aside). */
async function expectDrawnInNoto(titleOf: (title: string) => Locator) {
  for (const { title, family } of TITLES) {
    const fonts = await fontsDrawing(titleOf(title));
    const shown = `${title}: ${JSON.stringify(fonts)}`;
    expect(
      fonts.every((f) => f.web),
      shown,
    ).toBe(true);
    const others = fonts.filter((f) => !named('Inter').test(f.family));
    expect(others.length, shown).toBe(1);
    expect(others[0]?.family, shown).toMatch(named(family));
  }
}

test('card titles in Devanagari, Arabic, Chinese, Thai and an emoji are drawn in Noto, in the map, inspector, presentation and room', async ({
  page,
  browser,
  workspace,
}) => {
  const fontFiles = watchFontFiles(page);
  await workspace.serve(seedScripts(workspace));
  const hindi = page.locator('.card-title', { hasText: TITLES[0].title });
  await expect(hindi).toBeVisible();
  await hindi.click();
  const ins = new InspectorPage(page);
  await expect(ins.textbox('Title')).toHaveValue(TITLES[0].title);
  const families = await loadedFamilies(page);
  console.log(`fonts fetched for the map in four scripts: ${fontFiles.length}`, fontFiles);
  await page.screenshot({ path: join(SHOTS, 'script-fonts-map.png') });

  for (const { family, title } of TITLES) {
    expect(families, family).toContain(family);
    const drawn = await page.evaluate(
      // Card titles are semibold; their spaces are Inter's.
      ([f, t]) => document.fonts.check(`600 16px "${f}"`, t.replace(/\s/g, '')),
      [family, title] as const,
    );
    expect(drawn, family).toBe(true);
  }
  await expectDrawnInNoto((t) => page.locator('.card-title', { hasText: t }));
  // The inspector's title field draws the Hindi in Noto too.
  const field = await fontsDrawing(ins.textbox('Title'));
  expect(field.every((f) => f.web)).toBe(true);
  expect(field.map((f) => f.family)).toContainEqual(expect.stringMatching(named('Noto Sans')));
  // Only the subsets the titles need: one or two Chinese files, not a hundred.
  const sc = fontFiles.filter((f) => f.startsWith('noto-sans-sc-'));
  expect(sc.length).toBeGreaterThan(0);
  expect(sc.length).toBeLessThan(6);
  expect(fontFiles.filter((f) => /^noto-sans-(jp|kr)-/.test(f))).toEqual([]);

  // The presentation draws them with the same fonts.
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const show = new PresentPage(page);
  await expect(show.root).toBeVisible();
  const presented = (t: string) => show.root.getByRole('heading', { name: t, exact: true });
  for (let i = 0; i < 3 && !(await presented(TITLES[0].title).isVisible()); i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(600);
  }
  await expect(presented(TITLES[0].title)).toBeVisible();
  await loadedFamilies(page);
  await page.screenshot({ path: join(SHOTS, 'script-fonts-present.png') });
  const inPresentation = await fontsDrawing(presented(TITLES[0].title));
  expect(inPresentation.every((f) => f.web)).toBe(true);
  expect(inPresentation.map((f) => f.family)).toContainEqual(
    expect.stringMatching(named('Noto Sans')),
  );
  await page.keyboard.press('Escape');

  // The room page on a phone: its own server, the same stylesheet and files.
  const join_ = await new RoomPanel(page).start();
  const phone = await openPhone(browser, join_, 'Asha');
  const phoneFamilies = await loadedFamilies(phone.page);
  await phone.page.screenshot({ path: join(SHOTS, 'script-fonts-room.png'), fullPage: true });
  expect(phoneFamilies).toContain('Inter');
  const rated = phone.page.locator('.rating-title', { hasText: TITLES[0].title });
  const inRoom = await fontsDrawing(rated);
  expect(inRoom.every((f) => f.web)).toBe(true);
  expect(inRoom.map((f) => f.family)).toContainEqual(expect.stringMatching(named('Noto Sans')));
  await phone.context.close();
  expect(workspace.consoleErrors).toEqual([]);
});

test('a Latin-only map fetches no CJK, Devanagari, Arabic or Thai font file', async ({
  page,
  workspace,
}) => {
  const fontFiles = watchFontFiles(page);
  const editor = await workspace.serveSeeded(['hotel-example']);
  await editor.card('Book the room').click();
  await loadedFamilies(page);
  await editor.fitView();
  await loadedFamilies(page);
  console.log(`fonts fetched for the Latin map: ${fontFiles.length}`, fontFiles);
  expect(fontFiles.filter((f) => f.startsWith('noto-'))).toEqual([]);
});

test('the one-file HTML viewer draws the titles with the fonts it carries', async ({
  page,
  workspace,
}) => {
  seedScripts(workspace);
  const journey = 'Booking a hotel for a business trip';
  const args = ['export', 'Scripts.wayline', '--journey', journey, '--format', 'html'];
  const run = runWayline(workspace.folder, {}, [...args, '--out', 'scripts.html']);
  expect(run.code, run.err).toBe(0);
  await page.goto(pathToFileURL(workspace.path('scripts.html')).href);
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  const heading = page.locator('#details').getByRole('heading');
  for (const { title, family } of TITLES) {
    await page.getByRole('button', { name: new RegExp(`^${title}`) }).click();
    await expect(heading).toHaveText(title);
    await loadedFamilies(page);
    if (title === TITLES[2].title)
      await page.screenshot({ path: join(SHOTS, 'script-fonts-viewer.png') });
    const drawn = await fontsDrawing(heading);
    expect(
      drawn.every((f) => f.web),
      JSON.stringify(drawn),
    ).toBe(true);
    expect(drawn.map((f) => f.family)).toContainEqual(expect.stringMatching(named(family)));
    await page.keyboard.press('Escape');
  }
});
