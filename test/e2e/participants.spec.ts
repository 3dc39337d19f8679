import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GERMAN_HEADER, germanRow } from '../main/intake/intake.factory';
import { expect, test } from './fixtures';
import { ParticipantsPage } from './pages/participants.page';

test.beforeEach(async ({ shell }) => {
  await shell.switchLanguage('EN');
  await shell.open(/Participants/);
});

test('adds a mentor and a mentee by form and refuses a duplicate email with a link', async ({ app }) => {
  const page = new ParticipantsPage(app.page);
  await expect(app.page.getByText('No participants yet')).toBeVisible();
  await page.addPerson('mentor', { first: 'Lena', last: 'Schäfer', email: 'lena@firma.de', department: 'IT' });
  await expect(page.dialog.getByRole('heading', { name: 'Lena Schäfer' })).toBeVisible();
  await app.page.keyboard.press('Escape');
  await page.addPerson('mentee', { first: 'Bernd', last: 'Meier', email: 'bernd@firma.de', department: 'Sales' });
  await app.page.keyboard.press('Escape');
  await expect(page.count).toHaveText('2 of 2 people');

  await page.addPerson('mentee', { first: 'Other', last: 'Person', email: 'LENA@firma.de', department: 'HR' });
  await expect(page.dialog.getByText('Lena Schäfer is already registered')).toBeVisible();
  await page.dialog.getByRole('button', { name: 'Open Lena Schäfer' }).click();
  await expect(app.page.getByRole('dialog', { name: 'Discard changes?' })).toBeVisible();
  await app.page.getByRole('button', { name: 'Discard' }).click();
  await expect(page.dialog.getByRole('heading', { name: 'Lena Schäfer' })).toBeVisible();
});

test('imports a German semicolon CSV with errors and duplicates, then erases a person', async ({ app }) => {
  const page = new ParticipantsPage(app.page);
  const file = join(app.dataDirectory, 'liste.csv');
  const rows = [GERMAN_HEADER, germanRow(0), germanRow(1), germanRow(2, { email: 'kaputt' }), germanRow(3, { email: 'person0@example.de' })];
  await writeFile(file, `\uFEFF${rows.join('\r\n')}\r\n`, 'utf8');
  app.dialogs.opens.push(file);
  await app.page.getByRole('button', { name: 'Import from spreadsheet' }).first().click();
  await expect(page.dialog.getByText('4 rows')).toBeVisible();
  await page.dialog.getByRole('button', { name: 'Check all rows' }).click();
  await expect(page.dialog.getByTestId('import-summary')).toHaveText('4 rows read: 3 fine, 1 with errors, 1 duplicates.');
  await expect(page.dialog.getByTestId('import-errors')).toContainText('Please enter a valid email address');
  await expect(page.dialog.getByTestId('import-duplicates')).toContainText('Row 5');
  await page.dialog.getByRole('button', { name: 'Import 2 people' }).click();
  await expect(page.dialog.getByText('2 created, 0 updated, 1 skipped.')).toBeVisible();
  await page.dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.count).toHaveText('2 of 2 people');

  await app.page.getByRole('button', { name: /Müller-0/ }).click();
  await page.dialog.getByRole('button', { name: 'Erase permanently' }).click();
  await app.page.getByRole('dialog', { name: 'Erase this person permanently?' }).getByRole('button', { name: 'Erase permanently' }).click();
  await expect(page.count).toHaveText('1 of 1 people');
});

test('sample data fills every screen and is removable', async ({ app }) => {
  const page = new ParticipantsPage(app.page);
  await app.page.getByRole('button', { name: 'Try with sample data' }).click();
  await expect(app.page.getByTestId('sample-banner')).toBeVisible();
  await expect(page.count).toHaveText('60 of 60 people');
  await app.page.getByLabel('Search').fill('it');
  await expect(page.count).not.toHaveText('60 of 60 people');
  await app.page.screenshot({ path: 'test-results/participants-list.png' });
  await app.page.getByRole('button', { name: 'Remove sample data' }).click();
  await expect(app.page.getByText('No participants yet')).toBeVisible();
});
