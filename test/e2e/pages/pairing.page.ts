import type { Locator, Page } from '@playwright/test';

/** The pairing panel of a round (German UI) and the weights card on the Settings page. */
export class PairingPanelPage {
  readonly panel: Locator;
  readonly rows: Locator;
  readonly dialog: Locator;
  readonly unpaired: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId('pairing-panel');
    this.rows = page.getByTestId('pairing-tandem-row');
    this.dialog = page.getByRole('dialog');
    this.unpaired = page.getByTestId('unpaired-list');
  }

  /** Opens a round on the Rounds page and its Pairing tab. */
  async openRound(roundName: string): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('link', { name: 'Runden & Paarbildung' })
      .click();
    await this.page.getByRole('button', { name: roundName }).click();
    await this.page.getByRole('tab', { name: 'Paarbildung', exact: true }).click();
  }

  row(mentor: string, mentee: string): Locator {
    return this.rows.filter({ hasText: mentor }).filter({ hasText: mentee });
  }

  rowOfMentor(mentor: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('cell', { name: mentor, exact: true }) });
  }

  async propose(): Promise<void> {
    await this.panel.getByRole('button', { name: /Tandems vorschlagen|Neu vorschlagen/ }).click();
  }

  /** Picks an option of a Mantine select inside the open dialog. */
  async choose(label: string, option: string): Promise<void> {
    const field = this.dialog.getByRole('textbox', { name: label, exact: true });
    await field
      .or(this.dialog.getByRole('combobox', { name: label, exact: true }))
      .first()
      .click();
    await this.page.getByRole('option', { name: new RegExp(option) }).click();
  }
}
