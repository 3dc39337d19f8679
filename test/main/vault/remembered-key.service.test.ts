import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  canRememberKey,
  forgetRememberedKey,
  recallRememberedKey,
  rememberKey,
} from '../../../electron/main/vault/remembered-key.service';
import { createVault } from '../../../electron/main/vault/vault.service';
import { RememberUnavailableError, WrongDataKeyError } from '../../../electron/main/vault/vault.errors';
import { PASSPHRASE, copyVault, makeFakeSafeStorage, makeTempDir, removeDir } from './vault-test-helpers';

const BLOB = 'vault.remembered';

let base: string;
let dataKey: Uint8Array;
let otherVault: string;
let otherKey: Uint8Array;
const created: string[] = [];

async function scratchCopy(): Promise<string> {
  const directory = await copyVault(base);
  created.push(directory);
  return directory;
}

const blobExists = async (directory: string): Promise<boolean> => (await readdir(directory)).includes(BLOB);

beforeAll(async () => {
  base = await makeTempDir();
  otherVault = await makeTempDir();
  created.push(base, otherVault);
  [{ dataKey }, { dataKey: otherKey }] = await Promise.all([
    createVault({ directory: base, passphrase: PASSPHRASE }),
    createVault({ directory: otherVault, passphrase: PASSPHRASE }),
  ]);
});

afterAll(async () => {
  await Promise.all(created.map(removeDir));
});

describe('remember on this device', () => {
  it('stores the key encrypted by the OS and recalls it', async () => {
    const directory = await scratchCopy();
    const safeStorage = makeFakeSafeStorage();
    expect(canRememberKey(safeStorage)).toBe(true);
    await rememberKey(directory, dataKey, safeStorage);
    const blob = await readFile(join(directory, BLOB));
    expect(blob.includes(Buffer.from(dataKey))).toBe(false);
    expect(blob.includes(Buffer.from(Buffer.from(dataKey).toString('base64')))).toBe(false);
    expect(await recallRememberedKey(directory, safeStorage)).toEqual(dataKey);
  });

  it('works where the platform has no backend choice (macOS, Windows)', async () => {
    const directory = await scratchCopy();
    const safeStorage = makeFakeSafeStorage('mac', null);
    expect('getSelectedStorageBackend' in safeStorage).toBe(false);
    await rememberKey(directory, dataKey, safeStorage);
    expect(await recallRememberedKey(directory, safeStorage)).toEqual(dataKey);
  });

  it.each([
    ['basic_text', 'insecure_backend'],
    ['unknown', 'insecure_backend'],
  ])('refuses the %s backend', async (backend, reason) => {
    const directory = await scratchCopy();
    const safeStorage = makeFakeSafeStorage('linux', backend);
    expect(canRememberKey(safeStorage)).toBe(false);
    await expect(rememberKey(directory, dataKey, safeStorage)).rejects.toMatchObject({ code: 'vault.remember_unavailable', reason });
    expect(await blobExists(directory)).toBe(false);
  });

  it('refuses when OS encryption is unavailable', async () => {
    const directory = await scratchCopy();
    const safeStorage = makeFakeSafeStorage();
    safeStorage.available = false;
    const attempt = rememberKey(directory, dataKey, safeStorage);
    await expect(attempt).rejects.toBeInstanceOf(RememberUnavailableError);
    await expect(attempt).rejects.toMatchObject({ reason: 'encryption_unavailable' });
  });

  it('refuses a data key that does not belong to the vault', async () => {
    const directory = await scratchCopy();
    await expect(rememberKey(directory, otherKey, makeFakeSafeStorage())).rejects.toBeInstanceOf(WrongDataKeyError);
  });

  it('returns null when nothing is remembered, and forgets on request', async () => {
    const directory = await scratchCopy();
    const safeStorage = makeFakeSafeStorage();
    expect(await recallRememberedKey(directory, safeStorage)).toBeNull();
    await forgetRememberedKey(directory);
    await rememberKey(directory, dataKey, safeStorage);
    await forgetRememberedKey(directory);
    expect(await blobExists(directory)).toBe(false);
    expect(await recallRememberedKey(directory, safeStorage)).toBeNull();
  });

  it('ignores and deletes a blob that no longer decrypts (another device, reset keyring)', async () => {
    const directory = await scratchCopy();
    await rememberKey(directory, dataKey, makeFakeSafeStorage('device-a'));
    expect(await recallRememberedKey(directory, makeFakeSafeStorage('device-b'))).toBeNull();
    expect(await blobExists(directory)).toBe(false);
  });

  it('ignores and deletes garbage', async () => {
    const directory = await scratchCopy();
    const safeStorage = makeFakeSafeStorage();
    for (const content of ['', 'garbage', JSON.stringify({ format: 'tandem-remembered-key' })]) {
      await writeFile(join(directory, BLOB), safeStorage.encryptString(content));
      expect(await recallRememberedKey(directory, safeStorage)).toBeNull();
      expect(await blobExists(directory)).toBe(false);
    }
  });

  it('ignores and deletes a blob of another vault', async () => {
    const directory = await scratchCopy();
    const safeStorage = makeFakeSafeStorage();
    await rememberKey(otherVault, otherKey, safeStorage);
    await writeFile(join(directory, BLOB), await readFile(join(otherVault, BLOB)));
    expect(await recallRememberedKey(directory, safeStorage)).toBeNull();
    expect(await blobExists(directory)).toBe(false);
  });

  it('ignores and deletes a blob whose key does not match the header, even with the right vault id', async () => {
    const directory = await scratchCopy();
    const safeStorage = makeFakeSafeStorage();
    await rememberKey(directory, dataKey, safeStorage);
    const payload = JSON.parse(safeStorage.decryptString(await readFile(join(directory, BLOB)))) as Record<string, unknown>;
    payload.key = Buffer.alloc(32, 1).toString('base64');
    await writeFile(join(directory, BLOB), safeStorage.encryptString(JSON.stringify(payload)));
    expect(await recallRememberedKey(directory, safeStorage)).toBeNull();
    expect(await blobExists(directory)).toBe(false);
  });

  it('keeps the blob while OS encryption is temporarily unavailable', async () => {
    const directory = await scratchCopy();
    const safeStorage = makeFakeSafeStorage();
    await rememberKey(directory, dataKey, safeStorage);
    safeStorage.available = false;
    expect(await recallRememberedKey(directory, safeStorage)).toBeNull();
    expect(await blobExists(directory)).toBe(true);
    safeStorage.available = true;
    expect(await recallRememberedKey(directory, safeStorage)).toEqual(dataKey);
  });
});
