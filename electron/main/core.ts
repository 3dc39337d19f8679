import { mkdir } from 'node:fs/promises';
import type { AppInfo, Handlers } from '@shared/ipc/contract';
import { createAppHandlers, createPreferencesHandlers, createShellHandlers } from './ipc/app.ipc';
import { createDispatch } from './ipc/dispatch';
import type { Dispatch, TrustedOrigin } from './ipc/dispatch';
import type { Logger } from './lib/logger';
import { createPreferencesService } from './services/preferences/preferences.service';

export type CoreOptions = {
  dataDirectory: string;
  host: AppInfo['host'];
  version: string;
  trustedOrigin: TrustedOrigin;
  logger: Logger;
  /** Electron's `shell.openExternal` in the app; a recorder in tests. */
  openExternal: (url: string) => Promise<void>;
};

export type Core = {
  handlers: Handlers;
  dispatch: Dispatch;
  close(): Promise<void>;
};

/**
 * Everything the main process does, without Electron: services and IPC handlers over one data
 * directory. `electron/main/index.ts` wires it to `ipcMain`; the end-to-end harness wires the
 * very same object to a Chromium page.
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  await mkdir(options.dataDirectory, { recursive: true, mode: 0o700 });
  const preferences = createPreferencesService(options.dataDirectory);
  const info: AppInfo = {
    name: 'Tandem',
    version: options.version,
    host: options.host,
    platform: process.platform,
    dataDirectory: options.dataDirectory,
  };
  const handlers: Handlers = {
    ...createAppHandlers(info),
    ...createPreferencesHandlers(preferences),
    ...createShellHandlers(options.openExternal),
  };
  return {
    handlers,
    dispatch: createDispatch(handlers, options.trustedOrigin, options.logger),
    close: () => Promise.resolve(),
  };
}
