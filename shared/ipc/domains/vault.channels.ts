export const VAULT_CHANNELS = [
  'vault:status',
  'vault:create',
  'vault:unlock',
  'vault:unlockRemembered',
  'vault:unlockWithRecoveryKey',
  'vault:lock',
  'vault:activity',
  'vault:changePassphrase',
  'vault:forgetDevice',
  'backup:create',
  'backup:restore',
] as const;
