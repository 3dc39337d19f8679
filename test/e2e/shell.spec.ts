import { expect, test } from './fixtures';

test.describe('app shell', () => {
  test('starts in German and reaches every page from the navigation', async ({ shell }) => {
    await expect(shell.heading).toHaveText('Teilnehmende');
    const pages: [string, RegExp][] = [
      ['Runden & Paarbildung', /^Runden/],
      ['Treffen', /^Treffen/],
      ['Berichte', /^Berichte/],
      ['Synchronisation', /Abgleich|Synchronisation/],
      ['Einstellungen', /^Einstellungen$/],
    ];
    for (const [label, heading] of pages) {
      await shell.open(label);
      await expect(shell.navigation.getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page');
      await expect(shell.heading.first()).toHaveText(heading);
    }
  });

  test('switches to English and keeps the choice after a reload', async ({ app, shell }) => {
    await shell.switchLanguage('EN');
    await expect(shell.navigation.getByRole('link', { name: 'Participants' })).toBeVisible();
    await expect(app.page.locator('html')).toHaveAttribute('lang', 'en');
    await app.page.reload();
    await shell.waitUntilReady();
    await expect(shell.heading).toHaveText('Participants');
    const stored = await app.core.handlers['preferences:get'](undefined);
    expect(stored.language).toBe('en');
  });

  test('settings show the running version and format dates per language', async ({ app, shell }) => {
    await shell.open('Einstellungen');
    await expect(app.page.getByTestId('app-version')).toHaveText('0.0.0-e2e');
    await expect(app.page.getByTestId('format-preview')).toContainText('28.11.2026');
    await shell.switchLanguage('EN');
    await expect(app.page.getByTestId('format-preview')).toContainText('28 Nov 2026');
  });
});
