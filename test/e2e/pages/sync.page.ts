import type { Locator, Page } from '@playwright/test';

/** The Sync page: this laptop's ID, the paired laptops and the add form (English texts). */
export class SyncPage {
  readonly deviceId: Locator;
  readonly rows: Locator;
  readonly empty: Locator;
  readonly dialog: Locator;
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.deviceId = page.getByTestId('sync-device-id');
    this.rows = page.getByTestId('sync-peer-row');
    this.empty = page.getByTestId('sync-empty');
    this.dialog = page.getByRole('dialog');
    this.form = page.getByRole('form', { name: 'Add a colleague’s laptop' });
  }

  async addPeer(peer: { deviceId: string; name: string; host: string }): Promise<void> {
    await this.form.getByRole('textbox', { name: /^Device ID/ }).fill(peer.deviceId);
    await this.form.getByRole('textbox', { name: /^Name/ }).fill(peer.name);
    await this.form.getByRole('textbox', { name: /^Address/ }).fill(peer.host);
    await this.form.getByRole('button', { name: 'Add laptop' }).click();
  }
}
