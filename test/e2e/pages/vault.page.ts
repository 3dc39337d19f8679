import type { Locator, Page } from '@playwright/test';

/** First-run setup, the lock screen and recovery. Labels are German (the default language). */
export class VaultPage {
  readonly passphrase: Locator;
  readonly confirm: Locator;
  readonly recoveryKey: Locator;

  constructor(readonly page: Page) {
    this.passphrase = page.getByLabel('Passphrase', { exact: true });
    this.confirm = page.getByLabel('Passphrase wiederholen', { exact: true });
    this.recoveryKey = page.getByTestId('recovery-key');
  }

  async create(passphrase: string): Promise<string> {
    await this.passphrase.fill(passphrase);
    await this.confirm.fill(passphrase);
    await this.page.getByRole('button', { name: 'Verschlüsselten Datenspeicher anlegen' }).click();
    await this.recoveryKey.waitFor();
    const key = (await this.recoveryKey.textContent()) ?? '';
    await this.page.getByLabel(/Ich habe den Wiederherstellungsschlüssel/).check();
    await this.page.getByRole('button', { name: 'Weiter zu Tandem' }).click();
    return key.replace(/\s+/g, '-');
  }

  async unlock(passphrase: string): Promise<void> {
    await this.passphrase.fill(passphrase);
    await this.page.getByRole('button', { name: 'Entsperren', exact: true }).click();
  }
}
