import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { assertAcceptablePassphraseKdf } from '../../../electron/main/vault/kdf.policy';
import { parseVaultHeader } from '../../../electron/main/vault/vault-header.codec';
import { createVault, unlockWithPassphrase, unlockWithRecoveryKey } from '../../../electron/main/vault/vault.service';
import {
  KdfTooWeakError,
  UnsupportedKdfError,
  UnsupportedVaultVersionError,
  VaultCorruptError,
  WrongPassphraseError,
  WrongRecoveryKeyError,
} from '../../../electron/main/vault/vault.errors';
import type { VaultError } from '../../../electron/main/vault/vault.errors';
import type { JsonRecord } from './vault-test-helpers';
import { PASSPHRASE, child, copyVault, editHeader, flipBase64, makeTempDir, removeDir } from './vault-test-helpers';

let base: string;
let recoveryKey: string;
let headerText: string;
const created: string[] = [];

beforeAll(async () => {
  base = await makeTempDir();
  created.push(base);
  ({ recoveryKey } = await createVault({ directory: base, passphrase: PASSPHRASE }));
  headerText = await readFile(join(base, 'vault.json'), 'utf8');
});

afterAll(async () => {
  await Promise.all(created.map(removeDir));
});

async function edited(edit: (header: JsonRecord) => void, reseal = true): Promise<string> {
  const directory = await copyVault(base);
  created.push(directory);
  await editHeader(directory, edit, { reseal });
  return directory;
}

/** Resolves to the elapsed milliseconds, so tests can show no scrypt ran. */
async function timeRejection(attempt: () => Promise<unknown>, expected: new (...args: never[]) => VaultError): Promise<number> {
  const started = performance.now();
  await expect(attempt()).rejects.toBeInstanceOf(expected);
  return performance.now() - started;
}

const passphraseWrap = (header: JsonRecord): JsonRecord => child(header, 'passphrase');
const recoveryWrap = (header: JsonRecord): JsonRecord => child(header, 'recovery');
const scryptParams = (header: JsonRecord): JsonRecord => child(child(passphraseWrap(header), 'kdf'), 'params');

describe('header damage', () => {
  it('detects every flipped bit of the file as corruption, before any key derivation', () => {
    const bytes = Buffer.from(headerText, 'utf8');
    let checked = 0;
    for (let offset = 0; offset < bytes.length; offset++) {
      for (const bit of [0, 3, 5, 7]) {
        const damaged = Buffer.from(bytes);
        damaged[offset] = (damaged[offset] ?? 0) ^ (1 << bit);
        let error: unknown;
        try {
          parseVaultHeader(damaged.toString('utf8'));
        } catch (caught) {
          error = caught;
        }
        // "1" -> "3" in the version field reads as a newer format, which is refused too.
        expect(error instanceof VaultCorruptError || error instanceof UnsupportedVaultVersionError, `offset ${offset} bit ${bit}`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(2000);
  });

  it('reports a damaged or cut header file as corrupt, not as a wrong passphrase', async () => {
    const flipped = await edited((header) => {
      passphraseWrap(header).salt = flipBase64(passphraseWrap(header).salt);
    }, false);
    expect(await timeRejection(() => unlockWithPassphrase(flipped, PASSPHRASE), VaultCorruptError)).toBeLessThan(150);
    const cut = await copyVault(base);
    created.push(cut);
    await writeFile(join(cut, 'vault.json'), headerText.slice(0, 200));
    await expect(unlockWithRecoveryKey(cut, recoveryKey)).rejects.toMatchObject({ code: 'vault.corrupt' });
  });
});

describe('deliberate header edits (checksum recomputed)', () => {
  it('fails the recovery unwrap when its salt, nonce, ciphertext, tag or the vault id change', async () => {
    const edits: ((header: JsonRecord) => void)[] = [
      (h) => (recoveryWrap(h).salt = flipBase64(recoveryWrap(h).salt)),
      (h) => (recoveryWrap(h).nonce = flipBase64(recoveryWrap(h).nonce, 11)),
      (h) => (recoveryWrap(h).wrappedKey = flipBase64(recoveryWrap(h).wrappedKey, 3)),
      (h) => (recoveryWrap(h).wrappedKey = flipBase64(recoveryWrap(h).wrappedKey, 47, 7)),
      (h) => (h.vaultId = flipBase64(h.vaultId, 5)),
    ];
    for (const edit of edits) {
      await expect(unlockWithRecoveryKey(await edited(edit), recoveryKey)).rejects.toBeInstanceOf(WrongRecoveryKeyError);
    }
  });

  it('fails the header MAC when anything outside the recovery wrap changes', async () => {
    const edits: ((header: JsonRecord) => void)[] = [
      (h) => (passphraseWrap(h).salt = flipBase64(passphraseWrap(h).salt)),
      (h) => (passphraseWrap(h).nonce = flipBase64(passphraseWrap(h).nonce)),
      (h) => (passphraseWrap(h).wrappedKey = flipBase64(passphraseWrap(h).wrappedKey, 40)),
      (h) => (scryptParams(h).N = 2 ** 18),
      (h) => (h.createdAt = '2020-01-01T00:00:00.000Z'),
      (h) => (h.updatedAt = '2030-01-01T00:00:00.000Z'),
      (h) => (h.mac = flipBase64(h.mac, 31)),
    ];
    for (const edit of edits) {
      await expect(unlockWithRecoveryKey(await edited(edit), recoveryKey)).rejects.toMatchObject({
        code: 'vault.corrupt',
        detail: 'header MAC mismatch',
      });
    }
  });

  it('fails the passphrase unwrap when its salt or the KDF parameters change, and the MAC when other fields do', async () => {
    const saltEdited = await edited((h) => (passphraseWrap(h).salt = flipBase64(passphraseWrap(h).salt, 15)));
    await expect(unlockWithPassphrase(saltEdited, PASSPHRASE)).rejects.toBeInstanceOf(WrongPassphraseError);
    // r=9 is above the floor, so scrypt runs, but with parameters the wrap was not made with.
    const paramsEdited = await edited((h) => (scryptParams(h).r = 9));
    await expect(unlockWithPassphrase(paramsEdited, PASSPHRASE)).rejects.toBeInstanceOf(WrongPassphraseError);
    const dateEdited = await edited((h) => (h.createdAt = '2020-01-01T00:00:00.000Z'));
    await expect(unlockWithPassphrase(dateEdited, PASSPHRASE)).rejects.toBeInstanceOf(VaultCorruptError);
  });

  it('refuses a newer format version and an unknown recovery KDF', async () => {
    const newer = await edited((h) => (h.version = 2));
    await expect(unlockWithPassphrase(newer, PASSPHRASE)).rejects.toMatchObject({ code: 'vault.unsupported_version', version: 2 });
    const older = await edited((h) => (h.version = 0));
    await expect(unlockWithPassphrase(older, PASSPHRASE)).rejects.toBeInstanceOf(VaultCorruptError);
    const recoveryKdf = await edited((h) => (child(recoveryWrap(h), 'kdf').name = 'identity'));
    await expect(unlockWithRecoveryKey(recoveryKdf, recoveryKey)).rejects.toBeInstanceOf(UnsupportedKdfError);
  });
});

describe('KDF parameter floor', () => {
  it.each([
    ['N = 2^16', (h: JsonRecord) => (scryptParams(h).N = 2 ** 16)],
    ['N = 2', (h: JsonRecord) => (scryptParams(h).N = 2)],
    ['r = 7', (h: JsonRecord) => (scryptParams(h).r = 7)],
    ['p = 0', (h: JsonRecord) => (scryptParams(h).p = 0)],
  ])('refuses %s with KdfTooWeakError before deriving anything', async (_label, edit) => {
    const directory = await edited(edit);
    const elapsed = await timeRejection(() => unlockWithPassphrase(directory, PASSPHRASE), KdfTooWeakError);
    expect(elapsed).toBeLessThan(150);
    await expect(unlockWithPassphrase(directory, PASSPHRASE)).rejects.toMatchObject({ code: 'vault.kdf_too_weak' });
  });

  it.each([
    ['an unknown KDF', (h: JsonRecord) => (child(passphraseWrap(h), 'kdf').name = 'pbkdf2-sha1')],
    ['a missing parameter', (h: JsonRecord) => delete scryptParams(h).p],
    ['an extra parameter', (h: JsonRecord) => (scryptParams(h).x = 1)],
    ['N not a power of two', (h: JsonRecord) => (scryptParams(h).N = 2 ** 17 + 1)],
    ['memory beyond 256 MiB', (h: JsonRecord) => (scryptParams(h).N = 2 ** 20)],
    ['p = 64', (h: JsonRecord) => (scryptParams(h).p = 64)],
  ])('refuses %s with UnsupportedKdfError before deriving anything', async (_label, edit) => {
    const directory = await edited(edit);
    const elapsed = await timeRejection(() => unlockWithPassphrase(directory, PASSPHRASE), UnsupportedKdfError);
    expect(elapsed).toBeLessThan(150);
  });

  it('accepts the floor itself', () => {
    expect(assertAcceptablePassphraseKdf({ name: 'scrypt', params: { N: 2 ** 17, r: 8, p: 1 } })).toEqual({ N: 131072, r: 8, p: 1 });
    expect(() => assertAcceptablePassphraseKdf({ name: 'scrypt', params: { N: 2 ** 17, r: 8, p: 1.5 } })).toThrow(UnsupportedKdfError);
  });
});
