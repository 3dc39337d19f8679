/**
 * Typed errors of the vault and of encrypted backups. Each carries a stable
 * `code` that the IPC layer forwards and the UI translates; messages are for
 * logs only and never contain secrets.
 */

/** Base class of every vault and backup error; `code` is stable across releases. */
export abstract class VaultError extends Error {
  abstract readonly code: string;

  protected constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** No vault header in the data directory. */
export class VaultNotFoundError extends VaultError {
  readonly code = 'vault.not_found';
  constructor() {
    super('No vault exists in this directory.');
  }
}

/** `createVault` refuses to overwrite an existing vault (that would orphan the data). */
export class VaultExistsError extends VaultError {
  readonly code = 'vault.exists';
  constructor() {
    super('A vault already exists in this directory.');
  }
}

/** The header is damaged, edited or fails authentication. */
export class VaultCorruptError extends VaultError {
  readonly code = 'vault.corrupt';
  constructor(readonly detail: string) {
    super(`The vault header is damaged or was modified (${detail}).`);
  }
}

/** The header was written by a newer Tandem; refusing keeps us from misreading it. */
export class UnsupportedVaultVersionError extends VaultError {
  readonly code = 'vault.unsupported_version';
  constructor(readonly version: number) {
    super(`Vault format version ${version} is not supported by this version of Tandem.`);
  }
}

/** KDF parameters below the floor: refused before any derivation. */
export class KdfTooWeakError extends VaultError {
  readonly code = 'vault.kdf_too_weak';
  constructor(readonly detail: string) {
    super(`The key derivation parameters are below the minimum (${detail}).`);
  }
}

/** Unknown KDF or parameters beyond what we are willing to run. */
export class UnsupportedKdfError extends VaultError {
  readonly code = 'vault.kdf_unsupported';
  constructor(readonly detail: string) {
    super(`The key derivation function or its parameters are not supported (${detail}).`);
  }
}

/** A new passphrase is shorter than the minimum. */
export class PassphraseTooShortError extends VaultError {
  readonly code = 'vault.passphrase_too_short';
  constructor(readonly minLength: number) {
    super(`The passphrase must have at least ${minLength} characters.`);
  }
}

/** The passphrase does not open the vault (or the passphrase wrap was altered). */
export class WrongPassphraseError extends VaultError {
  readonly code = 'vault.wrong_passphrase';
  constructor() {
    super('The passphrase is wrong.');
  }
}

/** A well-formed recovery key that does not open this vault. */
export class WrongRecoveryKeyError extends VaultError {
  readonly code = 'vault.wrong_recovery_key';
  constructor() {
    super('The recovery key does not belong to this vault.');
  }
}

/** Why a recovery key could not be parsed. */
export type MalformedRecoveryKeyReason = 'length' | 'character' | 'checksum';

/** A recovery key with a typo: wrong length, a character outside the alphabet or a failed checksum. */
export class MalformedRecoveryKeyError extends VaultError {
  readonly code = 'vault.malformed_recovery_key';
  constructor(readonly reason: MalformedRecoveryKeyReason) {
    super(`The recovery key is malformed (${reason}).`);
  }
}

/** A data key passed in by the caller does not belong to this vault. */
export class WrongDataKeyError extends VaultError {
  readonly code = 'vault.wrong_data_key';
  constructor() {
    super('The data key does not belong to this vault.');
  }
}

/** Why "remember on this device" is unavailable. */
export type RememberUnavailableReason = 'encryption_unavailable' | 'insecure_backend';

/** OS-level encryption is missing or only obfuscates (Linux `basic_text`). */
export class RememberUnavailableError extends VaultError {
  readonly code = 'vault.remember_unavailable';
  constructor(readonly reason: RememberUnavailableReason) {
    super(`Remembering the key on this device is not possible (${reason}).`);
  }
}

/** The file is not a Tandem backup at all (wrong magic). */
export class NotABackupError extends VaultError {
  readonly code = 'backup.not_a_backup';
  constructor() {
    super('The file is not a Tandem backup.');
  }
}

/** The backup was written by a newer Tandem. */
export class UnsupportedBackupVersionError extends VaultError {
  readonly code = 'backup.unsupported_version';
  constructor(readonly version: number) {
    super(`Backup format version ${version} is not supported by this version of Tandem.`);
  }
}

/** The backup ends early: a copy was interrupted. */
export class BackupTruncatedError extends VaultError {
  readonly code = 'backup.truncated';
  constructor() {
    super('The backup file is incomplete.');
  }
}

/** The backup fails verification: damaged or modified. */
export class BackupCorruptError extends VaultError {
  readonly code = 'backup.corrupt';
  constructor(readonly detail: string) {
    super(`The backup file is damaged or was modified (${detail}).`);
  }
}
