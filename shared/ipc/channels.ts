import { APP_CHANNELS } from './domains/app.channels';
import { VAULT_CHANNELS } from './domains/vault.channels';

/**
 * The names of every IPC method and event, and nothing else. The preload imports only this
 * file and the per-domain channel lists (no npm packages: a sandboxed preload cannot `require`
 * them). Each domain's contract in `domains/*.contract.ts` is checked against its list at
 * compile time, and `contract.ts` against this one.
 */
export const CHANNELS = [...APP_CHANNELS, ...VAULT_CHANNELS] as const;

export type Channel = (typeof CHANNELS)[number];

/** Events main pushes to the renderer. */
export const EVENTS = ['vault:locked', 'progress'] as const;

export type EventName = (typeof EVENTS)[number];
