import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '@shared/ipc/channels';
import { registerIpc } from '../../../electron/main/ipc/registry';

describe('IPC registry', () => {
  it('registers exactly the contract channels and passes the sender frame URL to dispatch', async () => {
    const handlers = new Map<string, (event: unknown, input: unknown) => unknown>();
    const ipcMain = {
      handle: vi.fn((channel: string, fn: (event: unknown, input: unknown) => unknown) => {
        handlers.set(channel, fn);
      }),
      removeHandler: vi.fn((channel: string) => {
        handlers.delete(channel);
      }),
    };
    const dispatch = vi.fn(() => Promise.resolve({ ok: true as const, value: 1 }));
    const unregister = registerIpc(ipcMain, dispatch);
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    await handlers.get('app:info')?.({ senderFrame: { url: 'app://tandem/index.html' } }, { x: 1 });
    expect(dispatch).toHaveBeenCalledWith('app:info', { x: 1 }, 'app://tandem/index.html');
    await handlers.get('app:info')?.({ senderFrame: null }, undefined);
    expect(dispatch).toHaveBeenLastCalledWith('app:info', undefined, undefined);
    unregister();
    expect(handlers.size).toBe(0);
  });
});
