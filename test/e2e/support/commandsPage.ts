import { expect, type Locator, type Page } from '@playwright/test';

/** The editor's keyboard side: commands, palette, shortcuts sheet, search bar, theme. */
export class CommandsPage {
  constructor(readonly page: Page) {}

  cards(): Locator {
    return this.page.getByTestId('touchpoint-card');
  }

  card(title: string): Locator {
    return this.cards().filter({
      has: this.page.locator('.card-title', { hasText: new RegExp(`^${title}$`) }),
    });
  }

  get palette(): Locator {
    return this.page.getByRole('dialog', { name: 'Command palette' });
  }

  get sheet(): Locator {
    return this.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  }

  get filterCount(): Locator {
    return this.page.getByTestId('filter-count');
  }

  /** Clicks empty canvas: nothing selected, and no text field has the focus. */
  async focusCanvas(): Promise<void> {
    await this.page.locator('.react-flow__pane').click({ position: { x: 8, y: 8 } });
  }

  /** Adds cards one by one with the N shortcut (to the first stage), typing each one's title. */
  async addCardsWithKey(...titles: string[]): Promise<void> {
    for (const title of titles) {
      await this.focusCanvas();
      const before = await this.cards().count();
      await this.page.keyboard.press('n');
      await expect(this.cards()).toHaveCount(before + 1);
      const titleField = this.page.getByRole('textbox', { name: 'Title' });
      await expect(titleField).toBeFocused();
      await titleField.fill(title);
      await expect(this.card(title)).toHaveCount(1);
    }
  }

  /** Selects one card by clicking it; the focus is then on the canvas. */
  async selectCard(title: string): Promise<void> {
    await this.card(title).click();
    await expect(this.card(title)).toHaveClass(/selected/);
  }

  async expectSaved(): Promise<void> {
    await expect(this.page.getByTestId('save-status')).toHaveText('All changes saved');
  }
}
