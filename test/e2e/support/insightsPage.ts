import { expect, type Locator, type Page } from '@playwright/test';

/** The insights panel (View > Insights), as a user reads it. */
export class InsightsPage {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Insights' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Insights', exact: true }).click();
    await expect(this.dialog).toBeVisible();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }

  score(): Locator {
    return this.dialog.getByTestId('health-score');
  }

  formula(): Locator {
    return this.dialog.getByRole('list', { name: 'How the score is worked out' });
  }

  /** A stage's row of the stage table, cells in column order. */
  async stageRow(stage: string): Promise<string[]> {
    const row = this.dialog.locator(
      `[data-testid="insight-stage-row"][data-stage-name="${stage}"]`,
    );
    return (await row.locator('th, td').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  }

  /** Entry titles of a top list ("Lowest emotion", "Highest effort"). */
  list(title: string): Locator {
    return this.dialog.getByRole('region', { name: title }).locator('.insights-entry-title');
  }

  comparisonRow(stage: string): Locator {
    return this.dialog.locator(`[data-testid="comparison-row"][data-stage-name="${stage}"]`);
  }
}
