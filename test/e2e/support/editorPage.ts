import { expect, type Locator, type Page } from '@playwright/test';

/** The editor as a user sees it: stages, cards, the inspector. */
export class EditorPage {
  constructor(readonly page: Page) {}

  stage(name: string): Locator {
    return this.page.locator(`[data-testid="stage-column"][data-stage-name="${name}"]`);
  }

  /** Stage names left to right, as drawn. */
  async stageNames(): Promise<string[]> {
    const columns = this.page.getByTestId('stage-column');
    const named = await columns.evaluateAll((els) =>
      els.map((el) => ({
        name: el.getAttribute('data-stage-name') ?? '',
        x: el.getBoundingClientRect().x,
      })),
    );
    return named.sort((a, b) => a.x - b.x).map((n) => n.name);
  }

  /** A stage's cell in the first lane of a kind (the touchpoint lane by default). */
  cell(stage: string, laneKind = 'touchpoints'): Locator {
    return this.stage(stage)
      .locator(`[data-testid="stage-cell"][data-lane-kind="${laneKind}"]`)
      .first();
  }

  cards(): Locator {
    return this.page.getByTestId('touchpoint-card');
  }

  card(title: string): Locator {
    return this.cards().filter({
      has: this.page.locator('.card-title', { hasText: new RegExp(`^${title}$`) }),
    });
  }

  /** A card of any lane but touchpoints (pain point, opportunity, ...). */
  note(title: string): Locator {
    return this.page.getByTestId('note-card').filter({
      has: this.page.locator('.card-title', { hasText: new RegExp(`^${title}$`) }),
    });
  }

  cardsIn(stage: string): Locator {
    return this.page.locator(`[data-testid="touchpoint-card"][data-stage="${stage}"]`);
  }

  /** Zooms out so every stage is on screen (the canvas renders only what is visible). */
  async fitView(): Promise<void> {
    await this.page.getByRole('button', { name: 'Fit View' }).click();
  }

  /** Double-clicks the empty lower part of a stage's touchpoint cell. */
  async dblclickEmptyCell(stage: string): Promise<void> {
    const cell = this.cell(stage);
    const box = await cell.boundingBox();
    if (!box) throw new Error(`stage ${stage} is not on screen`);
    await cell.dblclick({ position: { x: box.width / 2, y: box.height - 10 } });
  }

  /** Drags a card with the mouse, by small steps as a hand would, to a point on the page. */
  private async dragCardTo(title: string, x: number, y: number): Promise<void> {
    const from = await this.card(title).boundingBox();
    if (!from) throw new Error(`card ${title} is not on screen`);
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(x, y, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Drops a card near the top of a stage's touchpoint cell. */
  async dragCardToStage(title: string, stage: string): Promise<void> {
    const to = await this.cell(stage).boundingBox();
    if (!to) throw new Error(`stage ${stage} is not on screen`);
    await this.dragCardTo(title, to.x + to.width / 2, to.y + 60);
  }

  /** Drops a card onto the top edge of another, so it lands just before it. */
  async dragCardOnto(title: string, target: string): Promise<void> {
    const to = await this.card(target).boundingBox();
    if (!to) throw new Error(`card ${target} is not on screen`);
    await this.dragCardTo(title, to.x + to.width / 2, to.y + 5);
  }

  /**
   * Drags from a card's edge handle onto another card, as a hand would: an arrow between
   * touchpoints, a link between a pain point or opportunity and the card it concerns.
   */
  async dragHandleOnto(source: Locator, target: Locator): Promise<void> {
    await source.hover();
    const handle = this.page
      .locator('.react-flow__node', { has: source })
      .locator('.react-flow__handle.source');
    const start = await handle.boundingBox();
    const end = await target.boundingBox();
    if (!start || !end) throw new Error('a card to drag between is not on screen');
    await this.page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 8 });
    await this.page.mouse.up();
  }

  get title(): Locator {
    return this.page.getByRole('textbox', { name: 'Title' });
  }

  async expectSaved(): Promise<void> {
    await expect(this.page.getByTestId('save-status')).toHaveText('All changes saved');
  }

  /** Adds a touchpoint with the stage's "+ Add" button and fills it in through the inspector. */
  /** Adds a touchpoint with the stage's + button and types its title; it is not rated yet. */
  async addUnratedTouchpoint(stage: string, title: string): Promise<void> {
    await this.page.getByRole('button', { name: `Add touchpoint to ${stage}` }).click();
    await expect(this.title).toBeFocused();
    await this.title.fill(title);
  }

  async addTouchpoint(
    stage: string,
    title: string,
    emotion: string,
    effort: number,
  ): Promise<void> {
    await this.addUnratedTouchpoint(stage, title);
    await this.setEmotion(emotion);
    await this.setEffort(effort);
  }

  async setEmotion(word: string): Promise<void> {
    await this.page
      .getByRole('radiogroup', { name: 'Emotion' })
      .getByRole('radio', { name: word, exact: true })
      .click();
  }

  async setEffort(value: number): Promise<void> {
    await this.page
      .getByRole('radiogroup', { name: /^Effort/ })
      .locator(`[data-value="${value}"]`)
      .click();
  }

  async expectCard(
    title: string,
    stage: string,
    emotionWord: string,
    /** Null: effort not rated. */
    effortWord: string | null,
  ): Promise<void> {
    const card = this.card(title);
    await expect(card).toHaveCount(1);
    await expect(card).toHaveAttribute('data-stage', stage);
    await expect(card.locator('.card-emotion')).toContainText(emotionWord);
    await expect(card.locator('.effort-word')).toHaveText(
      effortWord === null ? 'Effort not rated' : `${effortWord} effort`,
    );
  }
}
