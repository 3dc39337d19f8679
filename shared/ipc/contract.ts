import { z } from 'zod';
import { PreferencesPatchSchema } from '../domain/preferences/preferences.schema';
import type { Preferences } from '../domain/preferences/preferences.schema';
import {
  BackupSecretSchema,
  ChangePassphraseInputSchema,
  CreateVaultInputSchema,
  RecoveryUnlockInputSchema,
  UnlockInputSchema,
} from '../domain/vault/vault.schema';
import type { BackupResult, RestoreResult, VaultStatus } from '../domain/vault/vault.schema';
import type { Channel, EventName } from './channels';
import type { Result } from './result';

/** Information about the running app, shown in Settings and used for diagnostics. */
export type AppInfo = {
  name: string;
  version: string;
  /** 'electron' in the app, 'browser-harness' when the renderer runs in plain Chromium for tests. */
  host: 'electron' | 'browser-harness';
  platform: string;
  dataDirectory: string;
};

type MethodSpec = { input: z.ZodType; output: z.ZodType };

const none = z.undefined();
/** Outputs are typed, not parsed: main produces them itself. `z.custom` carries the type only. */
const out = z.custom;

/**
 * The one IPC contract. Each namespaced method maps to a zod schema that main uses to parse
 * the (untrusted) input, and to the type it answers with. Handler types, the preload's
 * `api` and the renderer client are all derived from this object.
 */
export const contract = {
  'app:info': { input: none, output: out<AppInfo>() },
  'preferences:get': { input: none, output: out<Preferences>() },
  'preferences:update': { input: PreferencesPatchSchema, output: out<Preferences>() },
  'shell:openExternal': { input: z.object({ url: z.string().max(2048) }).strict(), output: out<null>() },
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
