import type { Locator, Page } from '@playwright/test';

/** The topic catalogue drawer opened from the participants page. */
export class TopicCataloguePage {
  readonly drawer: Locator;
  readonly active: Locator;
  readonly retired: Locator;

  constructor(readonly page: Page) {
    this.drawer = page.getByRole('dialog', { name: 'Topic catalogue' });
    this.active = this.drawer.getByTestId('topics-active');
    this.retired = this.drawer.getByTestId('topics-retired');
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Topic catalogue' }).click();
    await this.active.waitFor();
  }

  /** Renames inline with the keyboard: the pencil, then type, then Enter. */
  async rename(current: string, english: string): Promise<void> {
    await this.drawer.getByRole('button', { name: `Rename “${current}”` }).click();
    const input = this.drawer.getByRole('textbox', { name: 'English', exact: true });
    await input.fill(english);
    await input.press('Enter');
  }

  /** Opens the merge dialog for `source` (its English name) and picks `target`; returns the dialog. */
  async startMerge(source: string, target: string): Promise<Locator> {
    await this.drawer.getByRole('button', { name: `Merge “${source}”` }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Merge topics' });
    await dialog.getByRole('combobox', { name: 'Merge into' }).click();
    await this.page.getByRole('option', { name: target }).click();
    return dialog;
  }
}
