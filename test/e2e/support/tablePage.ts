import { expect, type Locator, type Page } from '@playwright/test';

/** The table view of a journey, as a keyboard user reaches it. */
export class TablePage {
  readonly grid: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByRole('grid');
    this.count = page.getByTestId('table-count');
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('group', { name: 'View' })
      .getByRole('button', { name: 'Table' })
      .click();
    await expect(this.grid).toBeVisible();
  }

  async showMap(): Promise<void> {
    await this.page
      .getByRole('group', { name: 'View' })
      .getByRole('button', { name: 'Map' })
      .click();
    await expect(this.page.getByTestId('journey-canvas')).toBeVisible();
  }

  /** Data rows as drawn (the virtualised window), in screen order. */
  rows(): Locator {
    return this.grid.locator('.table-body [role="row"]');
  }

  /** A column's cells of the drawn rows, top to bottom (rows are placed by `top`). */
  async columnTexts(column: string): Promise<string[]> {
    const cells = await this.grid
      .locator(`.table-body [role="gridcell"][data-column="${column}"]`)
      .evaluateAll((els) =>
        els.map((el) => ({
          top: (el.parentElement as HTMLElement).offsetTop,
          text: (el.textContent ?? '').trim(),
        })),
      );
    return cells.sort((a, b) => a.top - b.top).map((c) => c.text);
  }

  /** The cell `aria-activedescendant` names: the active one. */
  async activeCell(): Promise<Locator> {
    const id = await this.grid.getAttribute('aria-activedescendant');
    if (!id) throw new Error('no active cell');
    return this.page.locator(`[id="${id}"]`);
  }

  header(name: string): Locator {
    return this.grid.getByRole('columnheader', { name });
  }

  /** Puts text on the system clipboard and presses Ctrl+V with the grid focused. */
  async paste(text: string): Promise<void> {
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.grid.focus();
    await this.page.keyboard.press('Control+v');
  }
}
