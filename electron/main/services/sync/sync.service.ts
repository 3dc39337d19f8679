import type { Logger } from '../../lib/logger';
import type { DeviceIdentity } from './device-identity';
import type { DeviceId } from './device-id.codec';
import type { PeerRegistry } from './peer-registry';
import {
  serveMaster,
  startForkReplication,
  type ForkReplication,
  type ReplicationProgress,
  type SyncCollections,
} from './replication';
import type { ChannelLimits, SyncChannel } from './sync-channel';
import { syncResultSchema } from './sync-protocol.schema';
import { SyncError, syncErrorCode, type SyncErrorCode } from './sync.errors';
import {
  connectToPeer,
  listenForPeers,
  type PeerConnection,
  type SyncServer,
  type TransportConfig,
} from './tls-transport';

export type PeerState = 'idle' | 'syncing' | 'error';

/** What the Sync page shows per paired device. */
export type PeerStatus = {
  deviceId: DeviceId;
  name: string;
  state: PeerState;
  connected: boolean;
  lastSyncAt: string | null;
  lastErrorCode: SyncErrorCode | null;
};

export type SyncEvent =
  | { type: 'status'; peer: PeerStatus }
  | ({ type: 'progress'; deviceId: DeviceId } & ReplicationProgress)
  | { type: 'rejected'; deviceId: DeviceId | null; code: SyncErrorCode };

export type SyncServiceOptions = {
  identity: DeviceIdentity;
  registry: PeerRegistry;
  /** Programme collections only: never local settings, keys or the remembered-key flag. */
  collections: SyncCollections;
  logger?: Logger;
  limits?: Partial<ChannelLimits>;
  batchSize?: number;
  now?: () => Date;
  /** Tests only: play a peer of another protocol version. */
  protocolVersion?: number;
};

type Session = {
  channel: SyncChannel;
  fork: ForkReplication | null;
  stopMaster(): void;
  active: boolean;
};

const SYNC_ROUND_TIMEOUT_MS = 10 * 60_000;

/**
 * Peer sync: listens for pinned peers, connects on demand and keeps one live replication per
 * connected peer. For each pair the device with the smaller ID is RxDB's fork and the other its
 * master, whoever dialled, so checkpoints always live on the same side and resume after a cut.
 */
export class SyncService {
  private server: SyncServer | null = null;
  /** Set once the database is closing: nothing may connect or write after that. */
  private disposed = false;
  private readonly sessions = new Map<DeviceId, Session>();
  private readonly syncing = new Map<DeviceId, number>();
  private readonly listeners = new Set<(event: SyncEvent) => void>();
  private readonly unsubscribeRemoval: () => void;
  private readonly now: () => Date;

  constructor(private readonly options: SyncServiceOptions) {
    this.now = options.now ?? (() => new Date());
    this.unsubscribeRemoval = options.registry.onRemoved((deviceId) => {
      void this.drop(deviceId, 'sync.peer_removed');
    });
  }

  /** Starts listening (or not, with `listen: false`); resolves with the bound address. */
  async start(options: {
    listen: { host: string; port: number } | false;
  }): Promise<{ host: string; port: number } | null> {
    if (options.listen === false || this.server !== null) {
      return this.server === null ? null : { host: this.server.host, port: this.server.port };
    }
    this.server = await listenForPeers({
      ...this.transportConfig(),
      ...options.listen,
      onPeer: (connection) => this.attach(connection),
      onRejected: (rejected) => {
        this.options.logger?.warn('sync.rejected', { code: rejected.code });
        this.emit({ type: 'rejected', ...rejected });
      },
    });
    return { host: this.server.host, port: this.server.port };
  }

  /** Closes the listener and every connection; replication checkpoints stay for next time. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    await Promise.all([...this.sessions.keys()].map((deviceId) => this.drop(deviceId, null)));
    await server?.close();
  }

  /** Stops and forgets the removal subscription; call when the database closes. */
  async dispose(): Promise<void> {
    this.disposed = true;
    this.unsubscribeRemoval();
    await this.stop();
  }

  /**
   * Connects to the peer if needed and runs one full round both ways. Resolves when both stores
   * are in sync; rejects with a {@link SyncError} whose code the UI shows.
   */
  async syncNow(deviceId: DeviceId): Promise<PeerStatus> {
    if (this.disposed) {
      throw new SyncError('sync.closed');
    }
    const peer = this.options.registry.get(deviceId);
    if (peer === undefined) {
      throw new SyncError('sync.peer_not_paired');
    }
    this.syncing.set(deviceId, (this.syncing.get(deviceId) ?? 0) + 1);
    this.publish(deviceId);
    try {
      let session = await this.sessionFor(deviceId);
      try {
        await this.round(session);
      } catch (error) {
        if (session.channel.isOpen || this.isDisposed()) {
          throw error;
        }
        // The connection went away during the round (a cut, or the peer's simultaneous dial
        // replaced it): once more, on the replacing or a new connection. Checkpoints make the
        // second round continue where the first stopped.
        session = await this.sessionFor(deviceId);
        await this.round(session);
      }
      if (this.isDisposed()) {
        throw new SyncError('sync.closed');
      }
      await this.options.registry.update(deviceId, {
        lastSyncAt: this.now().toISOString(),
        state: 'idle',
        lastErrorCode: null,
      });
      return this.statusOf(deviceId) as PeerStatus;
    } catch (error) {
      const code = syncErrorCode(error);
      if (this.isDisposed()) {
        // The database is closing: record nothing in it.
        throw new SyncError('sync.closed');
      }
      await this.options.registry.update(deviceId, { state: 'error', lastErrorCode: code });
      this.options.logger?.warn('sync.failed', { code });
      throw error instanceof SyncError ? error : new SyncError(code);
    } finally {
      this.syncing.set(deviceId, (this.syncing.get(deviceId) ?? 1) - 1);
      this.publish(deviceId);
    }
  }

  /** A method, not the field, so the compiler does not assume it unchanged across awaits. */
  private isDisposed(): boolean {
    return this.disposed;
  }

  /** Status of every paired device. */
  status(): PeerStatus[] {
    return this.options.registry.list().map((peer) => this.statusOf(peer.deviceId) as PeerStatus);
  }

  /** Subscribes to status, progress and rejection events; returns the unsubscribe function. */
  on(listener: (event: SyncEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private transportConfig(): TransportConfig {
    const collections = Object.fromEntries(
      Object.entries(this.options.collections).map(([name, c]) => [name, c.schema.version]),
    );
    return {
      identity: this.options.identity,
      isPaired: (deviceId) => this.options.registry.isPaired(deviceId),
      collections,
      ...(this.options.limits === undefined ? {} : { limits: this.options.limits }),
      ...(this.options.protocolVersion === undefined
        ? {}
        : { protocolVersion: this.options.protocolVersion }),
    };
  }

  private async sessionFor(deviceId: DeviceId): Promise<Session> {
    const existing = this.sessions.get(deviceId);
    if (existing?.channel.isOpen === true) {
      return existing;
    }
    const peer = this.options.registry.get(deviceId);
    if (peer?.host === undefined || peer.port === undefined) {
      throw new SyncError('sync.peer_unreachable', 'No address known for this peer');
    }
    const connection = await connectToPeer({
      ...this.transportConfig(),
      deviceId,
      host: peer.host,
      port: peer.port,
    });
    return this.attach(connection);
  }

  private async round(session: Session): Promise<void> {
    if (session.fork !== null) {
      await session.fork.syncRound();
    }
    // Tells the peer a round happened; as fork it does its part before answering.
    syncResultSchema.parse(await session.channel.request({ op: 'sync' }, SYNC_ROUND_TIMEOUT_MS));
  }

  private attach(connection: PeerConnection): Session {
    const { channel } = connection;
    if (this.disposed) {
      // A dial that was in flight when the database closed: hang up instead of serving it.
      channel.close('sync.closed');
      throw new SyncError('sync.closed');
    }
    const deviceId = channel.peerId;
    const previous = this.sessions.get(deviceId);
    if (previous !== undefined) {
      void this.drop(deviceId, null, previous);
    }
    const isFork = this.options.identity.deviceId < deviceId;
    // Only the master answers pull and push and streams its changes; the fork only asks.
    const master = isFork ? null : serveMaster(channel, this.options.collections);
    const session: Session = {
      channel,
      fork: null,
      stopMaster: () => {
        master?.stop();
      },
      active: false,
    };
    if (isFork) {
      session.fork = startForkReplication({
        channel,
        collections: this.options.collections,
        peerId: deviceId,
        ...(this.options.batchSize === undefined ? {} : { batchSize: this.options.batchSize }),
        onProgress: (progress) => {
          this.emit({ type: 'progress', deviceId, ...progress });
        },
        onError: (error) =>
          this.options.logger?.warn('sync.replication_error', {
            error: error instanceof Error ? error.message : 'unknown',
          }),
        onActive: (active) => {
          session.active = active;
          this.publish(deviceId);
        },
      });
    }
    channel.open({
      onRequest: async (request) => {
        if (request.op === 'sync') {
          if (session.fork !== null) {
            await session.fork.syncRound();
          }
          await this.options.registry.update(deviceId, {
            lastSyncAt: this.now().toISOString(),
            state: 'idle',
            lastErrorCode: null,
          });
          this.publish(deviceId);
          return { inSync: true };
        }
        if (master === null) {
          throw new SyncError('sync.protocol_error');
        }
        return master.handle(request);
      },
      onChanges: (event) => {
        if (session.fork === null) {
          channel.close('sync.protocol_error');
          return;
        }
        session.fork.receive(event);
      },
    });
    this.sessions.set(deviceId, session);
    void channel.closed.then(() => this.drop(deviceId, null, session));
    this.publish(deviceId);
    return session;
  }

  private async drop(
    deviceId: DeviceId,
    reason: SyncErrorCode | null,
    only?: Session,
  ): Promise<void> {
    const session = this.sessions.get(deviceId);
    const target = only ?? session;
    if (target === undefined) {
      return;
    }
    if (session === target) {
      this.sessions.delete(deviceId);
    }
    target.channel.close(reason);
    target.stopMaster();
    const fork = target.fork;
    target.fork = null;
    await fork?.cancel().catch(() => undefined);
    this.publish(deviceId);
  }

  private statusOf(deviceId: DeviceId): PeerStatus | undefined {
    const peer = this.options.registry.get(deviceId);
    if (peer === undefined) {
      return undefined;
    }
    const session = this.sessions.get(deviceId);
    const busy = (this.syncing.get(deviceId) ?? 0) > 0 || session?.active === true;
    return {
      deviceId,
      name: peer.name,
      state: busy ? 'syncing' : peer.state,
      connected: session?.channel.isOpen === true,
      lastSyncAt: peer.lastSyncAt,
      lastErrorCode: peer.lastErrorCode,
    };
  }

  private publish(deviceId: DeviceId): void {
    const peer = this.statusOf(deviceId);
    if (peer !== undefined) {
      this.emit({ type: 'status', peer });
    }
  }

  private emit(event: SyncEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A faulty listener must not break sync.
      }
    }
  }
}
