import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

import { SCRYPT_MAXMEM } from './kdf.policy';
import type { ScryptParams } from './kdf.policy';

/**
 * The few primitives the vault needs, all from node:crypto (present in plain
 * Node and in Electron's main process alike). Outputs that hold secrets are
 * fresh `Uint8Array`s the caller owns and can wipe.
 */

/** Length of the data key and of every derived key. */
export const KEY_BYTES = 32;
const GCM_TAG_BYTES = 16;

/** HKDF `info` strings: one per purpose, so no derived key is ever reused for another. */
export const HKDF_INFO = {
  headerMac: 'tandem/vault/header-mac/v1',
  recoveryWrap: 'tandem/vault/recovery-wrap/v1',
  backupPayload: 'tandem/backup/payload/v1',
} as const;

/** `n` random bytes in a fresh array. */
export function randomBytesArray(n: number): Uint8Array {
  return new Uint8Array(randomBytes(n));
}

/** Sets every byte to zero; accepts undefined so `finally` blocks stay short. */
export function wipe(...buffers: (Uint8Array | undefined)[]): void {
  for (const buffer of buffers) {
    buffer?.fill(0);
  }
}

/** UTF-8 in a buffer of our own: `Buffer.from` may hand out a slice of a shared pool. */
function utf8(text: string): Buffer {
  const buffer = Buffer.alloc(Buffer.byteLength(text, 'utf8'));
  buffer.write(text, 'utf8');
  return buffer;
}

/**
 * scrypt on libuv's thread pool (async API), so the Electron main thread keeps
 * serving the UI during the ~0.4 s derivation. The passphrase is NFC-normalised.
 */
export function deriveScryptKey(passphrase: string, salt: Uint8Array, { N, r, p }: ScryptParams): Promise<Uint8Array> {
  const secret = utf8(passphrase.normalize('NFC'));
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, KEY_BYTES, { N, r, p, maxmem: SCRYPT_MAXMEM }, (error, key) => {
      secret.fill(0);
      if (error) {
        reject(error);
        return;
      }
      const out = new Uint8Array(key);
      key.fill(0);
      resolve(out);
    });
  });
}

/** HKDF-SHA256 to a 32-byte key. */
export function hkdfKey(ikm: Uint8Array, salt: Uint8Array, info: string): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', ikm, salt, info, KEY_BYTES));
}

/** HMAC-SHA256. */
export function hmacSha256(key: Uint8Array, data: Uint8Array): Uint8Array {
  return new Uint8Array(createHmac('sha256', key).update(data).digest());
}

/** Constant-time comparison of two byte arrays of any length. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

function join(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** AES-256-GCM: ciphertext followed by the 16-byte tag. */
export function sealAesGcm(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array, associatedData: Uint8Array): Uint8Array {
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: GCM_TAG_BYTES });
  cipher.setAAD(associatedData);
  return join([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}

/** Opens `sealAesGcm` output; `null` when authentication fails (wrong key, nonce, data or AD). */
export function openAesGcm(key: Uint8Array, nonce: Uint8Array, sealed: Uint8Array, associatedData: Uint8Array): Uint8Array | null {
  if (sealed.length < GCM_TAG_BYTES) {
    return null;
  }
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: GCM_TAG_BYTES });
  decipher.setAAD(associatedData);
  decipher.setAuthTag(sealed.subarray(sealed.length - GCM_TAG_BYTES));
  const head = decipher.update(sealed.subarray(0, sealed.length - GCM_TAG_BYTES));
  try {
    const tail = decipher.final();
    const out = join([head, tail]);
    wipe(tail);
    return out;
  } catch {
    return null;
  } finally {
    // Unauthenticated plaintext never leaves this function.
    wipe(head);
  }
}
