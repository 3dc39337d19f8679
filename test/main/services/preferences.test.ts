import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPreferencesService } from '../../../electron/main/services/preferences/preferences.service';
import { isAllowedExternalUrl } from '../../../electron/main/services/shell/external-links';

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'tandem-prefs-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('preferences', () => {
  it('starts with German and a 10-minute auto-lock', async () => {
    await expect(createPreferencesService(directory).get()).resolves.toEqual({ language: 'de', autoLockMinutes: 10 });
  });

  it('persists updates for the next start', async () => {
    await createPreferencesService(directory).update({ language: 'en' });
    await expect(createPreferencesService(directory).get()).resolves.toEqual({ language: 'en', autoLockMinutes: 10 });
    expect(JSON.parse(await readFile(join(directory, 'preferences.json'), 'utf8'))).toMatchObject({ language: 'en' });
  });

  it('keeps the valid fields of a damaged file and defaults the rest', async () => {
    await writeFile(join(directory, 'preferences.json'), JSON.stringify({ language: 'en', autoLockMinutes: 'soon' }));
    await expect(createPreferencesService(directory).get()).resolves.toEqual({ language: 'en', autoLockMinutes: 10 });
    await writeFile(join(directory, 'preferences.json'), '{not json');
    await expect(createPreferencesService(directory).get()).resolves.toEqual({ language: 'de', autoLockMinutes: 10 });
  });

  it('treats an explicit undefined in a patch as no change (found by the IPC fuzz test)', async () => {
    const service = createPreferencesService(directory);
    await service.update({ language: 'en' });
    await expect(service.update({ language: undefined })).resolves.toEqual({ language: 'en', autoLockMinutes: 10 });
  });

  it('serialises concurrent updates so none is lost', async () => {
    const service = createPreferencesService(directory);
    await Promise.all([service.update({ language: 'en' }), service.update({ autoLockMinutes: 3 })]);
    await expect(createPreferencesService(directory).get()).resolves.toEqual({ language: 'en', autoLockMinutes: 3 });
  });
});

describe('external link allow-list', () => {
  it.each(['mailto:anna.schmidt@example.com', 'https://gdpr-info.eu/art-17-gdpr/'])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'http://gdpr-info.eu/',
    'https://gdpr-info.eu:8443/',
    'https://user@gdpr-info.eu/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'mailto:a@b.de?subject=x&attach=/etc/passwd',
    'mailto:a@b.de,c@d.de',
    'smb://server/share',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
