import { CHANNELS } from '@shared/ipc/channels';
import type { Channel } from '@shared/ipc/channels';
import { contract } from '@shared/ipc/contract';
import type { Handlers } from '@shared/ipc/contract';
import type { ApiErrorPayload, Result } from '@shared/ipc/result';
import type { Logger } from '../lib/logger';
import { AppError, errorParams, hasStableCode } from './errors';

/** Which page may call: the app's own origin, compared by protocol and host (a custom scheme's `origin` is "null"). */
export type TrustedOrigin = { protocol: string; host: string };

export type Dispatch = (channel: unknown, rawInput: unknown, senderUrl: string | undefined) => Promise<Result<unknown>>;

const channelSet: ReadonlySet<string> = new Set(CHANNELS);

/** True when `url` belongs to the app's own origin. Anything unparsable is untrusted. */
export function isTrustedSender(url: string | undefined, trusted: TrustedOrigin): boolean {
  if (typeof url !== 'string' || url.length === 0) {
    return false;
  }
  try {
    const parsed = new URL(url);
    return parsed.protocol === trusted.protocol && parsed.host === trusted.host;
  } catch {
    return false;
  }
}

function fail(error: ApiErrorPayload): Result<never> {
  return { ok: false, error };
}

/**
 * The single entry point for every IPC call, shared by Electron's `ipcMain.handle` and the
 * end-to-end harness: check the sender, look the channel up in the contract, parse the
 * untrusted input with its zod schema, call the handler, and answer a result envelope.
 */
export function createDispatch(handlers: Handlers, trusted: TrustedOrigin, logger: Logger): Dispatch {
  return async (channel, rawInput, senderUrl) => {
    if (!isTrustedSender(senderUrl, trusted)) {
      logger.warn('ipc.forbidden_sender', { channel: String(channel).slice(0, 80) });
      return fail({ code: 'forbidden_sender', message: 'Caller is not the app window.' });
    }
    if (typeof channel !== 'string' || !channelSet.has(channel)) {
      return fail({ code: 'unknown_method', message: 'Unknown method.' });
    }
    const name = channel as Channel;
    const parsed = contract[name].input.safeParse(rawInput);
    if (!parsed.success) {
      return fail({
        code: 'validation',
        message: 'The input is not valid.',
        issues: parsed.error.issues.slice(0, 50).map((issue) => ({
          path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
          code: issue.code,
          message: issue.message,
        })),
      });
    }
    try {
      const handler = handlers[name] as (input: unknown) => Promise<unknown>;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) {
        return fail(error.toPayload());
      }
      if (hasStableCode(error)) {
        const params = errorParams(error);
        return fail(params ? { code: error.code, message: error.message, params } : { code: error.code, message: error.message });
      }
      logger.error('ipc.handler_failed', { channel: name, error });
      return fail({ code: 'internal', message: 'Something went wrong.' });
    }
  };
}
