import { describe, expect, it, vi } from 'vitest';
import { buildApi } from '@shared/ipc/build-api';
import { CHANNELS, EVENTS } from '@shared/ipc/channels';
import { contract } from '@shared/ipc/contract';

describe('IPC contract', () => {
  it('has a schema for exactly the listed channels, each namespaced', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) {
      expect(channel).toMatch(/^[a-z]+:[a-zA-Z]+$/);
    }
  });

  it('builds a nested, frozen api whose methods invoke their channel', async () => {
    const invoke = vi.fn((channel: string, input: unknown) => Promise.resolve({ channel, input }));
    const api = buildApi(CHANNELS, EVENTS, invoke, () => () => undefined) as Record<string, Record<string, (i?: unknown) => Promise<unknown>>>;
    expect(Object.isFrozen(api)).toBe(true);
    await expect(api.preferences?.update?.({ language: 'en' })).resolves.toEqual({
      channel: 'preferences:update',
      input: { language: 'en' },
    });
    expect(invoke).toHaveBeenCalledTimes(1);
  });

  it('subscribes only to declared events', () => {
    const unsubscribe = vi.fn();
    const subscribe = vi.fn(() => unsubscribe);
    const api = buildApi(CHANNELS, EVENTS, () => Promise.resolve(null), subscribe) as { on(e: string, l: unknown): () => void };
    expect(api.on('progress', () => undefined)).toBe(unsubscribe);
    expect(() => api.on('evil', () => undefined)).toThrow(/Unknown event/);
    expect(() => api.on('progress', 'not a function')).toThrow(/function/);
  });
});
