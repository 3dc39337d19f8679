import { createDeviceIdentity, restoreDeviceIdentity } from '../../electron/main/services/sync/device-identity';
import { expect, test } from './fixtures';
import { SyncPage } from './pages/sync.page';

/** A real device ID of another (never started) laptop. */
async function otherDeviceId(): Promise<string> {
  return restoreDeviceIdentity(await createDeviceIdentity()).deviceId;
}

test.beforeEach(async ({ shell }) => {
  await shell.switchLanguage('EN');
  await shell.open('Sync');
});

test('shows this laptop’s device ID, off by default, with an empty list', async ({ app }) => {
  const sync = new SyncPage(app.page);
  const status = await app.core.handlers['sync:status'](undefined);
  await expect(sync.deviceId).toHaveText(status.deviceId ?? 'missing');
  await expect(sync.deviceId).toHaveText(/^([A-Z2-7]{7}-){7}[A-Z2-7]{7}$/);
  await expect(app.page.getByRole('switch', { name: /Sync with colleagues/ })).not.toBeChecked();
  await expect(sync.empty).toBeVisible();
});

test('a typo in the device ID is refused with a translated message naming the part', async ({ app }) => {
  const sync = new SyncPage(app.page);
  const id = await otherDeviceId();
  // Character 17 sits in the second of the four checked parts.
  const typo = id.slice(0, 18) + (id.charAt(18) === 'A' ? 'B' : 'A') + id.slice(19);
  await sync.addPeer({ deviceId: typo, name: 'Laptop Maria', host: '127.0.0.1' });
  await expect(sync.form.getByText('The device ID has a typo in characters 15–28 (part 2 of 4)')).toBeVisible();
  // Nothing typed is lost, and nothing was added.
  await expect(sync.form.getByRole('textbox', { name: /^Name/ })).toHaveValue('Laptop Maria');
  await expect(sync.rows).toHaveCount(0);
});

test('a valid device ID is listed, and removing it asks first', async ({ app }) => {
  const sync = new SyncPage(app.page);
  const id = await otherDeviceId();
  await sync.addPeer({ deviceId: id.toLowerCase(), name: 'Laptop Maria', host: '127.0.0.1' });
  await expect(sync.rows).toHaveCount(1);
  await expect(sync.rows.first()).toContainText('Laptop Maria');
  await expect(sync.rows.first()).toContainText(id.slice(0, 7));
  await expect(sync.rows.first()).toContainText('Never');

  await sync.rows.first().getByRole('button', { name: 'Remove' }).click();
  await expect(sync.dialog).toContainText('Remove Laptop Maria?');
  await sync.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(sync.rows).toHaveCount(1);

  await sync.rows.first().getByRole('button', { name: 'Remove' }).click();
  await sync.dialog.getByRole('button', { name: 'Remove laptop' }).click();
  await expect(sync.rows).toHaveCount(0);
  await expect(sync.empty).toBeVisible();
  expect((await app.core.handlers['sync:status'](undefined)).peers).toEqual([]);
});
