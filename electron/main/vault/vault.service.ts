import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

import { readFileIfExists, writeFileAtomic } from '../lib/atomic-file';
import { normaliseNewPassphrase } from './kdf.policy';
import { generateRecoveryKey } from './recovery-key.codec';
import { KEY_BYTES, randomBytesArray, wipe } from './vault.crypto';
import { VAULT_HEADER_FILE, parseVaultHeader, serializeVaultHeader } from './vault-header.codec';
import type { VaultHeader } from './vault-header.codec';
import { buildHeader, dataKeyMatchesHeader, rewrapPassphrase, unwrapWithPassphrase, unwrapWithRecoveryKey } from './vault-header.keys';
import { VaultExistsError, VaultNotFoundError, WrongDataKeyError } from './vault.errors';

/**
 * Key management for a Tandem data directory. A random 32-byte data key
 * encrypts the store; the header `vault.json` holds it wrapped twice, under
 * the passphrase (scrypt) and under the recovery key (HKDF). Every data key
 * returned belongs to the caller, who should wipe it (`fill(0)`) on lock.
 *
 * Concurrency: one process owns a data directory (the store's lock file);
 * these functions do not lock on their own.
 */

/** Injected clock for timestamps in the header. */
export type VaultClockOptions = { readonly now?: () => Date };

/** What `createVault` hands back: the data key and the recovery key to show once. */
export type CreatedVault = { readonly dataKey: Uint8Array; readonly recoveryKey: string };

const systemNow = (): Date => new Date();

/** Path of the vault header inside a data directory. */
export function vaultHeaderPath(directory: string): string {
  return join(directory, VAULT_HEADER_FILE);
}

/** True if the directory has a vault header (damaged or not: never overwrite one). */
export async function vaultExists(directory: string): Promise<boolean> {
  try {
    await stat(vaultHeaderPath(directory));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return false;
    }
    throw error;
  }
}

/**
 * Reads and parses the header (no secret needed), e.g. to copy it into a backup.
 * @throws VaultNotFoundError, VaultCorruptError, UnsupportedVaultVersionError
 */
export async function readVaultHeader(directory: string): Promise<VaultHeader> {
  const bytes = await readFileIfExists(vaultHeaderPath(directory));
  if (bytes === undefined) {
    throw new VaultNotFoundError();
  }
  return parseVaultHeader(bytes.toString('utf8'));
}

async function writeHeader(directory: string, header: VaultHeader): Promise<void> {
  await writeFileAtomic(vaultHeaderPath(directory), serializeVaultHeader(header));
}

/**
 * Creates a vault in `directory` (created if missing) with a fresh data key.
 * Show `recoveryKey` to the user once; it is not stored anywhere.
 * @throws PassphraseTooShortError, VaultExistsError
 */
export async function createVault(input: { readonly directory: string; readonly passphrase: string } & VaultClockOptions): Promise<CreatedVault> {
  const passphrase = normaliseNewPassphrase(input.passphrase);
  await mkdir(input.directory, { recursive: true });
  if (await vaultExists(input.directory)) {
    throw new VaultExistsError();
  }
  const dataKey = randomBytesArray(KEY_BYTES);
  const { recoveryKey, entropy } = generateRecoveryKey();
  try {
    const header = await buildHeader({ dataKey, passphrase, recoveryEntropy: entropy, now: (input.now ?? systemNow)() });
    // scrypt took a while: check again rather than replace a header written meanwhile.
    if (await vaultExists(input.directory)) {
      throw new VaultExistsError();
    }
    await writeHeader(input.directory, header);
    return { dataKey, recoveryKey };
  } catch (error) {
    wipe(dataKey);
    throw error;
  } finally {
    wipe(entropy);
  }
}

/**
 * Writes a header into a directory without a vault, e.g. the one from a
 * backup when restoring, so that backup's passphrase and recovery key open it.
 * @throws VaultExistsError
 */
export async function installVaultHeader(
  directory: string,
  header: VaultHeader,
  options: { replace?: boolean } = {},
): Promise<void> {
  await mkdir(directory, { recursive: true });
  // Replacing is only for a verified restore, which keeps the previous header to roll back to.
  if (!options.replace && (await vaultExists(directory))) {
    throw new VaultExistsError();
  }
  await writeHeader(directory, header);
}

/**
 * Unlocks with the passphrase. Reads only: a wrong passphrase changes nothing on disk.
 * @throws VaultNotFoundError, VaultCorruptError, UnsupportedVaultVersionError,
 *   KdfTooWeakError, UnsupportedKdfError, WrongPassphraseError
 */
export async function unlockWithPassphrase(directory: string, passphrase: string): Promise<Uint8Array> {
  return unwrapWithPassphrase(await readVaultHeader(directory), passphrase);
}

/**
 * Unlocks with the recovery key (forgiving about case, spaces, dashes, O/0, I/1).
 * @throws VaultNotFoundError, VaultCorruptError, UnsupportedVaultVersionError,
 *   MalformedRecoveryKeyError, WrongRecoveryKeyError
 */
export async function unlockWithRecoveryKey(directory: string, recoveryKey: string): Promise<Uint8Array> {
  return unwrapWithRecoveryKey(await readVaultHeader(directory), recoveryKey);
}

/**
 * Replaces the passphrase. Only the header is rewritten; the data key and the
 * recovery key stay the same. `current` is the old passphrase or, for an
 * unlocked session, the data key (which stays the caller's).
 * @throws PassphraseTooShortError, WrongPassphraseError, WrongDataKeyError and the read errors
 */
export async function changePassphrase(
  directory: string,
  current: string | Uint8Array,
  newPassphrase: string,
  options: VaultClockOptions = {},
): Promise<void> {
  const passphrase = normaliseNewPassphrase(newPassphrase);
  const header = await readVaultHeader(directory);
  if (typeof current !== 'string' && !dataKeyMatchesHeader(header, current)) {
    throw new WrongDataKeyError();
  }
  const dataKey = typeof current === 'string' ? await unwrapWithPassphrase(header, current) : current;
  try {
    await writeHeader(directory, await rewrapPassphrase(header, dataKey, passphrase, (options.now ?? systemNow)()));
  } finally {
    if (dataKey !== current) {
      wipe(dataKey);
    }
  }
}

/**
 * Sets a new passphrase using the recovery key, for a forgotten passphrase.
 * The recovery key stays valid.
 * @returns the data key, so the user is unlocked right away
 * @throws PassphraseTooShortError, MalformedRecoveryKeyError, WrongRecoveryKeyError and the read errors
 */
export async function resetPassphraseWithRecoveryKey(
  directory: string,
  recoveryKey: string,
  newPassphrase: string,
  options: VaultClockOptions = {},
): Promise<Uint8Array> {
  const passphrase = normaliseNewPassphrase(newPassphrase);
  const header = await readVaultHeader(directory);
  const dataKey = unwrapWithRecoveryKey(header, recoveryKey);
  try {
    await writeHeader(directory, await rewrapPassphrase(header, dataKey, passphrase, (options.now ?? systemNow)()));
    return dataKey;
  } catch (error) {
    wipe(dataKey);
    throw error;
  }
}
