import type { Page } from '@playwright/test';

/**
 * Runs a toolbar command that may wait in "More ▾" at this window width (Backlog, Sources and
 * Room below 1680 px): its button when the bar shows it, else its item in the menu.
 */
export async function toolbarCommand(page: Page, button: string, menuItem = button) {
  const shown = page.getByRole('button', { name: button, exact: true });
  if (await shown.isVisible()) return shown.click();
  await page.getByRole('button', { name: 'More ▾' }).click();
  await page.getByRole('menu', { name: 'More' }).getByRole('menuitem', { name: menuItem }).click();
}
