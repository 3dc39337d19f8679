import type { DeviceId } from './device-id.codec';
import { toDeviceId } from './device-id.codec';
import { SyncError, type SyncErrorCode } from './sync.errors';

/** A pinned peer as stored: only devices in this list may talk to us. */
export type PairedPeer = {
  deviceId: DeviceId;
  name: string;
  host?: string;
  port?: number;
  addedAt: string;
  lastSyncAt: string | null;
  /** Outcome of the last sync attempt: idle after success, error with its code otherwise. */
  state: 'idle' | 'error';
  lastErrorCode: SyncErrorCode | null;
};

/** Where the peer list lives; the lead backs it with the encrypted store. */
export type PeerStore = {
  load(): Promise<PairedPeer[]>;
  save(peers: PairedPeer[]): Promise<void>;
};

export type AddPeerInput = { deviceId: string; name: string; host?: string; port?: number };

type RemovalListener = (deviceId: DeviceId) => void;

function checkAddress(host: string | undefined, port: number | undefined): void {
  if (host !== undefined && (host.length === 0 || host.length > 253 || /[\s/]/.test(host))) {
    throw new SyncError('sync.invalid_message', 'Invalid host');
  }
  if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65_535)) {
    throw new SyncError('sync.invalid_message', 'Invalid port');
  }
}

/**
 * The pinned peers. Pairing is one-sided here: each laptop adds the other, and a connection only
 * passes when both did. Removal takes effect at once: listeners (the transport) close every open
 * connection to that device before `remove` resolves.
 */
export class PeerRegistry {
  private readonly peers = new Map<DeviceId, PairedPeer>();
  private readonly removalListeners = new Set<RemovalListener>();
  private writes: Promise<void> = Promise.resolve();

  private constructor(
    private readonly store: PeerStore,
    private readonly ownDeviceId: DeviceId,
    private readonly now: () => Date,
  ) {}

  /** Loads the stored list. Entries whose device ID no longer parses are dropped, not trusted. */
  static async open(
    store: PeerStore,
    ownDeviceId: DeviceId,
    now: () => Date = () => new Date(),
  ): Promise<PeerRegistry> {
    const registry = new PeerRegistry(store, ownDeviceId, now);
    for (const peer of await store.load()) {
      try {
        const deviceId = toDeviceId(peer.deviceId);
        registry.peers.set(deviceId, { ...peer, deviceId });
      } catch {
        // A corrupted entry must never widen trust; the user can pair again.
      }
    }
    return registry;
  }

  /** Pins a peer. The ID is parsed (check characters verified) before anything is stored. */
  async add(input: AddPeerInput): Promise<PairedPeer> {
    const deviceId = toDeviceId(input.deviceId);
    if (deviceId === this.ownDeviceId) {
      throw new SyncError('sync.self_pairing');
    }
    if (this.peers.has(deviceId)) {
      throw new SyncError('sync.already_paired');
    }
    const name = input.name.trim();
    if (name.length === 0 || name.length > 100) {
      throw new SyncError('sync.invalid_message', 'Invalid name');
    }
    checkAddress(input.host, input.port);
    const peer: PairedPeer = {
      deviceId,
      name,
      ...(input.host === undefined ? {} : { host: input.host }),
      ...(input.port === undefined ? {} : { port: input.port }),
      addedAt: this.now().toISOString(),
      lastSyncAt: null,
      state: 'idle',
      lastErrorCode: null,
    };
    this.peers.set(deviceId, peer);
    await this.persist();
    return { ...peer };
  }

  /** Unpins a peer and closes its connections at once (before the store write completes). */
  async remove(deviceId: DeviceId): Promise<boolean> {
    const existed = this.peers.delete(deviceId);
    for (const listener of this.removalListeners) {
      listener(deviceId);
    }
    if (existed) {
      await this.persist();
    }
    return existed;
  }

  /** Updates the address and/or name of a pinned peer (e.g. from discovery). */
  async update(
    deviceId: DeviceId,
    patch: Partial<
      Pick<PairedPeer, 'name' | 'host' | 'port' | 'lastSyncAt' | 'state' | 'lastErrorCode'>
    >,
  ): Promise<void> {
    const peer = this.peers.get(deviceId);
    if (peer === undefined) {
      return;
    }
    checkAddress(patch.host, patch.port);
    this.peers.set(deviceId, { ...peer, ...patch });
    await this.persist();
  }

  /** Whether this device is pinned: the one question the TLS check asks. */
  isPaired(deviceId: string): boolean {
    return this.peers.has(deviceId as DeviceId);
  }

  get(deviceId: DeviceId): PairedPeer | undefined {
    const peer = this.peers.get(deviceId);
    return peer === undefined ? undefined : { ...peer };
  }

  list(): PairedPeer[] {
    return [...this.peers.values()]
      .map((peer) => ({ ...peer }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Called with the device ID of every removed peer; returns the unsubscribe function. */
  onRemoved(listener: RemovalListener): () => void {
    this.removalListeners.add(listener);
    return () => this.removalListeners.delete(listener);
  }

  private persist(): Promise<void> {
    // Serialised, and each write takes the state at its turn, so the last write wins.
    const write = this.writes.then(() => this.store.save(this.list()));
    this.writes = write.catch(() => undefined);
    return write;
  }
}

/** An in-memory {@link PeerStore}, for tests and for a session that does not persist peers. */
export function createMemoryPeerStore(
  initial: PairedPeer[] = [],
): PeerStore & { saved: PairedPeer[] } {
  const state = { saved: [...initial] };
  return {
    get saved() {
      return state.saved;
    },
    load: () => Promise.resolve(state.saved.map((p) => ({ ...p }))),
    save: (peers) => {
      state.saved = peers.map((p) => ({ ...p }));
      return Promise.resolve();
    },
  };
}
