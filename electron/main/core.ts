import { mkdir } from 'node:fs/promises';
import type { AppInfo, Handlers } from '@shared/ipc/contract';
import { createAppHandlers, createPreferencesHandlers, createShellHandlers } from './ipc/app.ipc';
import { createDispatch } from './ipc/dispatch';
import type { Dispatch, TrustedOrigin } from './ipc/dispatch';
import { createPairingHandlers } from './ipc/pairing.ipc';
import { createParticipantsHandlers } from './ipc/participants.ipc';
import { createReportsHandlers } from './ipc/reports.ipc';
import { createRoundsHandlers } from './ipc/rounds.ipc';
import { createSyncHandlers } from './ipc/sync.ipc';
import { createBackupHandlers, createVaultHandlers } from './ipc/vault.ipc';
import { createRepositories } from './db/repositories';
import type { Repositories } from './db/repositories';
import { AppError } from './ipc/errors';
import type { ReportPrinter, ServiceContext } from './services/service-context';
import { loadDeviceId } from './services/session/device-id';
import type { Dialogs } from './lib/dialogs';
import type { Logger } from './lib/logger';
import { createPreferencesService } from './services/preferences/preferences.service';
import { createSessionService } from './services/session/session.service';
import type { Emit, SessionService } from './services/session/session.service';
import type { SafeStorageLike } from './vault';

export type CoreOptions = {
  dataDirectory: string;
  host: AppInfo['host'];
  version: string;
  trustedOrigin: TrustedOrigin;
  logger: Logger;
  /** Electron's `shell.openExternal` in the app; a recorder in tests. */
  openExternal: (url: string) => Promise<void>;
  /** Pushes an event to the renderer (`webContents.send` in the app). */
  emit: Emit;
  dialogs: Dialogs;
  safeStorage?: SafeStorageLike;
  /** Injected clock; tests move time forward. */
  now?: () => Date;
  /** How often the idle timer checks, in ms (0 = no timer; tests call checkIdle). */
  idleCheckIntervalMs?: number;
  /** The built renderer (out/renderer), for report pages rendered in main. */
  rendererDirectory?: string;
  /** Renders report routes to PDF / paper (Electron: hidden window; e2e: Playwright). */
  printer?: ReportPrinter;
};

export type Core = {
  handlers: Handlers;
  dispatch: Dispatch;
  session: SessionService;
  context: ServiceContext;
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
  const session = createSessionService({
    dataDirectory: options.dataDirectory,
    now: options.now ?? (() => new Date()),
    logger: options.logger,
    emit: options.emit,
    dialogs: options.dialogs,
    ...(options.safeStorage ? { safeStorage: options.safeStorage } : {}),
    autoLockMinutes: async () => (await preferences.get()).autoLockMinutes,
  });
  const now = options.now ?? (() => new Date());
  const deviceId = await loadDeviceId(options.dataDirectory);
  let repositories: Repositories | null = null;
  session.onChange((db) => {
    repositories = db ? createRepositories(db, { deviceId, actor: 'hr', now }) : null;
  });
  const context: ServiceContext = {
    session,
    repos: () => {
      if (!repositories) {
        throw new AppError('locked', 'Tandem is locked.');
      }
      return repositories;
    },
    now,
    deviceId,
    dialogs: options.dialogs,
    logger: options.logger,
    emit: options.emit,
    progress: (task, done, total) => {
      options.emit('progress', { task, done, total });
    },
    ...(options.rendererDirectory ? { rendererDirectory: options.rendererDirectory } : {}),
    ...(options.printer ? { printer: options.printer } : {}),
  };
  const handlers: Handlers = {
    ...createAppHandlers(info),
    ...createPreferencesHandlers(preferences),
    ...createShellHandlers(options.openExternal),
    ...createVaultHandlers(session),
    ...createBackupHandlers(session),
    ...createParticipantsHandlers(context),
    ...createPairingHandlers(context),
    ...createRoundsHandlers(context),
    ...createReportsHandlers(context),
    ...createSyncHandlers(context),
  };
  const interval = options.idleCheckIntervalMs ?? 15_000;
  const timer = interval > 0 ? setInterval(() => void session.checkIdle(), interval) : undefined;
  timer?.unref();
  return {
    handlers,
    dispatch: createDispatch(handlers, options.trustedOrigin, options.logger),
    session,
    context,
    close: async () => {
      if (timer) {
        clearInterval(timer);
      }
      await session.close();
    },
  };
}
