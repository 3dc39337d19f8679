import { z } from 'zod';

/** Where the data stands: no vault yet (first run), locked, or open. */
export type VaultState = 'no_vault' | 'locked' | 'unlocked';

export type VaultStatus = {
  state: VaultState;
  /** This device can remember the key in the OS keychain (not with a plain-text backend). */
  canRemember: boolean;
  /** A remembered key exists on this device. */
  remembered: boolean;
};

/** Same minimum as the vault enforces; the UI checks early, main checks again. */
export const MIN_PASSPHRASE_CHARS = 10;

export const PassphraseSchema = z.string().min(1).max(1024);
export const RecoveryKeySchema = z.string().min(1).max(200);

export const CreateVaultInputSchema = z.object({ passphrase: PassphraseSchema }).strict();
export const UnlockInputSchema = z.object({ passphrase: PassphraseSchema, remember: z.boolean().optional() }).strict();
export const RecoveryUnlockInputSchema = z
  .object({ recoveryKey: RecoveryKeySchema, newPassphrase: PassphraseSchema })
  .strict();
export const ChangePassphraseInputSchema = z
  .object({ currentPassphrase: PassphraseSchema, newPassphrase: PassphraseSchema })
  .strict();
export const BackupSecretSchema = z.union([
  z.object({ passphrase: PassphraseSchema }).strict(),
  z.object({ recoveryKey: RecoveryKeySchema }).strict(),
]);

export type BackupResult = { path: string; createdAt: string; documents: number };
export type RestoreResult = { createdAt: string; documents: number };
