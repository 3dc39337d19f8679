import type { RxDocumentData, RxStorage, RxStorageInstanceCreationParams } from 'rxdb';
import { RXDB_VERSION, ensureRxStorageInstanceParamsAreCorrect } from 'rxdb';
import { createMemoryStorageInstance } from 'rxdb/plugins/storage-memory';

import { CollectionStore, type CompactionPolicy, type StoredDoc } from './collection-store';
import { EncryptedJournalInstance, type EncryptedJournalInstanceOptions, type EncryptedJournalInternals } from './encrypted-journal.instance';
import { collectionFileStem, deriveStoreKeys, type StoreKeys } from './frame-codec';
import { acquireStoreLock, type StoreLock } from './store-lock';
import { openManifest } from './store-manifest';
import { nodeStorageFs, type StorageFs } from './storage-fs';

/** Options of {@link getRxStorageEncryptedJournal}. */
export type EncryptedJournalStorageOptions = {
  /** Directory holding the store; created if missing. One process owns it at a time. */
  directory: string;
  /** The 32-byte data key (from the vault). */
  key: Uint8Array;
  /** File operations; tests pass a fault-injecting wrapper. Defaults to `node:fs`. */
  fs?: StorageFs;
  /** Compact when the journal exceeds `compactRatio` × snapshot size (default 2). */
  compactRatio?: number;
  /** ...and is at least this large (default 1 MiB), so small stores do not churn. */
  compactMinBytes?: number;
};

/** The RxStorage plus store-level operations RxDB does not know about. */
export type RxStorageEncryptedJournal = RxStorage<EncryptedJournalInternals, EncryptedJournalInstanceOptions> & {
  /** Compacts every open collection now (normally automatic). */
  compact(): Promise<void>;
};

/**
 * Serialises opening and closing of collection stores so the lock, the
 * stores and their files never change under a concurrent open.
 */
class StoreSession {
  private lock: StoreLock | null = null;
  private readonly stores = new Map<string, CollectionStore>();
  private transitions: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly fs: StorageFs,
    private readonly directory: string,
    private readonly keys: StoreKeys,
    private readonly policy: CompactionPolicy,
  ) {}

  async createInstance<RxDocType>(
    params: RxStorageInstanceCreationParams<RxDocType, EncryptedJournalInstanceOptions>,
  ): Promise<EncryptedJournalInstance<RxDocType>> {
    ensureRxStorageInstanceParamsAreCorrect(params);
    if (params.schema.attachments) {
      throw new Error('The encrypted journal storage does not support attachments.');
    }
    const stem = collectionFileStem(this.keys, params.databaseName, params.collectionName, params.schema.version);
    const store = await this.serial(async () => {
      await this.ensureLocked();
      let opened = this.stores.get(stem);
      if (opened === undefined) {
        const files = { fs: this.fs, directory: this.directory, keys: this.keys, stem };
        try {
          opened = await CollectionStore.open(files, params as unknown as RxStorageInstanceCreationParams<StoredDoc, unknown>, this.policy);
        } catch (error) {
          await this.releaseLockIfIdle();
          throw error;
        }
        this.stores.set(stem, opened);
      }
      opened.refCount += 1;
      return opened;
    });
    const memory = await createMemoryStorageInstance<RxDocType>(store.memoryStorage, { ...params, options: {} }, {});
    const schema = params.schema as RxStorageInstanceCreationParams<RxDocumentData<RxDocType>, unknown>['schema'];
    return new EncryptedJournalInstance<RxDocType>(params.databaseName, params.collectionName, schema, store, memory, () =>
      this.release(stem, store),
    );
  }

  async compactAll(): Promise<void> {
    const stores = await this.serial(() => Promise.resolve([...this.stores.values()]));
    for (const store of stores) {
      await store.compact();
    }
  }

  private release(stem: string, store: CollectionStore): Promise<void> {
    return this.serial(async () => {
      store.refCount -= 1;
      if (store.refCount > 0) {
        return;
      }
      this.stores.delete(stem);
      try {
        await store.close();
      } finally {
        await this.releaseLockIfIdle();
      }
    });
  }

  private async ensureLocked(): Promise<void> {
    if (this.lock !== null) {
      return;
    }
    await this.fs.mkdir(this.directory);
    const lock = await acquireStoreLock(this.fs, this.directory);
    try {
      await openManifest(this.fs, this.directory, this.keys);
    } catch (error) {
      await lock.release();
      throw error;
    }
    this.lock = lock;
  }

  private async releaseLockIfIdle(): Promise<void> {
    if (this.stores.size === 0 && this.lock !== null) {
      const lock = this.lock;
      this.lock = null;
      await lock.release();
    }
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.transitions.then(work, work);
    this.transitions = next.catch(() => undefined);
    return next;
  }
}

/**
 * Creates Tandem's encrypted, crash-safe RxStorage: RxDB's memory storage as
 * the working set, every acknowledged write first made durable in an
 * AES-256-GCM journal under `options.directory`, compacted into snapshots.
 *
 * @throws Error when the key is not 32 bytes. Opening a database can reject with
 * `StoreLockedError`, `WrongKeyError` or `StoreCorruptError`.
 */
export function getRxStorageEncryptedJournal(options: EncryptedJournalStorageOptions): RxStorageEncryptedJournal {
  const keys = deriveStoreKeys(options.key);
  const session = new StoreSession(options.fs ?? nodeStorageFs, options.directory, keys, {
    ratio: options.compactRatio ?? 2,
    minBytes: options.compactMinBytes ?? 1024 * 1024,
  });
  return {
    name: 'tandem-encrypted-journal',
    rxdbVersion: RXDB_VERSION,
    createStorageInstance: (params) => session.createInstance(params),
    compact: () => session.compactAll(),
  };
}
