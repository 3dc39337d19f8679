import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '@shared/ipc/channels';
import type { Handlers } from '@shared/ipc/contract';
import { createDispatch, isTrustedSender } from '../../../electron/main/ipc/dispatch';
import { AppError } from '../../../electron/main/ipc/errors';
import { createMemoryLogger } from '../../../electron/main/lib/logger';

const trusted = { protocol: 'app:', host: 'tandem' };
const APP = 'app://tandem/index.html';

/** A stub for every channel (answers null), with the few these tests care about overridden. */
function makeHandlers(overrides: Partial<Handlers> = {}): Handlers {
  const stubs = Object.fromEntries(CHANNELS.map((channel) => [channel, () => Promise.resolve(null)]));
  return {
    ...stubs,
    'preferences:get': () => Promise.resolve({ language: 'de', autoLockMinutes: 10 }),
    'preferences:update': (patch: { language?: 'de' | 'en'; autoLockMinutes?: number }) =>
      Promise.resolve({ language: 'de', autoLockMinutes: 10, ...patch }),
    ...overrides,
  } as unknown as Handlers;
}

describe('IPC dispatch', () => {
  it('answers a valid call from the app window with the handler value', async () => {
    const dispatch = createDispatch(makeHandlers(), trusted, createMemoryLogger());
    await expect(dispatch('preferences:update', { language: 'en' }, APP)).resolves.toEqual({
      ok: true,
      value: { language: 'en', autoLockMinutes: 10 },
    });
  });

  it('refuses callers from any other origin before touching the handler', async () => {
    const handler = vi.fn(() => Promise.resolve({ language: 'de' as const, autoLockMinutes: 1 }));
    const dispatch = createDispatch(makeHandlers({ 'preferences:get': handler }), trusted, createMemoryLogger());
    for (const sender of ['https://tandem/index.html', 'app://evil/index.html', 'file:///index.html', '', undefined, 'null']) {
      const result = await dispatch('preferences:get', undefined, sender);
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('rejects unknown channels and invalid input with a validation error', async () => {
    const dispatch = createDispatch(makeHandlers(), trusted, createMemoryLogger());
    await expect(dispatch('nope:nothing', undefined, APP)).resolves.toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    await expect(dispatch('__proto__', undefined, APP)).resolves.toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    const invalid = await dispatch('preferences:update', { language: 'fr' }, APP);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'validation' } });
    const extra = await dispatch('preferences:update', { language: 'de', evil: 1 }, APP);
    expect(extra).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('turns service errors into coded payloads and hides unexpected ones', async () => {
    const logger = createMemoryLogger();
    const dispatch = createDispatch(
      makeHandlers({
        'preferences:get': () => Promise.reject(new AppError('not_found', 'gone', { id: 'x' })),
        'app:info': () => Promise.reject(new Error('/home/secret/path exploded')),
      }),
      trusted,
      logger,
    );
    await expect(dispatch('preferences:get', undefined, APP)).resolves.toEqual({
      ok: false,
      error: { code: 'not_found', message: 'gone', params: { id: 'x' } },
    });
    const hidden = await dispatch('app:info', undefined, APP);
    expect(hidden).toEqual({ ok: false, error: { code: 'internal', message: 'Something went wrong.' } });
    expect(logger.events).toContainEqual({ level: 'error', event: 'ipc.handler_failed' });
  });

  it('passes domain error codes (also camelCase) and their flat details through for translation', async () => {
    class RoundsLikeError extends Error {
      readonly code = 'schedule.tooManyMeetings';
      readonly detail = { count: 9, available: 4, nested: { x: 1 } };
    }
    const dispatch = createDispatch(
      makeHandlers({ 'preferences:get': () => Promise.reject(new RoundsLikeError('too many')) }),
      trusted,
      createMemoryLogger(),
    );
    await expect(dispatch('preferences:get', undefined, APP)).resolves.toEqual({
      ok: false,
      error: { code: 'schedule.tooManyMeetings', message: 'too many', params: { count: 9, available: 4 } },
    });
  });

  it('parses sender URLs strictly', () => {
    expect(isTrustedSender(APP, trusted)).toBe(true);
    expect(isTrustedSender('app://tandem:80/', trusted)).toBe(false);
    expect(isTrustedSender('app://user@tandem/', trusted)).toBe(true);
    expect(isTrustedSender('::::', trusted)).toBe(false);
  });
});
