import { assertAcceptablePassphraseKdf, assertAcceptableRecoveryKdf, defaultPassphraseKdf, recoveryKdf } from './kdf.policy';
import { parseRecoveryKey } from './recovery-key.codec';
import { HKDF_INFO, KEY_BYTES, bytesEqual, deriveScryptKey, hkdfKey, hmacSha256, openAesGcm, randomBytesArray, sealAesGcm, wipe } from './vault.crypto';
import { NONCE_BYTES, SALT_BYTES, VAULT_ID_BYTES, VAULT_VERSION, headerMacInput, wrapAssociatedData } from './vault-header.codec';
import type { KeyWrap, VaultHeader } from './vault-header.codec';
import { VaultCorruptError, WrongPassphraseError, WrongRecoveryKeyError } from './vault.errors';

/**
 * Wrapping and unwrapping the data key inside a header object. No file access:
 * the vault service and the backup reader both build on these.
 */

type HeaderIdentity = Pick<VaultHeader, 'version' | 'vaultId'>;

function headerMac(header: Omit<VaultHeader, 'mac'>, dataKey: Uint8Array): Uint8Array {
  const macKey = hkdfKey(dataKey, header.vaultId, HKDF_INFO.headerMac);
  try {
    return hmacSha256(macKey, headerMacInput(header));
  } finally {
    wipe(macKey);
  }
}

/** True if `dataKey` is the key this header wraps (checked through the header MAC). */
export function dataKeyMatchesHeader(header: VaultHeader, dataKey: Uint8Array): boolean {
  return dataKey.length === KEY_BYTES && bytesEqual(headerMac(header, dataKey), header.mac);
}

/** After a successful unwrap the MAC must hold too: it covers the fields no wrap authenticates. */
function verifiedDataKey(header: VaultHeader, dataKey: Uint8Array): Uint8Array {
  if (!dataKeyMatchesHeader(header, dataKey)) {
    wipe(dataKey);
    throw new VaultCorruptError('header MAC mismatch');
  }
  return dataKey;
}

async function wrapWithPassphrase(identity: HeaderIdentity, dataKey: Uint8Array, passphrase: string): Promise<KeyWrap> {
  const kdf = defaultPassphraseKdf();
  const salt = randomBytesArray(SALT_BYTES);
  const nonce = randomBytesArray(NONCE_BYTES);
  const kek = await deriveScryptKey(passphrase, salt, assertAcceptablePassphraseKdf(kdf));
  try {
    const wrappedKey = sealAesGcm(kek, nonce, dataKey, wrapAssociatedData(identity, 'passphrase', { kdf, salt }));
    return { kdf, salt, nonce, wrappedKey };
  } finally {
    wipe(kek);
  }
}

function wrapWithRecoveryEntropy(identity: HeaderIdentity, dataKey: Uint8Array, entropy: Uint8Array): KeyWrap {
  const kdf = recoveryKdf();
  const salt = randomBytesArray(SALT_BYTES);
  const nonce = randomBytesArray(NONCE_BYTES);
  const kek = hkdfKey(entropy, salt, HKDF_INFO.recoveryWrap);
  try {
    const wrappedKey = sealAesGcm(kek, nonce, dataKey, wrapAssociatedData(identity, 'recovery', { kdf, salt }));
    return { kdf, salt, nonce, wrappedKey };
  } finally {
    wipe(kek);
  }
}

function sealHeader(body: Omit<VaultHeader, 'mac'>, dataKey: Uint8Array): VaultHeader {
  return { ...body, mac: headerMac(body, dataKey) };
}

/** A new header wrapping `dataKey` under the passphrase and the recovery-key entropy. */
export async function buildHeader(input: {
  readonly dataKey: Uint8Array;
  readonly passphrase: string;
  readonly recoveryEntropy: Uint8Array;
  readonly now: Date;
}): Promise<VaultHeader> {
  const identity: HeaderIdentity = { version: VAULT_VERSION, vaultId: randomBytesArray(VAULT_ID_BYTES) };
  const timestamp = input.now.toISOString();
  return sealHeader(
    {
      ...identity,
      createdAt: timestamp,
      updatedAt: timestamp,
      passphrase: await wrapWithPassphrase(identity, input.dataKey, input.passphrase),
      recovery: wrapWithRecoveryEntropy(identity, input.dataKey, input.recoveryEntropy),
    },
    input.dataKey,
  );
}

/** The same header with a fresh passphrase wrap (new salt, current KDF defaults); the recovery wrap is kept. */
export async function rewrapPassphrase(header: VaultHeader, dataKey: Uint8Array, passphrase: string, now: Date): Promise<VaultHeader> {
  const { mac: _oldMac, ...rest } = header;
  return sealHeader(
    { ...rest, updatedAt: now.toISOString(), passphrase: await wrapWithPassphrase(header, dataKey, passphrase) },
    dataKey,
  );
}

/**
 * Unwraps the data key with the passphrase. KDF parameters are checked first,
 * so a downgraded header costs nothing.
 * @throws KdfTooWeakError, UnsupportedKdfError, WrongPassphraseError, VaultCorruptError
 */
export async function unwrapWithPassphrase(header: VaultHeader, passphrase: string): Promise<Uint8Array> {
  const wrap = header.passphrase;
  const params = assertAcceptablePassphraseKdf(wrap.kdf);
  const kek = await deriveScryptKey(passphrase, wrap.salt, params);
  try {
    const dataKey = openAesGcm(kek, wrap.nonce, wrap.wrappedKey, wrapAssociatedData(header, 'passphrase', wrap));
    if (dataKey === null) {
      throw new WrongPassphraseError();
    }
    return verifiedDataKey(header, dataKey);
  } finally {
    wipe(kek);
  }
}

/**
 * Unwraps the data key with a recovery key as the user typed it.
 * @throws MalformedRecoveryKeyError, UnsupportedKdfError, WrongRecoveryKeyError, VaultCorruptError
 */
export function unwrapWithRecoveryKey(header: VaultHeader, recoveryKey: string): Uint8Array {
  const entropy = parseRecoveryKey(recoveryKey);
  const wrap = header.recovery;
  let kek: Uint8Array | undefined;
  try {
    assertAcceptableRecoveryKdf(wrap.kdf);
    kek = hkdfKey(entropy, wrap.salt, HKDF_INFO.recoveryWrap);
    const dataKey = openAesGcm(kek, wrap.nonce, wrap.wrappedKey, wrapAssociatedData(header, 'recovery', wrap));
    if (dataKey === null) {
      throw new WrongRecoveryKeyError();
    }
    return verifiedDataKey(header, dataKey);
  } finally {
    wipe(entropy, kek);
  }
}
