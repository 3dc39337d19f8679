/** The vault: key management and encrypted backups. Runs in plain Node; imports no `electron`. */
export { readBackup, writeBackup, DEFAULT_CHUNK_SIZE } from './backup-file';
export type { BackupSecret, OpenedBackup, WriteBackupInput } from './backup-file';
export { MIN_PASSPHRASE_LENGTH } from './kdf.policy';
export { encodeRecoveryKey, parseRecoveryKey } from './recovery-key.codec';
export { canRememberKey, forgetRememberedKey, recallRememberedKey, rememberKey } from './remembered-key.service';
export type { SafeStorageLike } from './remembered-key.service';
export type { VaultHeader } from './vault-header.codec';
export {
  changePassphrase,
  createVault,
  installVaultHeader,
  readVaultHeader,
  resetPassphraseWithRecoveryKey,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  vaultExists,
} from './vault.service';
export type { CreatedVault, VaultClockOptions } from './vault.service';
export * from './vault.errors';
