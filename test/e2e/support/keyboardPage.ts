import { expect, type Page } from '@playwright/test';

/** What has the keyboard focus, as a screen reader would name it. */
export interface Focused {
  /** The map item's key (keyboard/navModel.ts), if the focus is on the map. */
  kb: string | null;
  /** The accessible name: aria-label, else the text of its <label>, else its text. */
  name: string;
  role: string | null;
  tag: string;
  /** The name of the radio group it is in, if any. */
  group: string | null;
}

/** The editor driven by the keyboard alone: no mouse call anywhere in here. */
export class KeyboardPage {
  constructor(readonly page: Page) {}

  focused(): Promise<Focused> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return { kb: null, name: '', role: null, tag: '', group: null };
      const labelled = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
      return {
        kb: el.dataset.kb ?? null,
        name: el.getAttribute('aria-label') ?? (labelled || (el.textContent ?? '')).trim(),
        role: el.getAttribute('role'),
        tag: el.tagName.toLowerCase(),
        group: el.closest('[role=radiogroup]')?.getAttribute('aria-label') ?? null,
      };
    });
  }

  /** Presses `key` until the focus satisfies `done` (checked before each press). */
  async pressUntil(key: string, done: (f: Focused) => boolean, most = 40): Promise<Focused> {
    for (let i = 0; i <= most; i++) {
      const f = await this.focused();
      if (done(f)) return f;
      if (i < most) await this.page.keyboard.press(key);
    }
    throw new Error(
      `${key} ${most} times did not get there; the focus is on ${JSON.stringify(await this.focused())}`,
    );
  }

  /** Tab from wherever the focus is until it lands on the map. */
  tabIntoMap(): Promise<Focused> {
    return this.pressUntil('Tab', (f) => f.kb !== null, 80);
  }

  /** Tabs on until a field whose name matches has the focus. */
  tabToField(name: string | RegExp): Promise<Focused> {
    const test = (n: string) => (typeof name === 'string' ? n === name : name.test(n));
    return this.pressUntil('Tab', (f) => test(f.name), 60);
  }

  /** Tabs on into a radio group whose name starts with `group`. */
  tabToGroup(group: string): Promise<Focused> {
    return this.pressUntil('Tab', (f) => f.group?.startsWith(group) ?? false, 60);
  }

  /**
   * Rates with the arrows in a radio group with nothing chosen yet: the first arrow chooses its
   * lowest value, the next ones step up, the focus moving along with the choice.
   */
  async chooseRadio(group: string, option: string): Promise<void> {
    await this.page.keyboard.press('ArrowRight');
    await this.pressUntil('ArrowRight', (f) => f.name.startsWith(option), 8);
    // The group the focus is in: the card's own meter and the inspector's share a name.
    const focusedGroup = this.page
      .getByRole('radiogroup', { name: group })
      .and(this.page.locator(':focus-within'));
    await expect(focusedGroup.getByRole('radio', { checked: true })).toHaveAccessibleName(
      new RegExp(`^${option}`),
    );
  }

  /** Types into the focused field, replacing what it held. */
  async typeOver(text: string): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.type(text);
  }

  async expectOnMap(kind: string, name: RegExp): Promise<Focused> {
    let f = await this.focused();
    await expect
      .poll(async () => {
        f = await this.focused();
        return `${f.kb?.split(':')[0]} ${f.name}`;
      })
      .toMatch(new RegExp(`^${kind} .*${name.source}`));
    return f;
  }
}
