import { expect, type Locator, type Page } from '@playwright/test';

/** The journey sidebar, its template picker and the persona panel, as a user sees them. */
export class SidebarPage {
  constructor(readonly page: Page) {}

  get nav(): Locator {
    return this.page.getByRole('navigation', { name: 'Journeys' });
  }

  items(): Locator {
    return this.nav.getByTestId('journey-item');
  }

  item(name: string): Locator {
    return this.nav.locator(`[data-testid="journey-item"][data-journey-name="${name}"]`);
  }

  /** Journey names top to bottom. */
  async names(): Promise<string[]> {
    return this.items().evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-journey-name') ?? ''),
    );
  }

  /** The name of the journey on screen, as the sidebar marks it. */
  shown(): Locator {
    return this.nav.locator('.journey-item.shown');
  }

  async expectShown(name: string): Promise<void> {
    await expect(this.shown()).toHaveAttribute('data-journey-name', name);
  }

  get properties(): Locator {
    return this.nav.getByRole('region', { name: 'Journey properties' });
  }

  /** A text field of the shown journey's properties. */
  property(label: string): Locator {
    return this.properties.getByRole('textbox', { name: label, exact: true });
  }

  /** A select of the shown journey's properties (State, Improves on, Persona). */
  choice(label: string): Locator {
    return this.properties.getByRole('combobox', { name: label, exact: true });
  }

  addButton(): Locator {
    return this.nav.getByRole('button', { name: '+ New journey', exact: true });
  }

  templatePicker(): Locator {
    return this.page.getByRole('dialog', { name: 'New journey' });
  }

  async newJourney(templateLabel: string): Promise<void> {
    await this.addButton().click();
    await expect(this.templatePicker()).toBeVisible();
    await this.templatePicker().getByRole('button', { name: templateLabel }).click();
    await expect(this.templatePicker()).toBeHidden();
  }

  /** Opens an item's menu and runs one of its actions. */
  async action(journey: string, label: string): Promise<void> {
    await this.item(journey).hover();
    await this.item(journey)
      .getByRole('button', { name: `Actions for ${journey}` })
      .click();
    await this.page.getByRole('menuitem', { name: label, exact: true }).click();
  }

  renameField(): Locator {
    return this.nav.getByRole('textbox', { name: 'Rename journey' });
  }

  async undo(): Promise<void> {
    await this.page.getByRole('button', { name: /^Undo/ }).click();
  }

  personaPanel(): Locator {
    return this.page.getByRole('dialog', { name: 'Personas' });
  }

  async openPersonas(): Promise<Locator> {
    await this.nav.getByRole('button', { name: /^Personas \(\d+\)$/ }).click();
    await expect(this.personaPanel()).toBeVisible();
    return this.personaPanel();
  }

  async expectSaved(): Promise<void> {
    await expect(this.page.getByTestId('save-status')).toHaveText('All changes saved');
  }
}
