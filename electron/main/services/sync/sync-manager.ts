import { networkInterfaces } from 'node:os';

import type { SyncPeerView, SyncStatus } from '@shared/ipc/domains/sync.contract';

import { PROGRAMME_COLLECTIONS } from '../../db/collections/registry';
import type { TandemDatabase } from '../../db/database';
import { AppError } from '../../ipc/errors';
import type { ServiceContext } from '../service-context';
import { loadOrCreateDeviceIdentity, type DeviceIdentity } from './device-identity';
import { toDeviceId, type DeviceId } from './device-id.codec';
import { PeerRegistry } from './peer-registry';
import type { SyncCollections } from './replication';
import { InvalidDeviceIdError, SyncError, syncErrorCode, type SyncErrorCode } from './sync.errors';
import {
  createLocalIdentityStore,
  createLocalPeerStore,
  loadSyncSettings,
  saveSyncSettings,
  type SyncSettings,
} from './sync-stores';
import { SyncService } from './sync.service';

/** How often paired devices are synced while sync is on. */
export const DEFAULT_SYNC_INTERVAL_MS = 2 * 60_000;

export type SyncManagerOptions = {
  intervalMs?: number;
  /** This laptop's addresses to show colleagues; tests pass a fixed list. */
  networkAddresses?: () => string[];
};

/** Everything that exists while the database is open. */
type Active = {
  db: TandemDatabase;
  identity: DeviceIdentity;
  registry: PeerRegistry;
  service: SyncService;
  settings: SyncSettings;
  listening: { host: string; port: number } | null;
  listenErrorCode: SyncErrorCode | null;
  timer: ReturnType<typeof setInterval> | null;
  syncAll: Promise<void> | null;
};

/** Non-internal IPv4 addresses of this machine: what a colleague types as "host". */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((address) => address.family === 'IPv4' && !address.internal)
    .map((address) => address.address);
}

function isAddressInUse(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'EADDRINUSE';
}

/**
 * Peer sync for the open database: on unlock it loads (or creates) this laptop's identity and
 * pinned peers from local documents, and, only when the user turned sync on, listens for peers
 * and syncs every paired device periodically; on lock it stops and forgets everything.
 */
export class SyncManager {
  private active: Active | null = null;
  // Why sync could not load at the last unlock (e.g. a damaged identity), shown instead of 'locked'.
  private openError: SyncErrorCode | null = null;
  // Unlock and lock run one after another; a lock never waits for a sync to finish, it ends it.
  private transitions: Promise<void> = Promise.resolve();
  private readonly intervalMs: number;
  private readonly addresses: () => string[];

  constructor(
    private readonly context: ServiceContext,
    options: SyncManagerOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? DEFAULT_SYNC_INTERVAL_MS;
    this.addresses = options.networkAddresses ?? lanAddresses;
    context.session.onChange((db) => this.serial(() => (db ? this.open(db) : this.close())));
  }

  /** What the Sync page shows. */
  async status(): Promise<SyncStatus> {
    await this.transitions;
    const active = this.require();
    return {
      enabled: active.settings.enabled,
      deviceId: active.identity.deviceId,
      port: active.settings.port,
      loopbackOnly: active.settings.loopbackOnly,
      listening: active.listening,
      addresses: active.settings.loopbackOnly ? ['127.0.0.1'] : this.addresses(),
      listenErrorCode: active.listenErrorCode,
      peers: active.service.status().map((peer): SyncPeerView => {
        const stored = active.registry.get(peer.deviceId);
        return {
          deviceId: peer.deviceId,
          shortId: peer.deviceId.slice(0, 7),
          name: peer.name,
          host: stored?.host ?? null,
          port: stored?.port ?? null,
          state: peer.state,
          connected: peer.connected,
          lastSyncAt: peer.lastSyncAt,
          lastErrorCode: peer.lastErrorCode,
        };
      }),
    };
  }

  /** Turns sync on (or moves it to another port) and starts listening. */
  async enable(input: { port: number; loopbackOnly?: boolean }): Promise<SyncStatus> {
    await this.serial(async () => {
      const active = this.require();
      active.settings = { enabled: true, port: input.port, loopbackOnly: input.loopbackOnly ?? false };
      await saveSyncSettings(active.db, active.settings);
      await active.service.stop();
      active.listening = null;
      await this.startListening(active);
    });
    return this.status();
  }

  /** Turns sync off: the listener closes, open connections end, the timer stops. */
  async disable(): Promise<SyncStatus> {
    await this.serial(async () => {
      const active = this.require();
      active.settings = { ...active.settings, enabled: false };
      await saveSyncSettings(active.db, active.settings);
      this.stopTimer(active);
      await active.service.stop();
      active.listening = null;
      active.listenErrorCode = null;
    });
    return this.status();
  }

  /** Pins a colleague's laptop; a mistyped ID is refused naming the group with the typo. */
  async addPeer(input: { deviceId: string; name: string; host: string; port: number }): Promise<SyncStatus> {
    await this.transitions;
    const active = this.require();
    try {
      await active.registry.add(input);
    } catch (error) {
      throw toAppError(error);
    }
    return this.status();
  }

  /** Unpins a device: its connections close at once, before this resolves. */
  async removePeer(deviceId: string): Promise<SyncStatus> {
    await this.transitions;
    const active = this.require();
    const id = parseId(deviceId);
    if (!(await active.registry.remove(id))) {
      throw new AppError('not_found', 'No such paired device');
    }
    return this.status();
  }

  /**
   * Syncs one paired device (rejecting with its sync error code) or all of them (each failure is
   * recorded on its row, the call itself succeeds). Progress goes out as the `sync` task.
   */
  async syncNow(deviceId?: string): Promise<SyncStatus> {
    await this.transitions;
    const active = this.require();
    if (!active.settings.enabled) {
      throw new SyncError('sync.disabled');
    }
    if (deviceId === undefined) {
      await this.syncAll(active);
      return this.status();
    }
    const id = parseId(deviceId);
    this.context.progress('sync', 0, 1);
    try {
      await active.service.syncNow(id);
    } finally {
      this.context.progress('sync', 1, 1);
    }
    return this.status();
  }

  private syncAll(active: Active): Promise<void> {
    // The timer and the button share one run instead of dialling the same peers twice.
    active.syncAll ??= (async () => {
      const peers = active.registry.list().filter((peer) => peer.host !== undefined);
      this.context.progress('sync', 0, peers.length);
      let done = 0;
      for (const peer of peers) {
        if (this.active !== active || !active.settings.enabled) {
          break;
        }
        // Each failure is already stored on the peer (state and code) by the engine.
        await active.service.syncNow(peer.deviceId).catch(() => undefined);
        done += 1;
        this.context.progress('sync', done, peers.length);
      }
    })().finally(() => {
      active.syncAll = null;
    });
    return active.syncAll;
  }

  private async open(db: TandemDatabase): Promise<void> {
    await this.close();
    this.openError = null;
    try {
      const identity = await loadOrCreateDeviceIdentity(createLocalIdentityStore(db), this.context.now);
      const registry = await PeerRegistry.open(createLocalPeerStore(db), identity.deviceId, this.context.now);
      const collections: SyncCollections = Object.fromEntries(
        PROGRAMME_COLLECTIONS.map((name) => [name, db.collections[name]]),
      );
      // Settings first: the service subscribes to the registry, which a failed open would leak.
      const settings = await loadSyncSettings(db);
      const active: Active = {
        db,
        identity,
        registry,
        service: new SyncService({ identity, registry, collections, logger: this.context.logger, now: this.context.now }),
        settings,
        listening: null,
        listenErrorCode: null,
        timer: null,
        syncAll: null,
      };
      this.active = active;
      if (active.settings.enabled) {
        await this.startListening(active);
      }
    } catch (error) {
      // Sync must never stand in the way of unlocking: the page shows it as unavailable.
      this.openError = syncErrorCode(error);
      this.context.logger.error('sync.open_failed', { code: syncErrorCode(error) });
    }
  }

  private async close(): Promise<void> {
    const active = this.active;
    this.active = null;
    this.openError = null;
    if (active === null) {
      return;
    }
    this.stopTimer(active);
    await active.service.dispose().catch((error: unknown) => {
      this.context.logger.warn('sync.close_failed', { code: syncErrorCode(error) });
    });
  }

  private async startListening(active: Active): Promise<void> {
    const host = active.settings.loopbackOnly ? '127.0.0.1' : '0.0.0.0';
    try {
      active.listening = await active.service.start({ listen: { host, port: active.settings.port } });
      active.listenErrorCode = null;
    } catch (error) {
      active.listening = null;
      active.listenErrorCode = isAddressInUse(error) ? 'sync.port_in_use' : syncErrorCode(error);
      this.context.logger.warn('sync.listen_failed', { code: active.listenErrorCode });
    }
    this.stopTimer(active);
    active.timer = setInterval(() => {
      void this.syncAll(active);
    }, this.intervalMs);
    // The periodic sync must not keep the process alive on quit.
    active.timer.unref();
  }

  private stopTimer(active: Active): void {
    if (active.timer !== null) {
      clearInterval(active.timer);
      active.timer = null;
    }
  }

  private require(): Active {
    if (this.active === null) {
      if (this.openError !== null) {
        throw new SyncError(this.openError);
      }
      throw new AppError('locked', 'Tandem is locked.');
    }
    return this.active;
  }

  private serial(work: () => Promise<void>): Promise<void> {
    const next = this.transitions.then(work);
    this.transitions = next.catch(() => undefined);
    return next;
  }
}

function parseId(input: string): DeviceId {
  try {
    return toDeviceId(input);
  } catch (error) {
    throw toAppError(error);
  }
}

/** A typo in a device ID becomes a translated error naming the group (1–4) that holds it. */
function toAppError(error: unknown): unknown {
  if (error instanceof InvalidDeviceIdError) {
    return error.group === null || error.problem === 'length'
      ? new AppError(error.code, error.message, { problem: error.problem })
      : new AppError(error.code, error.message, {
          context: 'group',
          group: error.group + 1,
          // Characters of the group (13 plus its check character) counted without dashes.
          from: error.group * 14 + 1,
          to: (error.group + 1) * 14,
          problem: error.problem,
        });
  }
  return error;
}
