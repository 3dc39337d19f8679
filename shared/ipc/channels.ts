import { APP_CHANNELS } from './domains/app.channels';
import { PAIRING_CHANNELS } from './domains/pairing.channels';
import { PARTICIPANTS_CHANNELS } from './domains/participants.channels';
import { REPORTS_CHANNELS } from './domains/reports.channels';
import { ROUNDS_CHANNELS } from './domains/rounds.channels';
import { SYNC_CHANNELS } from './domains/sync.channels';
import { VAULT_CHANNELS } from './domains/vault.channels';

/**
 * The names of every IPC method and event, and nothing else. The preload imports only this
 * file and the per-domain channel lists (no npm packages: a sandboxed preload cannot `require`
 * them). Each domain's contract in `domains/*.contract.ts` is checked against its list at
 * compile time, and `contract.ts` against this one.
 */
export const CHANNELS = [
  ...APP_CHANNELS,
  ...VAULT_CHANNELS,
  ...PARTICIPANTS_CHANNELS,
  ...PAIRING_CHANNELS,
  ...ROUNDS_CHANNELS,
  ...REPORTS_CHANNELS,
  ...SYNC_CHANNELS,
] as const;

export type Channel = (typeof CHANNELS)[number];

/** Events main pushes to the renderer. */
export const EVENTS = ['vault:locked', 'progress'] as const;

export type EventName = (typeof EVENTS)[number];
