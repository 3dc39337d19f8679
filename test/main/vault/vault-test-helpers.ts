import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { SafeStorageLike } from '../../../electron/main/vault/remembered-key.service';
import { canonicalJson } from '../../../electron/main/vault/vault-header.codec';

/** Test helpers without module state: every call gets its own directory or fake. */

/** NFC passphrase with non-ASCII letters, so normalisation is exercised. */
export const PASSPHRASE = 'Grüne Äpfel im Mai';

export type JsonRecord = Record<string, unknown>;

/** A fresh temporary directory; remove it with `removeDir`. */
export function makeTempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'tandem-vault-test-'));
}

export function removeDir(directory: string): Promise<void> {
  return rm(directory, { recursive: true, force: true });
}

/** A new directory holding a copy of another directory's vault header. */
export async function copyVault(from: string): Promise<string> {
  const to = await makeTempDir();
  await copyFile(join(from, 'vault.json'), join(to, 'vault.json'));
  return to;
}

export function readHeaderBytes(directory: string): Promise<Buffer> {
  return readFile(join(directory, 'vault.json'));
}

/** Nested object access for editing parsed JSON in tests. */
export function child(record: JsonRecord, key: string): JsonRecord {
  const value = record[key];
  if (typeof value !== 'object' || value === null) {
    throw new Error(`no object at ${key}`);
  }
  return value as JsonRecord;
}

/**
 * Edits the header as a deliberate attacker would: changes fields and, unless
 * told otherwise, recomputes the plain checksum so only the cryptography can notice.
 */
export async function editHeader(directory: string, edit: (header: JsonRecord) => void, options: { reseal?: boolean } = {}): Promise<void> {
  const path = join(directory, 'vault.json');
  const header = JSON.parse(await readFile(path, 'utf8')) as JsonRecord;
  edit(header);
  if (options.reseal ?? true) {
    const { checksum: _old, ...body } = header;
    header.checksum = createHash('sha256').update(canonicalJson(body)).digest('hex');
  }
  await writeFile(path, `${JSON.stringify(header, null, 2)}\n`);
}

/** Flips one bit of a base64 field and returns the new base64. */
export function flipBase64(value: unknown, byte = 0, bit = 0): string {
  const bytes = Buffer.from(String(value), 'base64');
  bytes[byte] = (bytes[byte] ?? 0) ^ (1 << bit);
  return bytes.toString('base64');
}

/** A copy of `bytes` with one bit flipped. */
export function flipBit(bytes: Uint8Array, offset: number, bit = 0): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy[offset] = (copy[offset] ?? 0) ^ (1 << bit);
  return copy;
}

/** A fake of Electron's safeStorage: a reversible transform with a per-instance tag, so another "device" cannot decrypt. */
export type FakeSafeStorage = SafeStorageLike & { available: boolean; backend: string | null };

/** `backend: null` leaves out `getSelectedStorageBackend`, as on macOS and Windows. */
export function makeFakeSafeStorage(deviceTag = 'device-a', backend: string | null = 'gnome_libsecret'): FakeSafeStorage {
  const prefix = `fake-os-crypt:${deviceTag}:`;
  const fake: FakeSafeStorage = {
    available: true,
    backend,
    isEncryptionAvailable: () => fake.available,
    encryptString: (plainText) => Buffer.from(prefix + Buffer.from(plainText, 'utf8').toString('base64'), 'utf8'),
    decryptString: (encrypted) => {
      const text = encrypted.toString('utf8');
      if (!text.startsWith(prefix)) {
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      }
      return Buffer.from(text.slice(prefix.length), 'base64').toString('utf8');
    },
  };
  if (backend !== null) {
    fake.getSelectedStorageBackend = () => fake.backend ?? 'unknown';
  }
  return fake;
}
