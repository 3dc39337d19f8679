import { join } from 'node:path';

import { readFileIfExists, removeFileDurably, writeFileAtomic } from '../lib/atomic-file';
import { KEY_BYTES, bytesEqual, wipe } from './vault.crypto';
import { dataKeyMatchesHeader } from './vault-header.keys';
import { readVaultHeader } from './vault.service';
import { RememberUnavailableError, VaultNotFoundError, WrongDataKeyError } from './vault.errors';
import type { RememberUnavailableReason } from './vault.errors';

/**
 * "Remember on this device": the data key encrypted by the operating system
 * (Electron's `safeStorage`: Keychain, DPAPI, libsecret/KWallet), stored beside
 * the header. The blob is a convenience, never the only copy: when it no
 * longer decrypts or no longer fits the vault it is deleted and the user
 * types the passphrase.
 */

/** The part of Electron's `safeStorage` we use; the Electron glue passes the real one. */
export type SafeStorageLike = {
  isEncryptionAvailable(): boolean;
  /** Linux only; absent on macOS and Windows. */
  getSelectedStorageBackend?(): string;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
};

export const REMEMBERED_KEY_FILE = 'vault.remembered';
const BLOB_FORMAT = 'tandem-remembered-key';
const BLOB_VERSION = 1;

/**
 * `basic_text` encrypts with a password hard-coded in Chromium, i.e. not at all;
 * `unknown` means the backend is not chosen yet (before app ready), so we cannot vouch for it.
 */
const INSECURE_BACKENDS: ReadonlySet<string> = new Set(['basic_text', 'unknown']);

function unavailableReason(safeStorage: SafeStorageLike): RememberUnavailableReason | undefined {
  if (!safeStorage.isEncryptionAvailable()) {
    return 'encryption_unavailable';
  }
  const backend = safeStorage.getSelectedStorageBackend?.();
  return backend !== undefined && INSECURE_BACKENDS.has(backend) ? 'insecure_backend' : undefined;
}

function blobPath(directory: string): string {
  return join(directory, REMEMBERED_KEY_FILE);
}

/** Whether the UI should offer "remember on this device" at all. */
export function canRememberKey(safeStorage: SafeStorageLike): boolean {
  return unavailableReason(safeStorage) === undefined;
}

/**
 * Stores the data key encrypted by the OS. The key must belong to the vault in `directory`.
 * @throws RememberUnavailableError, WrongDataKeyError and the header read errors
 */
export async function rememberKey(directory: string, dataKey: Uint8Array, safeStorage: SafeStorageLike): Promise<void> {
  const reason = unavailableReason(safeStorage);
  if (reason !== undefined) {
    throw new RememberUnavailableError(reason);
  }
  const header = await readVaultHeader(directory);
  if (!dataKeyMatchesHeader(header, dataKey)) {
    throw new WrongDataKeyError();
  }
  // safeStorage takes strings only, so the key passes through an unwipeable JS string here.
  const payload = JSON.stringify({
    format: BLOB_FORMAT,
    version: BLOB_VERSION,
    vaultId: Buffer.from(header.vaultId).toString('base64'),
    key: Buffer.from(dataKey).toString('base64'),
  });
  await writeFileAtomic(blobPath(directory), safeStorage.encryptString(payload));
}

function decodeBlob(blob: Buffer, safeStorage: SafeStorageLike): { vaultId: Uint8Array; key: Uint8Array } | undefined {
  try {
    const parsed: unknown = JSON.parse(safeStorage.decryptString(blob));
    if (typeof parsed !== 'object' || parsed === null) {
      return undefined;
    }
    const { format, version, vaultId, key } = parsed as Record<string, unknown>;
    if (format !== BLOB_FORMAT || version !== BLOB_VERSION || typeof vaultId !== 'string' || typeof key !== 'string') {
      return undefined;
    }
    return { vaultId: new Uint8Array(Buffer.from(vaultId, 'base64')), key: new Uint8Array(Buffer.from(key, 'base64')) };
  } catch {
    return undefined;
  }
}

/**
 * The remembered data key, or `null`. Never throws for a bad blob: one that
 * does not decrypt or does not match the vault header is deleted. While OS
 * encryption is unavailable (e.g. the keyring is locked) the blob is kept for later.
 */
export async function recallRememberedKey(directory: string, safeStorage: SafeStorageLike): Promise<Uint8Array | null> {
  const blob = await readFileIfExists(blobPath(directory));
  if (blob === undefined || unavailableReason(safeStorage) !== undefined) {
    return null;
  }
  let header;
  try {
    header = await readVaultHeader(directory);
  } catch (error) {
    if (error instanceof VaultNotFoundError) {
      await forgetRememberedKey(directory);
    }
    // A damaged header is reported by the passphrase unlock that follows.
    return null;
  }
  const decoded = decodeBlob(blob, safeStorage);
  if (decoded?.key.length === KEY_BYTES && bytesEqual(decoded.vaultId, header.vaultId) && dataKeyMatchesHeader(header, decoded.key)) {
    return decoded.key;
  }
  wipe(decoded?.key);
  await forgetRememberedKey(directory);
  return null;
}

/** Deletes the remembered key of this directory, if any. */
export async function forgetRememberedKey(directory: string): Promise<void> {
  await removeFileDurably(blobPath(directory));
}
