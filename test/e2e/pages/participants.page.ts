import type { Locator, Page } from '@playwright/test';

/** The participants page: toolbar, list, form and import dialogs. */
export class ParticipantsPage {
  readonly count: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.count = page.getByTestId('participants-count');
    this.dialog = page.getByRole('dialog');
  }

  /** Opens the form from the toolbar's "Add person" menu, fills the required fields and saves. */
  async addPerson(role: 'mentor' | 'mentee', person: { first: string; last: string; email: string; department: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Add person' }).click();
    await this.page.getByRole('menuitem', { name: role === 'mentor' ? 'Add mentor' : 'Add mentee' }).click();
    const form = this.dialog;
    await form.getByLabel('First name').fill(person.first);
    await form.getByLabel('Last name').fill(person.last);
    await form.getByRole('textbox', { name: /^Email/ }).fill(person.email);
    await form.getByLabel('Department').fill(person.department);
    await form.getByRole('button', { name: 'Add topic' }).click();
    for (const consent of ['Takes part voluntarily', 'Confidentiality agreement signed', 'Consent to data processing']) {
      await form.getByRole('checkbox', { name: consent }).check();
    }
    await form.getByRole('button', { name: 'Save' }).click();
  }
}
