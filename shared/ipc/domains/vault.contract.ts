import {
  BackupSecretSchema,
  ChangePassphraseInputSchema,
  CreateVaultInputSchema,
  RecoveryUnlockInputSchema,
  UnlockInputSchema,
} from '../../domain/vault/vault.schema';
import type { BackupResult, RestoreResult, VaultStatus } from '../../domain/vault/vault.schema';
import { none, out } from '../method';
import type { MethodSpec } from '../method';
import type { VAULT_CHANNELS } from './vault.channels';

export const vaultContract = {
  'vault:status': { input: none, output: out<VaultStatus>() },
  'vault:create': { input: CreateVaultInputSchema, output: out<{ recoveryKey: string }>() },
  'vault:unlock': { input: UnlockInputSchema, output: out<VaultStatus>() },
  'vault:unlockRemembered': { input: none, output: out<VaultStatus>() },
  'vault:unlockWithRecoveryKey': { input: RecoveryUnlockInputSchema, output: out<VaultStatus>() },
  'vault:lock': { input: none, output: out<VaultStatus>() },
  'vault:activity': { input: none, output: out<null>() },
  'vault:changePassphrase': { input: ChangePassphraseInputSchema, output: out<null>() },
  'vault:forgetDevice': { input: none, output: out<VaultStatus>() },
  'backup:create': { input: none, output: out<BackupResult | null>() },
  'backup:restore': { input: BackupSecretSchema, output: out<RestoreResult | null>() },
} satisfies { [C in (typeof VAULT_CHANNELS)[number]]: MethodSpec };
