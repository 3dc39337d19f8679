import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';

import { MalformedRecoveryKeyError } from './vault.errors';
import { encodeBase32 } from '../lib/base32';

/**
 * Recovery keys: 128 random bits followed by their CRC-32 (160 bits), written
 * as 32 Crockford base32 characters in 8 groups of 4:
 * `XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX`.
 *
 * CRC-32 rather than a truncated hash because it detects every burst of up to
 * 32 bits for certain: any single mistyped character (5 bits) and any swap of
 * two neighbouring characters (10 bits) are always caught, not just likely.
 */

/** Entropy bytes in a recovery key. */
export const RECOVERY_KEY_BYTES = 16;
const CHECKSUM_BYTES = 4;
const CHARACTERS = 32;
const GROUP_SIZE = 4;

/** Crockford's alphabet: no I, L, O or U, so nothing looks like 1, 0 or V. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Characters people type for the ones left out of the alphabet. */
const LOOKALIKES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };
/** Spaces, dashes (including typographic ones pasted from documents), dots and underscores. */
const SEPARATORS = /[\s\-_.\u2010-\u2015\u2212]/gu;

function checksum(entropy: Uint8Array): Uint8Array {
  const out = new Uint8Array(CHECKSUM_BYTES);
  new DataView(out.buffer).setUint32(0, crc32(entropy));
  return out;
}


function fromBase32(text: string): Uint8Array {
  const out = new Uint8Array((text.length * 5) / 8);
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of text) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) {
      throw new MalformedRecoveryKeyError('character');
    }
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = (buffer >>> bits) & 255;
    }
    buffer &= (1 << bits) - 1;
  }
  return out;
}

/** Formats 16 bytes of entropy as a recovery key with its checksum. */
export function encodeRecoveryKey(entropy: Uint8Array): string {
  if (entropy.length !== RECOVERY_KEY_BYTES) {
    throw new RangeError(`A recovery key holds exactly ${RECOVERY_KEY_BYTES} bytes.`);
  }
  const text = encodeBase32(new Uint8Array([...entropy, ...checksum(entropy)]), ALPHABET);
  const groups: string[] = [];
  for (let i = 0; i < text.length; i += GROUP_SIZE) {
    groups.push(text.slice(i, i + GROUP_SIZE));
  }
  return groups.join('-');
}

/** A fresh random recovery key and its entropy (the caller wipes the entropy). */
export function generateRecoveryKey(): { readonly recoveryKey: string; readonly entropy: Uint8Array } {
  const entropy = new Uint8Array(randomBytes(RECOVERY_KEY_BYTES));
  return { recoveryKey: encodeRecoveryKey(entropy), entropy };
}

/**
 * Parses a recovery key as people type it: any case, with or without spaces
 * and dashes, O for 0 and I or L for 1.
 * @returns the 16 entropy bytes
 * @throws MalformedRecoveryKeyError with reason 'length', 'character' or 'checksum'
 */
export function parseRecoveryKey(input: string): Uint8Array {
  const compact = input
    .normalize('NFKC')
    .replace(SEPARATORS, '')
    .toUpperCase()
    .replace(/[OIL]/gu, (char) => LOOKALIKES[char] ?? char);
  if (compact.length !== CHARACTERS) {
    // Report a bad character before a bad length: "ü" is a clearer hint than "too short".
    for (const char of compact) {
      if (!ALPHABET.includes(char)) {
        throw new MalformedRecoveryKeyError('character');
      }
    }
    throw new MalformedRecoveryKeyError('length');
  }
  const bytes = fromBase32(compact);
  const entropy = bytes.slice(0, RECOVERY_KEY_BYTES);
  const expected = checksum(entropy);
  const actual = bytes.subarray(RECOVERY_KEY_BYTES);
  const valid = expected.every((byte, i) => byte === actual[i]);
  bytes.fill(0);
  if (!valid) {
    entropy.fill(0);
    throw new MalformedRecoveryKeyError('checksum');
  }
  return entropy;
}
