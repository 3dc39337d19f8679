import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { VaultPage } from './pages/vault.page';

test.describe('vault: first run, lock, unlock, recovery, backup', () => {
  test.use({ vault: 'none' });

  test('creates the vault, locks, refuses a wrong passphrase and unlocks with the right one', async ({ app }) => {
    const vault = new VaultPage(app.page);
    await expect(app.page.getByRole('heading', { name: 'Willkommen bei Tandem' })).toBeVisible();
    await vault.passphrase.fill('kurz');
    await vault.confirm.fill('kurz');
    await app.page.getByRole('button', { name: 'Verschlüsselten Datenspeicher anlegen' }).click();
    await expect(app.page.getByText('Bitte verwenden Sie mindestens 10 Zeichen.')).toBeVisible();
    const key = await vault.create('Mein Tandem-Programm 2026!');
    expect(key).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    await expect(app.page.getByRole('navigation')).toBeVisible();

    await app.page.getByRole('button', { name: 'Jetzt sperren' }).click();
    await expect(app.page.getByRole('heading', { name: 'Tandem ist gesperrt' })).toBeVisible();
    const headerBefore = await readFile(join(app.dataDirectory, 'vault.json'));
    await vault.unlock('falsche Passphrase');
    await expect(app.page.getByRole('alert')).toContainText('Diese Passphrase stimmt nicht');
    expect(await readFile(join(app.dataDirectory, 'vault.json'))).toEqual(headerBefore);
    await vault.unlock('Mein Tandem-Programm 2026!');
    await expect(app.page.getByRole('navigation')).toBeVisible();

    // Recovery key: unlock and set a new passphrase.
    await app.page.getByRole('button', { name: 'Jetzt sperren' }).click();
    await app.page.getByRole('button', { name: /Passphrase vergessen/ }).click();
    await app.page.getByLabel('Wiederherstellungsschlüssel', { exact: true }).fill(key.toLowerCase().replaceAll('-', ' '));
    await app.page.getByLabel('Neue Passphrase', { exact: true }).fill('Ein neuer langer Satz 42');
    await app.page.getByLabel('Neue Passphrase wiederholen').fill('Ein neuer langer Satz 42');
    await app.page.getByRole('button', { name: 'Entsperren und neue Passphrase setzen' }).click();
    await expect(app.page.getByRole('navigation')).toBeVisible();
    await app.page.screenshot({ path: test.info().outputPath('after-recovery.png') });
  });

  test('locks after idle time and says why', async ({ app }) => {
    const vault = new VaultPage(app.page);
    await vault.create('Mein Tandem-Programm 2026!');
    await expect(app.page.getByRole('navigation')).toBeVisible();
    await app.core.session.lock('idle');
    await expect(app.page.getByText('Tandem wurde nach einer Zeit ohne Aktivität gesperrt.')).toBeVisible();
  });

  test('backs up to a file and restores it after confirmation', async ({ app }) => {
    const vault = new VaultPage(app.page);
    await vault.create('Mein Tandem-Programm 2026!');
    await app.page.getByRole('navigation').getByRole('link', { name: 'Einstellungen' }).click();
    const file = join(app.dataDirectory, '..', `${String(Date.now())}-e2e.tandembackup`);
    app.dialogs.saves.push(file);
    await app.page.getByRole('button', { name: 'Sicherung erstellen …' }).click();
    await expect(app.page.getByRole('status').filter({ hasText: 'Sicherung gespeichert und geprüft' })).toBeVisible();
    app.dialogs.opens.push(file);
    await app.page.getByLabel('Passphrase oder Wiederherstellungsschlüssel zum Zeitpunkt der Sicherung').fill('Mein Tandem-Programm 2026!');
    await app.page.getByRole('button', { name: 'Sicherung wiederherstellen …' }).click();
    await expect(app.page.getByRole('dialog', { name: 'Alle aktuellen Daten ersetzen?' })).toBeVisible();
    await app.page.getByRole('button', { name: 'Ja, Daten ersetzen' }).click();
    await expect(app.page.getByRole('status').filter({ hasText: 'wiederhergestellt' })).toBeVisible();
  });
});
