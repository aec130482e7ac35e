import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { toolbarCommand } from './toolbar';

/** The facilitator's room panel in the editor. */
export class RoomPanel {
  constructor(readonly page: Page) {}

  get panel() {
    return this.page.locator('dialog.room-panel');
  }

  /** Opens the panel from the toolbar and starts a room on loopback; the join address. */
  async start(): Promise<string> {
    await toolbarCommand(this.page, 'Room');
    await this.panel.getByLabel('Network to listen on').selectOption('127.0.0.1');
    await expect(this.panel.getByRole('note')).toContainText('Only this computer can join');
    await this.panel.getByRole('button', { name: 'Start the room' }).click();
    const url = this.panel.getByTestId('room-join-url');
    await expect(url).toContainText('http://127.0.0.1:');
    return (await url.textContent()) ?? '';
  }

  inboxNote(text: string) {
    return this.panel
      .getByRole('list', { name: 'New notes' })
      .locator('li.room-note', { hasText: text });
  }
}

/** A phone: its own browser context at a phone's size, on the room's page. */
export async function openPhone(
  browser: Browser,
  joinUrl: string,
  name: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto(joinUrl);
  await page.getByLabel('Your name (optional)').fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(
    page.getByRole('heading', { name: 'Add a sticky note to this stage' }),
  ).toBeVisible();
  return { context, page };
}
