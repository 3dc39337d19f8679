/**
 * The names of every IPC method and event, and nothing else. The preload imports only
 * this file (it must stay tiny and dependency-free: a sandboxed preload cannot `require`
 * npm packages). The contract in `contract.ts` is checked against these lists at compile time.
 */
export const CHANNELS = [
  'app:info',
  'preferences:get',
  'preferences:update',
  'shell:openExternal',
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

export type Channel = (typeof CHANNELS)[number];

/** Events main pushes to the renderer. */
export const EVENTS = ['vault:locked', 'progress'] as const;

export type EventName = (typeof EVENTS)[number];
