import type { Locator, Page } from '@playwright/test';

/** The Rounds and Sessions pages: Mantine selects, tabs and dialogs by their visible labels. */
export class RoundsPage {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog');
  }

  async tab(name: string): Promise<void> {
    await this.page.getByRole('tab', { name, exact: true }).click();
  }

  /** Opens a Mantine select by its label and picks an option. */
  async choose(scope: Locator | Page, label: string, option: string): Promise<void> {
    await scope.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async createRound(name: string, start: string, end: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Neue Runde' }).first().click();
    await this.dialog.getByLabel('Name der Runde').fill(name);
    await this.typeDate(this.dialog.getByLabel('Erster Tag'), start);
    await this.typeDate(this.dialog.getByLabel('Letzter Tag'), end);
    await this.dialog.getByRole('button', { name: 'Runde anlegen' }).click();
  }

  /** Types an ISO day into a German date field as a person would (28.11.2026), then leaves it. */
  async typeDate(field: Locator, iso: string): Promise<void> {
    const [year, month, day] = iso.split('-');
    await field.fill(`${day ?? ''}.${month ?? ''}.${year ?? ''}`);
    await field.press('Tab');
  }

  /** Clicks a lifecycle button and confirms in the dialog. */
  async lifecycle(action: string): Promise<void> {
    await this.page.getByRole('button', { name: action }).first().click();
    await this.dialog.getByRole('button', { name: action }).click();
  }
}
