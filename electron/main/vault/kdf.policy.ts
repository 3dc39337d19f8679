import { KdfTooWeakError, PassphraseTooShortError, UnsupportedKdfError } from './vault.errors';

/** A KDF as recorded in the header: a name and integer parameters, so unknown KDFs still parse. */
export type KdfSpec = { readonly name: string; readonly params: Readonly<Record<string, number>> };

/** scrypt cost parameters (RFC 7914 names). */
export type ScryptParams = { readonly N: number; readonly r: number; readonly p: number };

export const SCRYPT_KDF_NAME = 'scrypt';
/** The recovery key already carries 128 random bits, so a fast KDF is enough. */
export const RECOVERY_KDF_NAME = 'hkdf-sha256';

/** The floor and the default are the same: OWASP's scrypt recommendation (N=2^17, r=8, p=1). */
export const SCRYPT_FLOOR: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };
export const SCRYPT_DEFAULT: ScryptParams = SCRYPT_FLOOR;
/** Node's scrypt refuses to allocate more than this; N=2^17, r=8 needs about 128 MiB. */
export const SCRYPT_MAXMEM = 256 * 1024 * 1024;
/** p beyond this multiplies unlock time with no gain for an interactive app. */
const SCRYPT_MAX_P = 16;

/** Minimum passphrase length in user-perceived characters (grapheme clusters). */
export const MIN_PASSPHRASE_LENGTH = 10;

/** The header spec of the default passphrase KDF. */
export function defaultPassphraseKdf(): KdfSpec {
  return { name: SCRYPT_KDF_NAME, params: { N: SCRYPT_DEFAULT.N, r: SCRYPT_DEFAULT.r, p: SCRYPT_DEFAULT.p } };
}

/** The header spec of the recovery-key KDF. */
export function recoveryKdf(): KdfSpec {
  return { name: RECOVERY_KDF_NAME, params: {} };
}

/** Memory OpenSSL's scrypt allocates (B and V arrays); Node compares it with maxmem. */
function scryptMemory({ N, r, p }: ScryptParams): number {
  return 128 * r * p + 128 * r * (N + 2);
}

function hasExactKeys(params: Readonly<Record<string, number>>, keys: readonly string[]): boolean {
  const present = Object.keys(params).sort();
  return present.length === keys.length && [...keys].sort().every((key, i) => present[i] === key);
}

/**
 * Checks a passphrase KDF from a header before any derivation runs, so an
 * edited header cannot downgrade the cost or make us allocate without bound.
 * @throws UnsupportedKdfError for an unknown KDF or parameters beyond the ceiling
 * @throws KdfTooWeakError for parameters below the floor
 */
export function assertAcceptablePassphraseKdf(kdf: KdfSpec): ScryptParams {
  if (kdf.name !== SCRYPT_KDF_NAME) {
    throw new UnsupportedKdfError(`unknown KDF "${kdf.name}"`);
  }
  if (!hasExactKeys(kdf.params, ['N', 'r', 'p'])) {
    throw new UnsupportedKdfError('scrypt needs exactly N, r and p');
  }
  const { N, r, p } = kdf.params as ScryptParams;
  if (!Number.isSafeInteger(N) || !Number.isSafeInteger(r) || !Number.isSafeInteger(p)) {
    throw new UnsupportedKdfError('parameters must be integers');
  }
  if (N < SCRYPT_FLOOR.N || r < SCRYPT_FLOOR.r || p < SCRYPT_FLOOR.p) {
    throw new KdfTooWeakError(`N=${N}, r=${r}, p=${p}; minimum N=${SCRYPT_FLOOR.N}, r=${SCRYPT_FLOOR.r}, p=${SCRYPT_FLOOR.p}`);
  }
  if ((N & (N - 1)) !== 0) {
    throw new UnsupportedKdfError('N must be a power of two');
  }
  if (p > SCRYPT_MAX_P || scryptMemory({ N, r, p }) > SCRYPT_MAXMEM) {
    throw new UnsupportedKdfError(`N=${N}, r=${r}, p=${p} exceed the resource limit`);
  }
  return { N, r, p };
}

/** @throws UnsupportedKdfError unless the spec is the recovery-key KDF without parameters. */
export function assertAcceptableRecoveryKdf(kdf: KdfSpec): void {
  if (kdf.name !== RECOVERY_KDF_NAME || Object.keys(kdf.params).length > 0) {
    throw new UnsupportedKdfError(`unknown recovery KDF "${kdf.name}"`);
  }
}

/** Characters as people see them: an emoji or "e" plus an accent counts once. */
function graphemeCount(text: string): number {
  let count = 0;
  for (const _segment of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    count += 1;
  }
  return count;
}

/**
 * Normalises a passphrase to NFC (so "é" typed as one or two code points is the
 * same secret) and enforces the minimum length.
 * @throws PassphraseTooShortError
 */
export function normaliseNewPassphrase(passphrase: string): string {
  const normalised = passphrase.normalize('NFC');
  if (graphemeCount(normalised) < MIN_PASSPHRASE_LENGTH) {
    throw new PassphraseTooShortError(MIN_PASSPHRASE_LENGTH);
  }
  return normalised;
}
