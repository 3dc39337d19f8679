import { CHANNELS } from '@shared/ipc/channels';
import type { Channel } from '@shared/ipc/channels';
import type { Api, EventPayloads, InputOf, OutputOf } from '@shared/ipc/contract';
import type { EventName } from '@shared/ipc/channels';
import type { ApiErrorPayload, FieldIssue, Result } from '@shared/ipc/result';

/** A failed call: `code` selects the translation `errors.<code>`; `params` fill it in. */
export class ApiError extends Error {
  readonly code: string;
  readonly params: Record<string, string | number>;
  readonly issues: FieldIssue[];

  constructor(payload: ApiErrorPayload) {
    super(payload.message);
    this.name = 'ApiError';
    this.code = payload.code;
    this.params = payload.params ?? {};
    this.issues = payload.issues ?? [];
  }
}

type NamespaceOf<C extends string> = C extends `${infer N}:${string}` ? N : never;
type ClientCall<C extends Channel> = [InputOf<C>] extends [undefined]
  ? () => Promise<OutputOf<C>>
  : (input: InputOf<C>) => Promise<OutputOf<C>>;

/** The renderer's view of main: every method resolves with its value or rejects with an `ApiError`. */
export type Client = {
  [N in NamespaceOf<Channel>]: {
    [C in Channel as C extends `${N}:${infer M}` ? M : never]: ClientCall<C>;
  };
};

function bridge(): Api {
  const api = (globalThis as { api?: Api }).api;
  if (!api) {
    throw new ApiError({ code: 'bridge_missing', message: 'The app bridge is not available.' });
  }
  return api;
}

function buildClient(): Client {
  const client: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const channel of CHANNELS) {
    const [namespace, method] = channel.split(':') as [string, string];
    const group = (client[namespace] ??= {});
    group[method] = async (input?: unknown) => {
      const raw = bridge() as unknown as Record<
        string,
        Record<string, (i?: unknown) => Promise<Result<unknown>>>
      >;
      const fn = raw[namespace]?.[method];
      if (!fn) {
        throw new ApiError({ code: 'unknown_method', message: `Missing method ${channel}` });
      }
      let result: Result<unknown>;
      try {
        result = await fn(input);
      } catch {
        throw new ApiError({ code: 'internal', message: 'The call did not reach the app.' });
      }
      if (!result.ok) {
        throw new ApiError(result.error);
      }
      return result.value;
    };
  }
  return client as unknown as Client;
}

/** The only door to the main process. */
export const api: Client = buildClient();

/** Subscribes to an event from main; returns the unsubscribe function. */
export function onEvent<E extends EventName>(
  event: E,
  listener: (payload: EventPayloads[E]) => void,
): () => void {
  return bridge().on(event, listener);
}
