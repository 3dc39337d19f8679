import type { z } from 'zod';
import type { Channel, EventName } from './channels';
import { appContract } from './domains/app.contract';
import { pairingContract } from './domains/pairing.contract';
import { participantsContract } from './domains/participants.contract';
import { reportsContract } from './domains/reports.contract';
import { roundsContract } from './domains/rounds.contract';
import { syncContract } from './domains/sync.contract';
import { vaultContract } from './domains/vault.contract';
import type { MethodSpec } from './method';
import type { Result } from './result';

export type { AppInfo } from './domains/app.contract';

/**
 * The one IPC contract, assembled from one file per domain (`domains/*.contract.ts`). Each
 * namespaced method maps to a zod schema that main uses to parse the (untrusted) input, and to
 * the type it answers with. Handler types, the preload's `api` and the renderer client are all
 * derived from this object.
 */
export const contract = {
  ...appContract,
  ...vaultContract,
  ...participantsContract,
  ...pairingContract,
  ...roundsContract,
  ...reportsContract,
  ...syncContract,
} satisfies { [C in Channel]: MethodSpec };

export type Contract = typeof contract;
/** What a caller passes. */
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives after parsing. */
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = z.output<Contract[C]['output']>;

/** Main's handlers: one function per channel; the compiler flags a missing one. */
export type Handlers = { [C in Channel]: (input: ParsedInputOf<C>) => Promise<OutputOf<C>> };
/** A domain's slice of the handlers, e.g. `HandlersFor<'preferences'>`. */
export type HandlersFor<N extends string> = Pick<Handlers, Extract<Channel, `${N}:${string}`>>;
/** The handlers for one area's channel list, e.g. `HandlersForChannels<typeof ROUNDS_CHANNELS>`. */
export type HandlersForChannels<L extends readonly Channel[]> = Pick<Handlers, L[number]>;

/** Payloads of the events main pushes to the renderer. */
type EventPayloadMap = {
  'vault:locked': { reason: 'idle' | 'user' };
  progress: { task: string; done: number; total: number };
};
/** Indexed by `EventName`, so adding an event without a payload type fails to compile. */
export type EventPayloads = { [E in EventName]: EventPayloadMap[E] };

type NamespaceOf<C extends string> = C extends `${infer N}:${string}` ? N : never;
type Call<C extends Channel> = [InputOf<C>] extends [undefined]
  ? () => Promise<Result<OutputOf<C>>>
  : (input: InputOf<C>) => Promise<Result<OutputOf<C>>>;

/** The shape of `window.api` that the preload (and the e2e harness) expose. */
export type Api = {
  [N in NamespaceOf<Channel>]: {
    [C in Channel as C extends `${N}:${infer M}` ? M : never]: Call<C>;
  };
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
};
