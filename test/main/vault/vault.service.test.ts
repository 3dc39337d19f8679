import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { encodeRecoveryKey } from '../../../electron/main/vault/recovery-key.codec';
import {
  changePassphrase,
  createVault,
  readVaultHeader,
  resetPassphraseWithRecoveryKey,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  vaultExists,
} from '../../../electron/main/vault/vault.service';
import {
  MalformedRecoveryKeyError,
  PassphraseTooShortError,
  VaultExistsError,
  VaultNotFoundError,
  WrongDataKeyError,
  WrongPassphraseError,
  WrongRecoveryKeyError,
} from '../../../electron/main/vault/vault.errors';
import { PASSPHRASE, copyVault, makeTempDir, readHeaderBytes, removeDir } from './vault-test-helpers';

const NEW_PASSPHRASE = 'ein ganz anderer Satz';
const fixedNow = (): Date => new Date('2025-03-01T09:00:00.000Z');

/** A valid recovery key of another vault: well-formed, but wrong here. */
const FOREIGN_RECOVERY_KEY = encodeRecoveryKey(new Uint8Array(16));

// One created vault shared by the read-only tests: each scrypt derivation costs ~0.4 s.
let base: string;
let dataKey: Uint8Array;
let recoveryKey: string;
const created: string[] = [];

async function scratchCopy(): Promise<string> {
  const directory = await copyVault(base);
  created.push(directory);
  return directory;
}

beforeAll(async () => {
  base = await makeTempDir();
  created.push(base);
  ({ dataKey, recoveryKey } = await createVault({ directory: join(base), passphrase: PASSPHRASE, now: fixedNow }));
});

afterAll(async () => {
  await Promise.all(created.map(removeDir));
});

describe('creating a vault', () => {
  it('returns a 32-byte data key and writes only the header, with owner-only permissions', async () => {
    expect(dataKey).toBeInstanceOf(Uint8Array);
    expect(dataKey).toHaveLength(32);
    expect(dataKey.some((byte) => byte !== 0)).toBe(true);
    expect(await readdir(base)).toEqual(['vault.json']);
    if (process.platform !== 'win32') {
      expect((await stat(join(base, 'vault.json'))).mode & 0o777).toBe(0o600);
    }
    const header = await readVaultHeader(base);
    expect(header.createdAt).toBe('2025-03-01T09:00:00.000Z');
    expect(header.passphrase.kdf).toEqual({ name: 'scrypt', params: { N: 131072, p: 1, r: 8 } });
  });

  it('reports whether a directory holds a vault', async () => {
    const empty = await makeTempDir();
    created.push(empty);
    expect(await vaultExists(base)).toBe(true);
    expect(await vaultExists(empty)).toBe(false);
    expect(await vaultExists(join(empty, 'missing'))).toBe(false);
  });

  it('refuses to overwrite an existing vault', async () => {
    await expect(createVault({ directory: base, passphrase: PASSPHRASE })).rejects.toBeInstanceOf(VaultExistsError);
  });

  it('refuses a passphrase shorter than 10 characters before doing any work', async () => {
    const directory = join(await makeTempDir(), 'new');
    created.push(directory);
    const started = performance.now();
    const attempt = createVault({ directory, passphrase: 'kurz 1234' });
    await expect(attempt).rejects.toBeInstanceOf(PassphraseTooShortError);
    await expect(attempt).rejects.toMatchObject({ code: 'vault.passphrase_too_short', minLength: 10 });
    expect(performance.now() - started).toBeLessThan(100);
    expect(await vaultExists(directory)).toBe(false);
  });

  it('counts characters as people see them: ten emoji are enough, nine are not', async () => {
    await expect(createVault({ directory: base, passphrase: '👩‍👩‍👧'.repeat(9) })).rejects.toBeInstanceOf(PassphraseTooShortError);
    await expect(createVault({ directory: base, passphrase: '👩‍👩‍👧'.repeat(10) })).rejects.toBeInstanceOf(VaultExistsError);
  });
});

describe('unlocking', () => {
  it('opens with the passphrase, also when typed in decomposed Unicode form', async () => {
    const decomposed = PASSPHRASE.normalize('NFD');
    expect(decomposed).not.toBe(PASSPHRASE);
    expect(await unlockWithPassphrase(base, decomposed)).toEqual(dataKey);
  });

  it('rejects a wrong passphrase and leaves the header byte-identical', async () => {
    const before = await readHeaderBytes(base);
    const mtime = (await stat(join(base, 'vault.json'))).mtimeMs;
    const attempt = unlockWithPassphrase(base, 'Grüne Äpfel im Juni');
    await expect(attempt).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(attempt).rejects.toMatchObject({ code: 'vault.wrong_passphrase' });
    expect(await readHeaderBytes(base)).toEqual(before);
    expect((await stat(join(base, 'vault.json'))).mtimeMs).toBe(mtime);
    expect(await readdir(base)).toEqual(['vault.json']);
  });

  it('opens with the recovery key, however it is typed', async () => {
    expect(await unlockWithRecoveryKey(base, recoveryKey)).toEqual(dataKey);
    const sloppy = recoveryKey.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o').replaceAll('1', 'I');
    expect(await unlockWithRecoveryKey(base, `  ${sloppy}\n`)).toEqual(dataKey);
  });

  it('tells a typo in the recovery key from a wrong recovery key', async () => {
    const last = recoveryKey.at(-1) === 'A' ? 'B' : 'A';
    const typo = recoveryKey.slice(0, -1) + last;
    await expect(unlockWithRecoveryKey(base, typo)).rejects.toMatchObject({ code: 'vault.malformed_recovery_key', reason: 'checksum' });
    await expect(unlockWithRecoveryKey(base, recoveryKey.slice(0, 20))).rejects.toBeInstanceOf(MalformedRecoveryKeyError);
    await expect(unlockWithRecoveryKey(base, FOREIGN_RECOVERY_KEY)).rejects.toBeInstanceOf(WrongRecoveryKeyError);
  });

  it('reports a missing vault', async () => {
    const empty = await makeTempDir();
    created.push(empty);
    await expect(unlockWithPassphrase(empty, PASSPHRASE)).rejects.toBeInstanceOf(VaultNotFoundError);
    await expect(unlockWithRecoveryKey(empty, recoveryKey)).rejects.toMatchObject({ code: 'vault.not_found' });
  });
});

describe('changing the passphrase', () => {
  it('rewrites only the header: new passphrase works, old does not, recovery key and data key unchanged', async () => {
    const directory = await scratchCopy();
    const before = await readVaultHeader(directory);
    await changePassphrase(directory, PASSPHRASE, NEW_PASSPHRASE, { now: () => new Date('2025-04-01T00:00:00.000Z') });
    const after = await readVaultHeader(directory);
    expect(await readdir(directory)).toEqual(['vault.json']);
    expect(after.vaultId).toEqual(before.vaultId);
    expect(after.recovery).toEqual(before.recovery);
    expect(after.passphrase.salt).not.toEqual(before.passphrase.salt);
    expect(after.createdAt).toBe(before.createdAt);
    expect(after.updatedAt).toBe('2025-04-01T00:00:00.000Z');
    expect(await unlockWithPassphrase(directory, NEW_PASSPHRASE)).toEqual(dataKey);
    await expect(unlockWithPassphrase(directory, PASSPHRASE)).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(await unlockWithRecoveryKey(directory, recoveryKey)).toEqual(dataKey);
  });

  it('accepts the data key of an unlocked session instead of the old passphrase, and leaves that key intact', async () => {
    const directory = await scratchCopy();
    const sessionKey = Uint8Array.from(dataKey);
    await changePassphrase(directory, sessionKey, NEW_PASSPHRASE);
    expect(sessionKey).toEqual(dataKey);
    expect(await unlockWithPassphrase(directory, NEW_PASSPHRASE)).toEqual(dataKey);
  });

  it('refuses a wrong data key, a too-short new passphrase and a wrong old passphrase without touching the header', async () => {
    const directory = await scratchCopy();
    const before = await readHeaderBytes(directory);
    await expect(changePassphrase(directory, new Uint8Array(32), NEW_PASSPHRASE)).rejects.toBeInstanceOf(WrongDataKeyError);
    await expect(changePassphrase(directory, dataKey, 'zu kurz')).rejects.toBeInstanceOf(PassphraseTooShortError);
    await expect(changePassphrase(directory, 'not the passphrase', NEW_PASSPHRASE)).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(await readHeaderBytes(directory)).toEqual(before);
  });

  it('resets a forgotten passphrase with the recovery key, which stays valid', async () => {
    const directory = await scratchCopy();
    const unlocked = await resetPassphraseWithRecoveryKey(directory, recoveryKey.toLowerCase(), NEW_PASSPHRASE);
    expect(unlocked).toEqual(dataKey);
    expect(await unlockWithPassphrase(directory, NEW_PASSPHRASE)).toEqual(dataKey);
    expect(await unlockWithRecoveryKey(directory, recoveryKey)).toEqual(dataKey);
  });

  it('refuses a reset with a wrong recovery key and changes nothing', async () => {
    const directory = await scratchCopy();
    const before = await readHeaderBytes(directory);
    await expect(resetPassphraseWithRecoveryKey(directory, FOREIGN_RECOVERY_KEY, NEW_PASSPHRASE)).rejects.toBeInstanceOf(WrongRecoveryKeyError);
    expect(await readHeaderBytes(directory)).toEqual(before);
  });
});
