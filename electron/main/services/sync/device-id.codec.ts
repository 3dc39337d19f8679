import { createHash } from 'node:crypto';

import { encodeBase32 } from '../../lib/base32';
import { InvalidDeviceIdError } from './sync.errors';

/**
 * Device IDs as Syncthing shows them: SHA-256 of the certificate DER in RFC 4648 base32 (52
 * characters), cut into four groups of 13, each followed by a Luhn mod 32 check character, and
 * printed as eight dash-separated blocks of seven. A typo in one character (or most swaps of two
 * neighbours) fails the check of its group, so a mistyped ID is refused before pairing.
 */
export type DeviceId = string & { readonly __brand: 'DeviceId' };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const N = ALPHABET.length;
const GROUP = 13;
const GROUPS = 4;
const BLOCK = 7;


function codePoint(char: string): number {
  return ALPHABET.indexOf(char);
}

/** Luhn mod N over base32: the check character that makes the weighted sum divisible by 32. */
export function luhnBase32(group: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = group.length - 1; i >= 0; i -= 1) {
    const addend = factor * codePoint(group.charAt(i));
    sum += Math.floor(addend / N) + (addend % N);
    factor = factor === 2 ? 1 : 2;
  }
  return ALPHABET.charAt((N - (sum % N)) % N);
}

/** Formats 32 fingerprint bytes as a device ID with check characters. */
export function deviceIdFromFingerprint(fingerprint: Uint8Array): DeviceId {
  if (fingerprint.length !== 32) {
    throw new InvalidDeviceIdError('length');
  }
  const raw = encodeBase32(fingerprint, ALPHABET);
  let withChecks = '';
  for (let g = 0; g < GROUPS; g += 1) {
    const group = raw.slice(g * GROUP, (g + 1) * GROUP);
    withChecks += group + luhnBase32(group);
  }
  const blocks: string[] = [];
  for (let i = 0; i < withChecks.length; i += BLOCK) {
    blocks.push(withChecks.slice(i, i + BLOCK));
  }
  return blocks.join('-') as DeviceId;
}

/** The device ID of a certificate: SHA-256 over its DER encoding. */
export function deviceIdFromCertificate(der: Uint8Array): DeviceId {
  return deviceIdFromFingerprint(createHash('sha256').update(der).digest());
}

export type ParsedDeviceId =
  { ok: true; deviceId: DeviceId } | { ok: false; error: InvalidDeviceIdError };

/**
 * Parses a typed or pasted device ID. Forgiving about case, spaces, dashes and the digits people
 * type for look-alike letters (0→O, 1→I, 8→B, as Syncthing does); strict about everything else:
 * a wrong length, a foreign character or a failed check character is a typed error.
 */
export function parseDeviceId(input: string): ParsedDeviceId {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/0/g, 'O')
    .replace(/1/g, 'I')
    .replace(/8/g, 'B');
  if (cleaned.length !== (GROUP + 1) * GROUPS) {
    return { ok: false, error: new InvalidDeviceIdError('length') };
  }
  for (let g = 0; g < GROUPS; g += 1) {
    const chunk = cleaned.slice(g * (GROUP + 1), (g + 1) * (GROUP + 1));
    if (!/^[A-Z2-7]+$/.test(chunk)) {
      return { ok: false, error: new InvalidDeviceIdError('character', g) };
    }
    if (luhnBase32(chunk.slice(0, GROUP)) !== chunk.charAt(GROUP)) {
      return { ok: false, error: new InvalidDeviceIdError('check', g) };
    }
  }
  // The last base32 character carries only one data bit: a canonical ID has the rest zero.
  const last = codePoint(cleaned.charAt((GROUP + 1) * GROUPS - 2));
  if ((last & 0b01111) !== 0) {
    return { ok: false, error: new InvalidDeviceIdError('character', GROUPS - 1) };
  }
  const blocks: string[] = [];
  for (let i = 0; i < cleaned.length; i += BLOCK) {
    blocks.push(cleaned.slice(i, i + BLOCK));
  }
  return { ok: true, deviceId: blocks.join('-') as DeviceId };
}

/** Like {@link parseDeviceId} but throws the {@link InvalidDeviceIdError}. */
export function toDeviceId(input: string): DeviceId {
  const parsed = parseDeviceId(input);
  if (!parsed.ok) {
    throw parsed.error;
  }
  return parsed.deviceId;
}
