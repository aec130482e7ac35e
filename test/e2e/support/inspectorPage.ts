import { expect, type Locator, type Page } from '@playwright/test';

/** The inspector panel and the canvas lane labels, as a user reaches them. */
export class InspectorPage {
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('complementary', { name: 'Inspector' });
  }

  heading(name: string): Locator {
    return this.panel.getByRole('heading', { name, exact: true });
  }

  textbox(name: string): Locator {
    return this.panel.getByRole('textbox', { name, exact: true });
  }

  select(name: string): Locator {
    return this.panel.getByRole('combobox', { name, exact: true });
  }

  toggle(name: string): Locator {
    return this.panel.getByRole('switch', { name, exact: true });
  }

  button(name: string | RegExp): Locator {
    return this.panel.getByRole('button', { name });
  }

  emotion(word: string): Locator {
    return this.panel
      .getByRole('radiogroup', { name: 'Emotion' })
      .getByRole('radio', { name: word, exact: true });
  }

  effort(value: number): Locator {
    return this.panel
      .getByRole('radiogroup', { name: /^Effort/ })
      .locator(`[data-value="${value}"]`);
  }

  tags(): Locator {
    return this.panel.getByRole('list', { name: 'Tags on this card' }).getByRole('listitem');
  }

  async addTags(...tags: string[]): Promise<void> {
    const input = this.textbox('Add tag');
    for (const tag of tags) {
      await input.fill(tag);
      await input.press('Enter');
    }
  }

  laneLabel(name: string): Locator {
    return this.page.locator(`[data-testid="lane-label"][data-lane-name="${name}"]`);
  }

  /** Lane names top to bottom, as drawn. */
  async laneNames(): Promise<string[]> {
    const labels = await this.page.getByTestId('lane-label').evaluateAll((els) =>
      els.map((el) => ({
        name: el.getAttribute('data-lane-name') ?? '',
        y: el.getBoundingClientRect().y,
      })),
    );
    return labels.sort((a, b) => a.y - b.y).map((l) => l.name);
  }

  async expectSaved(): Promise<void> {
    await expect(this.page.getByTestId('save-status')).toHaveText('All changes saved');
  }
}
