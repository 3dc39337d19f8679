import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

import { writeFileAtomic } from '../lib/atomic-file';
import { HKDF_INFO, bytesEqual, hkdfKey, openAesGcm, randomBytesArray, sealAesGcm, wipe } from './vault.crypto';
import { parseVaultHeader, serializeVaultHeader } from './vault-header.codec';
import type { VaultHeader } from './vault-header.codec';
import { dataKeyMatchesHeader, unwrapWithPassphrase, unwrapWithRecoveryKey } from './vault-header.keys';
import {
  BackupCorruptError,
  BackupTruncatedError,
  NotABackupError,
  UnsupportedBackupVersionError,
  VaultCorruptError,
  WrongDataKeyError,
} from './vault.errors';

/**
 * Encrypted backup file, format version 1 (integers big-endian):
 *
 *   "TANDEMBK" | u16 version | u32 metaLength | meta (UTF-8 JSON) | SHA-256 of everything before
 *   then frames: u32 sealedLength | AES-256-GCM(chunk) with its tag
 *
 * meta = { createdAt, chunkSize, salt, vaultHeader } where vaultHeader is the
 * exact `vault.json` text at backup time, so the passphrase or recovery key of
 * that moment opens the backup. The frame key is HKDF(data key, salt); frame i
 * uses nonce = i (11 bytes) | final flag (1 byte) and the preamble digest as
 * associated data, so frames cannot be reordered, dropped, moved between
 * backups or cut off after any frame without detection (the STREAM construction).
 */

const MAGIC = new TextEncoder().encode('TANDEMBK');
const VERSION = 1;
const FIXED_PREFIX_BYTES = MAGIC.length + 2 + 4;
const DIGEST_BYTES = 32;
const SALT_BYTES = 32;
const TAG_BYTES = 16;
const MAX_META_BYTES = 1024 * 1024;
const MIN_CHUNK_SIZE = 1024;
const MAX_CHUNK_SIZE = 16 * 1024 * 1024;
/** 1 MiB frames: small enough to keep memory flat, large enough that tags cost nothing. */
export const DEFAULT_CHUNK_SIZE = 1024 * 1024;

/** Input of `writeBackup`. `chunkSize` and `now` are for tests. */
export type WriteBackupInput = {
  readonly header: VaultHeader;
  readonly payload: Uint8Array;
  readonly dataKey: Uint8Array;
  readonly chunkSize?: number;
  readonly now?: () => Date;
};

/**
 * The secret that opens a backup: the passphrase or the recovery key valid when it was written,
 * or (to verify a backup just written) the data key itself.
 */
export type BackupSecret =
  | { readonly passphrase: string }
  | { readonly recoveryKey: string }
  | { readonly dataKey: Uint8Array };

/** A fully verified backup. `dataKey` and `header` let a restore recreate the vault as it was. */
export type OpenedBackup = {
  readonly dataKey: Uint8Array;
  readonly payload: Uint8Array;
  readonly createdAt: string;
  readonly header: VaultHeader;
};

type BackupMeta = { readonly createdAt: string; readonly chunkSize: number; readonly salt: string; readonly vaultHeader: string };

function frameNonce(index: number, final: boolean): Uint8Array {
  const nonce = new Uint8Array(12);
  const view = new DataView(nonce.buffer);
  view.setUint32(3, Math.floor(index / 2 ** 32));
  view.setUint32(7, index >>> 0);
  nonce[11] = final ? 1 : 0;
  return nonce;
}

function u32(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value);
  return out;
}

function sha256(data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(data).digest());
}

function* frames(payload: Uint8Array, chunkSize: number, key: Uint8Array, digest: Uint8Array): Generator<Uint8Array> {
  const count = Math.max(1, Math.ceil(payload.length / chunkSize));
  for (let index = 0; index < count; index++) {
    const chunk = payload.subarray(index * chunkSize, (index + 1) * chunkSize);
    const sealed = sealAesGcm(key, frameNonce(index, index === count - 1), chunk, digest);
    yield u32(sealed.length);
    yield sealed;
  }
}

/**
 * Writes an encrypted backup atomically. The data key must belong to `header`,
 * otherwise the backup could never be opened.
 * @throws WrongDataKeyError
 */
export async function writeBackup(path: string, input: WriteBackupInput): Promise<{ readonly createdAt: string }> {
  const chunkSize = input.chunkSize ?? DEFAULT_CHUNK_SIZE;
  if (!Number.isSafeInteger(chunkSize) || chunkSize < MIN_CHUNK_SIZE || chunkSize > MAX_CHUNK_SIZE) {
    throw new RangeError(`chunkSize must be between ${MIN_CHUNK_SIZE} and ${MAX_CHUNK_SIZE}.`);
  }
  if (!dataKeyMatchesHeader(input.header, input.dataKey)) {
    throw new WrongDataKeyError();
  }
  const createdAt = (input.now ?? ((): Date => new Date()))().toISOString();
  const salt = randomBytesArray(SALT_BYTES);
  const meta: BackupMeta = { createdAt, chunkSize, salt: Buffer.from(salt).toString('base64'), vaultHeader: serializeVaultHeader(input.header) };
  const metaBytes = new TextEncoder().encode(JSON.stringify(meta));
  const prefix = new Uint8Array(FIXED_PREFIX_BYTES + metaBytes.length);
  prefix.set(MAGIC);
  new DataView(prefix.buffer).setUint16(MAGIC.length, VERSION);
  prefix.set(u32(metaBytes.length), MAGIC.length + 2);
  prefix.set(metaBytes, FIXED_PREFIX_BYTES);
  const digest = sha256(prefix);
  const key = hkdfKey(input.dataKey, salt, HKDF_INFO.backupPayload);
  try {
    await writeFileAtomic(path, [prefix, digest, ...frames(input.payload, chunkSize, key, digest)]);
  } finally {
    wipe(key);
  }
  return { createdAt };
}

function parseMeta(bytes: Uint8Array): BackupMeta & { readonly header: VaultHeader; readonly saltBytes: Uint8Array } {
  let meta: unknown;
  try {
    meta = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new BackupCorruptError('metadata is not JSON');
  }
  const { createdAt, chunkSize, salt, vaultHeader } = (typeof meta === 'object' && meta !== null ? meta : {}) as Record<string, unknown>;
  const saltBytes = typeof salt === 'string' ? Buffer.from(salt, 'base64') : undefined;
  if (
    typeof createdAt !== 'string' ||
    Number.isNaN(Date.parse(createdAt)) ||
    typeof chunkSize !== 'number' ||
    !Number.isSafeInteger(chunkSize) ||
    chunkSize < MIN_CHUNK_SIZE ||
    chunkSize > MAX_CHUNK_SIZE ||
    typeof salt !== 'string' ||
    saltBytes?.length !== SALT_BYTES ||
    typeof vaultHeader !== 'string'
  ) {
    throw new BackupCorruptError('metadata is incomplete');
  }
  try {
    return { createdAt, chunkSize, salt, vaultHeader, header: parseVaultHeader(vaultHeader), saltBytes: new Uint8Array(saltBytes) };
  } catch (error) {
    throw error instanceof VaultCorruptError ? new BackupCorruptError(`vault header: ${error.detail}`) : error;
  }
}

/** Lets the Electron main thread serve other events between 1 MiB frames of a large backup. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

async function decryptFrames(file: Uint8Array, start: number, key: Uint8Array, digest: Uint8Array, chunkSize: number): Promise<Uint8Array> {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const chunks: Uint8Array[] = [];
  let offset = start;
  try {
    for (let index = 0; ; index++) {
      if (file.length - offset < 4) {
        throw new BackupTruncatedError();
      }
      const sealedLength = view.getUint32(offset);
      if (sealedLength < TAG_BYTES || sealedLength > chunkSize + TAG_BYTES) {
        throw new BackupCorruptError(`frame ${index} has an impossible length`);
      }
      offset += 4;
      if (file.length - offset < sealedLength) {
        throw new BackupTruncatedError();
      }
      const sealed = file.subarray(offset, offset + sealedLength);
      offset += sealedLength;
      const isLast = offset === file.length;
      // Try the flag the position suggests first; the other one tells truncation from tampering.
      const chunk = openAesGcm(key, frameNonce(index, isLast), sealed, digest);
      if (chunk !== null) {
        chunks.push(chunk);
        if (isLast) {
          break;
        }
        await yieldToEventLoop();
        continue;
      }
      const asMiddleFrame = isLast ? openAesGcm(key, frameNonce(index, false), sealed, digest) : null;
      if (asMiddleFrame !== null) {
        wipe(asMiddleFrame);
        throw new BackupTruncatedError();
      }
      throw new BackupCorruptError(isLast ? `frame ${index} fails authentication` : `frame ${index} fails authentication or data follows the final frame`);
    }
    const payload = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
    let position = 0;
    for (const chunk of chunks) {
      payload.set(chunk, position);
      position += chunk.length;
    }
    return payload;
  } finally {
    wipe(...chunks);
  }
}

async function unlockBackup(header: VaultHeader, secret: BackupSecret): Promise<Uint8Array> {
  if ('passphrase' in secret) {
    return unwrapWithPassphrase(header, secret.passphrase);
  }
  if ('recoveryKey' in secret) {
    return unwrapWithRecoveryKey(header, secret.recoveryKey);
  }
  if (!dataKeyMatchesHeader(header, secret.dataKey)) {
    throw new WrongDataKeyError();
  }
  return Uint8Array.from(secret.dataKey);
}

/**
 * Reads and fully verifies a backup before returning anything: any damaged,
 * cut or modified byte, or a wrong secret, is a typed error, never partial data.
 * @throws NotABackupError, UnsupportedBackupVersionError, BackupTruncatedError, BackupCorruptError,
 *   WrongPassphraseError, WrongRecoveryKeyError, MalformedRecoveryKeyError, KdfTooWeakError, UnsupportedKdfError
 */
export async function readBackup(path: string, secret: BackupSecret): Promise<OpenedBackup> {
  const file = new Uint8Array(await readFile(path));
  const magicLength = Math.min(file.length, MAGIC.length);
  if (!bytesEqual(file.subarray(0, magicLength), MAGIC.subarray(0, magicLength))) {
    throw new NotABackupError();
  }
  if (file.length < FIXED_PREFIX_BYTES) {
    throw new BackupTruncatedError();
  }
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const version = view.getUint16(MAGIC.length);
  if (version !== VERSION) {
    throw version > VERSION ? new UnsupportedBackupVersionError(version) : new BackupCorruptError('bad version');
  }
  const metaLength = view.getUint32(MAGIC.length + 2);
  if (metaLength > MAX_META_BYTES) {
    throw new BackupCorruptError('metadata too large');
  }
  const framesStart = FIXED_PREFIX_BYTES + metaLength + DIGEST_BYTES;
  if (file.length < framesStart) {
    throw new BackupTruncatedError();
  }
  const digest = file.subarray(FIXED_PREFIX_BYTES + metaLength, framesStart);
  if (!bytesEqual(sha256(file.subarray(0, FIXED_PREFIX_BYTES + metaLength)), digest)) {
    throw new BackupCorruptError('preamble checksum mismatch');
  }
  const meta = parseMeta(file.subarray(FIXED_PREFIX_BYTES, FIXED_PREFIX_BYTES + metaLength));
  const dataKey = await unlockBackup(meta.header, secret);
  const key = hkdfKey(dataKey, meta.saltBytes, HKDF_INFO.backupPayload);
  try {
    const payload = await decryptFrames(file, framesStart, key, digest, meta.chunkSize);
    return { dataKey, payload, createdAt: meta.createdAt, header: meta.header };
  } catch (error) {
    wipe(dataKey);
    throw error;
  } finally {
    wipe(key);
  }
}
