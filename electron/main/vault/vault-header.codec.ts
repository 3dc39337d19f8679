import { createHash } from 'node:crypto';

import type { KdfSpec } from './kdf.policy';
import { UnsupportedVaultVersionError, VaultCorruptError } from './vault.errors';

/**
 * The vault header (`vault.json`): pretty JSON, so support can read it, with a
 * SHA-256 `checksum` over the canonical form of everything else. The checksum
 * is not a security measure (the AES-GCM wraps and the `mac` under the data
 * key are); it tells accidental damage ("corrupt") apart from a wrong secret.
 * Parsing is exact: the text must be what `serializeVaultHeader` writes, so no
 * byte can change unnoticed.
 */

export const VAULT_HEADER_FILE = 'vault.json';
export const VAULT_FORMAT = 'tandem-vault';
export const VAULT_VERSION = 1;

export const VAULT_ID_BYTES = 16;
export const SALT_BYTES = 16;
export const NONCE_BYTES = 12;
/** A 32-byte key plus the 16-byte GCM tag. */
export const WRAPPED_KEY_BYTES = 48;
export const MAC_BYTES = 32;

/** One wrap of the data key: how its key-encryption key is derived, and the AES-256-GCM output. */
export type KeyWrap = {
  readonly kdf: KdfSpec;
  readonly salt: Uint8Array;
  readonly nonce: Uint8Array;
  readonly wrappedKey: Uint8Array;
};

/** The decoded vault header. `mac` is HMAC-SHA256 under a key derived from the data key. */
export type VaultHeader = {
  readonly version: typeof VAULT_VERSION;
  readonly vaultId: Uint8Array;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly passphrase: KeyWrap;
  readonly recovery: KeyWrap;
  readonly mac: Uint8Array;
};

/** Which wrap an associated-data block belongs to, so wraps cannot be swapped. */
export type WrapLabel = 'passphrase' | 'recovery';

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };
type JsonObject = { readonly [key: string]: Json };

/** Deterministic JSON: object keys sorted, no whitespace. Used for checksums, MACs and associated data. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 (hex) of the canonical form of a header body without its `checksum` field. */
export function computeHeaderChecksum(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

function sortedParams(params: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(Object.entries(params).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function wrapToJson(wrap: KeyWrap): JsonObject {
  return {
    kdf: { name: wrap.kdf.name, params: sortedParams(wrap.kdf.params) },
    salt: b64(wrap.salt),
    nonce: b64(wrap.nonce),
    wrappedKey: b64(wrap.wrappedKey),
  };
}

function bodyWithoutMac(header: Omit<VaultHeader, 'mac'>): JsonObject {
  return {
    format: VAULT_FORMAT,
    version: header.version,
    vaultId: b64(header.vaultId),
    createdAt: header.createdAt,
    updatedAt: header.updatedAt,
    passphrase: wrapToJson(header.passphrase),
    recovery: wrapToJson(header.recovery),
  };
}

/** The bytes the header MAC covers: every field except `mac` and `checksum`. */
export function headerMacInput(header: Omit<VaultHeader, 'mac'>): Uint8Array {
  return new TextEncoder().encode(canonicalJson(bodyWithoutMac(header)));
}

/**
 * Associated data of one wrap: format, version, vault id, label and the wrap's
 * KDF name, parameters and salt. Editing any of them makes the unwrap fail.
 * The other wrap is deliberately not included, so changing the passphrase
 * leaves the recovery wrap valid.
 */
export function wrapAssociatedData(
  header: Pick<VaultHeader, 'version' | 'vaultId'>,
  label: WrapLabel,
  wrap: Pick<KeyWrap, 'kdf' | 'salt'>,
): Uint8Array {
  const ad = [VAULT_FORMAT, header.version, b64(header.vaultId), label, wrap.kdf.name, sortedParams(wrap.kdf.params), b64(wrap.salt)];
  return new TextEncoder().encode(canonicalJson(ad));
}

/** The exact file text of a header, checksum included, with a final newline. */
export function serializeVaultHeader(header: VaultHeader): string {
  const body = { ...bodyWithoutMac(header), mac: b64(header.mac) };
  return `${JSON.stringify({ ...body, checksum: computeHeaderChecksum(body) }, null, 2)}\n`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(obj: Record<string, unknown>, key: string): unknown {
  if (!Object.hasOwn(obj, key)) {
    throw new VaultCorruptError(`missing ${key}`);
  }
  return obj[key];
}

function objectField(obj: Record<string, unknown>, key: string): Record<string, unknown> {
  const value = field(obj, key);
  if (!isObject(value)) {
    throw new VaultCorruptError(`${key} is not an object`);
  }
  return value;
}

function bytesField(obj: Record<string, unknown>, key: string, length: number): Uint8Array {
  const value = field(obj, key);
  const bytes = typeof value === 'string' ? Buffer.from(value, 'base64') : undefined;
  // Re-encoding catches non-canonical base64 that would decode to the same bytes.
  if (bytes?.length !== length || bytes.toString('base64') !== value) {
    throw new VaultCorruptError(`${key} is not ${length} bytes of base64`);
  }
  return new Uint8Array(bytes);
}

function timestampField(obj: Record<string, unknown>, key: string): string {
  const value = field(obj, key);
  if (typeof value !== 'string' || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/u.test(value) || Number.isNaN(Date.parse(value))) {
    throw new VaultCorruptError(`${key} is not a timestamp`);
  }
  return value;
}

function kdfField(obj: Record<string, unknown>): KdfSpec {
  const kdf = objectField(obj, 'kdf');
  const name = field(kdf, 'name');
  const params = objectField(kdf, 'params');
  if (typeof name !== 'string') {
    throw new VaultCorruptError('kdf.name is not a string');
  }
  const entries = Object.entries(params).map(([key, value]) => {
    if (!Number.isSafeInteger(value)) {
      throw new VaultCorruptError(`kdf parameter ${key} is not an integer`);
    }
    return [key, value as number] as const;
  });
  return { name, params: Object.fromEntries(entries) };
}

function wrapField(obj: Record<string, unknown>, key: WrapLabel): KeyWrap {
  const wrap = objectField(obj, key);
  return {
    kdf: kdfField(wrap),
    salt: bytesField(wrap, 'salt', SALT_BYTES),
    nonce: bytesField(wrap, 'nonce', NONCE_BYTES),
    wrappedKey: bytesField(wrap, 'wrappedKey', WRAPPED_KEY_BYTES),
  };
}

/**
 * Parses and checks a header file's text. KDF policy is not checked here but
 * by the unlock functions, before they derive anything.
 * @throws VaultCorruptError if the text is damaged or not exactly canonical
 * @throws UnsupportedVaultVersionError if a newer Tandem wrote it
 */
export function parseVaultHeader(text: string): VaultHeader {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new VaultCorruptError('not JSON');
  }
  if (!isObject(parsed)) {
    throw new VaultCorruptError('not an object');
  }
  const { checksum, ...body } = parsed;
  if (typeof checksum !== 'string' || checksum !== computeHeaderChecksum(body)) {
    throw new VaultCorruptError('checksum mismatch');
  }
  if (field(body, 'format') !== VAULT_FORMAT) {
    throw new VaultCorruptError('not a vault header');
  }
  const version = field(body, 'version');
  if (typeof version === 'number' && Number.isSafeInteger(version) && version > VAULT_VERSION) {
    throw new UnsupportedVaultVersionError(version);
  }
  if (version !== VAULT_VERSION) {
    throw new VaultCorruptError('bad version');
  }
  const header: VaultHeader = {
    version,
    vaultId: bytesField(body, 'vaultId', VAULT_ID_BYTES),
    createdAt: timestampField(body, 'createdAt'),
    updatedAt: timestampField(body, 'updatedAt'),
    passphrase: wrapField(body, 'passphrase'),
    recovery: wrapField(body, 'recovery'),
    mac: bytesField(body, 'mac', MAC_BYTES),
  };
  if (serializeVaultHeader(header) !== text) {
    throw new VaultCorruptError('not in canonical form');
  }
  return header;
}
