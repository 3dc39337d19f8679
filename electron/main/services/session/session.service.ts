import { readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { EventName } from '@shared/ipc/channels';
import type { EventPayloads } from '@shared/ipc/contract';
import type { BackupResult, RestoreResult, VaultStatus } from '@shared/domain/vault/vault.schema';
import { exportPayload, importPayload, parsePayload } from '../../db/backup-payload';
import { openTandemDatabase } from '../../db/database';
import type { TandemDatabase } from '../../db/database';
import { AppError } from '../../ipc/errors';
import type { Dialogs } from '../../lib/dialogs';
import type { Logger } from '../../lib/logger';
import {
  canRememberKey,
  changePassphrase,
  createVault,
  forgetRememberedKey,
  installVaultHeader,
  readBackup,
  readVaultHeader,
  recallRememberedKey,
  rememberKey,
  resetPassphraseWithRecoveryKey,
  unlockWithPassphrase,
  vaultExists,
  writeBackup,
} from '../../vault';
import type { SafeStorageLike } from '../../vault';

export type Emit = <E extends EventName>(event: E, payload: EventPayloads[E]) => void;

export type SessionDeps = {
  dataDirectory: string;
  now: () => Date;
  logger: Logger;
  emit: Emit;
  dialogs: Dialogs;
  /** Electron's safeStorage where available. */
  safeStorage?: SafeStorageLike;
  autoLockMinutes: () => Promise<number>;
};

/** Called with the open database after every unlock, and with null on lock. */
export type SessionListener = (db: TandemDatabase | null) => void | Promise<void>;

/**
 * Owns the data key and the open database. Everything that reads or writes programme data goes
 * through `requireDb()`, so a locked app answers `locked` instead of touching the store.
 */
export function createSessionService(deps: SessionDeps) {
  const storeDirectory = join(deps.dataDirectory, 'store');
  let db: TandemDatabase | null = null;
  let dataKey: Uint8Array | null = null;
  let lastActivity = deps.now().getTime();
  const listeners = new Set<SessionListener>();
  // One operation at a time: an unlock racing a lock or a restore would leave two databases.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };

  async function notify(): Promise<void> {
    for (const listener of listeners) {
      await listener(db);
    }
  }

  async function open(key: Uint8Array): Promise<void> {
    db = await openTandemDatabase({ directory: storeDirectory, key });
    dataKey = key;
    lastActivity = deps.now().getTime();
    await notify();
  }

  async function close(): Promise<void> {
    const current = db;
    db = null;
    try {
      // Listeners (sync, caches) stop using the database before it closes under them.
      await notify();
    } finally {
      // Even if a listener fails, the key is wiped and the store released.
      dataKey?.fill(0);
      dataKey = null;
      if (current) {
        await current.close();
      }
    }
  }

  async function status(): Promise<VaultStatus> {
    const exists = await vaultExists(deps.dataDirectory);
    const canRemember = deps.safeStorage ? canRememberKey(deps.safeStorage) : false;
    let remembered = false;
    if (canRemember && exists) {
      try {
        await readFile(join(deps.dataDirectory, 'vault.remembered'));
        remembered = true;
      } catch {
        remembered = false;
      }
    }
    return { state: !exists ? 'no_vault' : db ? 'unlocked' : 'locked', canRemember, remembered };
  }

  function requireUnlocked(): { db: TandemDatabase; key: Uint8Array } {
    if (!db || !dataKey) {
      throw new AppError('locked', 'Tandem is locked.');
    }
    return { db, key: dataKey };
  }

  return {
    status,
    onChange(listener: SessionListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** The open database, or an AppError('locked'). */
    requireDb(): TandemDatabase {
      return requireUnlocked().db;
    },
    create: (passphrase: string) =>
      serial(async () => {
        const created = await createVault({ directory: deps.dataDirectory, passphrase, now: deps.now });
        await open(created.dataKey);
        deps.logger.info('vault.created');
        return { recoveryKey: created.recoveryKey };
      }),
    unlock: (passphrase: string, remember: boolean) =>
      serial(async () => {
        if (db) {
          return status();
        }
        const key = await unlockWithPassphrase(deps.dataDirectory, passphrase);
        await open(key);
        if (remember && deps.safeStorage) {
          await rememberKey(deps.dataDirectory, key, deps.safeStorage);
        }
        return status();
      }),
    unlockRemembered: () =>
      serial(async () => {
        if (!db && deps.safeStorage) {
          const key = await recallRememberedKey(deps.dataDirectory, deps.safeStorage);
          if (key) {
            await open(key);
          }
        }
        return status();
      }),
    unlockWithRecoveryKey: (recoveryKey: string, newPassphrase: string) =>
      serial(async () => {
        const key = await resetPassphraseWithRecoveryKey(deps.dataDirectory, recoveryKey, newPassphrase, { now: deps.now });
        await forgetRememberedKey(deps.dataDirectory);
        if (!db) {
          await open(key);
        }
        return status();
      }),
    lock: (reason: 'idle' | 'user') =>
      serial(async () => {
        if (db) {
          await close();
          deps.emit('vault:locked', { reason });
        }
        return status();
      }),
    changePassphrase: (currentPassphrase: string, newPassphrase: string) =>
      serial(async () => {
        requireUnlocked();
        await changePassphrase(deps.dataDirectory, currentPassphrase, newPassphrase, { now: deps.now });
        return null;
      }),
    forgetDevice: () =>
      serial(async () => {
        await forgetRememberedKey(deps.dataDirectory);
        return status();
      }),
    /** Records user activity for the idle timer. */
    touch(): void {
      lastActivity = deps.now().getTime();
    },
    /** Locks when the idle time has passed; called by a timer and by tests. */
    async checkIdle(): Promise<boolean> {
      const minutes = await deps.autoLockMinutes();
      const idle = (): boolean => db !== null && minutes > 0 && deps.now().getTime() - lastActivity >= minutes * 60_000;
      if (!idle()) {
        return false;
      }
      // Decided again in the queue: a backup or restore the user just finished counts as activity.
      return serial(async () => {
        if (!idle()) {
          return false;
        }
        await close();
        deps.emit('vault:locked', { reason: 'idle' });
        return true;
      });
    },
    backup: () =>
      serial(async (): Promise<BackupResult | null> => {
        const { db: current, key } = requireUnlocked();
        const day = deps.now().toISOString().slice(0, 10);
        const path = await deps.dialogs.chooseSavePath({
          defaultName: `tandem-backup-${day}.tandembackup`,
          filters: [{ name: 'Tandem backup', extensions: ['tandembackup'] }],
        });
        if (!path) {
          return null;
        }
        const { bytes, documents } = await exportPayload(current);
        const header = await readVaultHeader(deps.dataDirectory);
        const { createdAt } = await writeBackup(path, { header, payload: bytes, dataKey: key, now: deps.now });
        // Read the file back and decrypt every frame before telling the user it is safe.
        const check = await readBackup(path, { dataKey: key });
        check.dataKey.fill(0);
        if (check.payload.length !== bytes.length) {
          throw new AppError('backup.verify_failed', 'The backup could not be verified.');
        }
        lastActivity = deps.now().getTime();
        return { path, createdAt, documents };
      }),
    restore: (secret: { passphrase: string } | { recoveryKey: string }) =>
      serial(async (): Promise<RestoreResult | null> => {
        requireUnlocked();
        const path = await deps.dialogs.chooseOpenPath({ filters: [{ name: 'Tandem backup', extensions: ['tandembackup'] }] });
        if (!path) {
          return null;
        }
        // Everything is verified (authenticity, format, versions) before the current data is touched.
        const opened = await readBackup(path, secret);
        const payload = parsePayload(opened.payload);
        const previousHeader = await readVaultHeader(deps.dataDirectory);
        const aside = `${storeDirectory}.before-restore-${String(deps.now().getTime())}`;
        await close();
        await rename(storeDirectory, aside);
        try {
          await installVaultHeader(deps.dataDirectory, opened.header, { replace: true });
          await open(opened.dataKey);
          const documents = await importPayload(requireUnlocked().db, payload);
          await forgetRememberedKey(deps.dataDirectory);
          await rm(aside, { recursive: true, force: true });
          deps.logger.info('vault.restored', { documents });
          return { createdAt: opened.createdAt, documents };
        } catch (error) {
          deps.logger.error('vault.restore_failed', { error });
          if (db) {
            await close();
          }
          await rm(storeDirectory, { recursive: true, force: true });
          await rename(aside, storeDirectory);
          await installVaultHeader(deps.dataDirectory, previousHeader, { replace: true });
          throw error;
        }
      }),
    close: () => serial(close),
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
