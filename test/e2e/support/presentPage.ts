import { expect, type Locator, type Page } from '@playwright/test';

export interface TextSize {
  text: string;
  px: number;
}

/** The presentation view as the audience and the presenter see it. */
export class PresentPage {
  readonly root: Locator;
  readonly line: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('presentation');
    this.line = page.getByTestId('presenter-line');
  }

  stage(name: string): Locator {
    return this.page.locator(`[data-testid="present-stage"][data-stage-name="${name}"]`);
  }

  async stageNames(): Promise<string[]> {
    return this.page
      .getByTestId('present-stage')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-stage-name') ?? ''));
  }

  async expectStep(step: string): Promise<void> {
    await expect(this.root).toHaveAttribute('data-step', step);
  }

  /** Presses a key and waits for the step it leads to. */
  async press(key: string, step: string): Promise<void> {
    await this.page.keyboard.press(key);
    await this.expectStep(step);
  }

  /** The React Flow viewport transform, e.g. "translate(10px, 20px) scale(0.7)". */
  async transform(): Promise<string> {
    return this.page
      .locator('.presentation .react-flow__viewport')
      .evaluate((el) => (el as HTMLElement).style.transform);
  }

  /** Waits until the camera has stopped moving. */
  async settle(): Promise<void> {
    let last = '';
    await expect
      .poll(
        async () => {
          const now = await this.transform();
          const still = now === last;
          last = now;
          return still;
        },
        { intervals: [150] },
      )
      .toBe(true);
  }

  /** Whether a stage column lies wholly inside the window, above the presenter line. */
  async stageInView(name: string): Promise<boolean> {
    const box = await this.stage(name).boundingBox();
    const lineBox = await this.line.boundingBox();
    const size = this.page.viewportSize();
    if (!box || !size) return false;
    const bottom = lineBox ? lineBox.y : size.height;
    return (
      box.x >= 0 &&
      box.y >= 0 &&
      box.x + box.width <= size.width &&
      box.y + box.height <= bottom + 1
    );
  }

  /**
   * Every piece of text on screen with its size as drawn: the computed font size times the
   * camera zoom for the map, times 1 for the presenter line and overlays.
   */
  async visibleTextSizes(): Promise<TextSize[]> {
    return this.root.evaluate((root) => {
      const viewport = root.querySelector<HTMLElement>('.react-flow__viewport');
      const zoom = Number(/scale\(([\d.]+)\)/.exec(viewport?.style.transform ?? '')?.[1] ?? 1);
      const out: { text: string; px: number }[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? '';
        const el = node.parentElement;
        if (!text || !el) continue;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || el.closest('[data-concealed="true"]')) continue;
        if (el.closest('.react-flow__attribution, [aria-live="assertive"]')) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const r = range.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        // Only what is on screen counts.
        if (r.right < 0 || r.bottom < 0 || r.left > innerWidth || r.top > innerHeight) continue;
        const scale = viewport?.contains(el) ? zoom : 1;
        out.push({ text, px: parseFloat(style.fontSize) * scale });
      }
      return out;
    });
  }
}
