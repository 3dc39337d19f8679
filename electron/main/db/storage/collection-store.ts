import type { EventBulk, RxDocumentData, RxStorageChangeEvent, RxStorageDefaultCheckpoint, RxStorageInstanceCreationParams } from 'rxdb';
import { getPrimaryFieldOfPrimaryKey } from 'rxdb';
import { createMemoryStorageInstance, getRxStorageMemory, type RxStorageInstanceMemory, type RxStorageMemory } from 'rxdb/plugins/storage-memory';
import { Subject } from 'rxjs';

import { createJournal, journalPath, openJournal, readJournalHeader, type FileSet, type JournalWriter } from './journal-file';
import { readSnapshot, snapshotPath, writeSnapshot } from './snapshot-file';
import { StoreCorruptError, StoreFailedError } from './storage-errors';

/** A document as RxDB hands it to a storage. */
export type StoredDoc = RxDocumentData<Record<string, unknown>>;
export type StoreEventBulk = EventBulk<RxStorageChangeEvent<StoredDoc>, RxStorageDefaultCheckpoint>;

/** What a journal frame records: written documents, purged ids, or a clean close. */
type JournalRecord = { t: 'w'; d: StoredDoc[] } | { t: 'p'; i: string[] } | { t: 's' };

/** Journal generation that marks a removed collection (see `remove`). */
const TOMBSTONE_GENERATION = 0xffffffff;
const DOCS_PER_FRAME = 5000;

export type CompactionPolicy = { ratio: number; minBytes: number };

/**
 * One collection's durable state, shared by every RxStorageInstance opened
 * on it: a private memory storage (working set), the journal writer and the
 * change stream, which only ever carries writes that are already durable.
 */
export class CollectionStore {
  readonly changes$ = new Subject<StoreEventBulk>();
  refCount = 0;
  /** Set while a compaction runs: writers wait for it so no frame lands in a journal being replaced. */
  gate: Promise<void> | null = null;
  private failure: Error | null = null;
  private removed = false;

  private constructor(
    readonly files: FileSet,
    readonly memoryStorage: RxStorageMemory,
    private readonly memory: RxStorageInstanceMemory<StoredDoc>,
    private writer: JournalWriter,
    private generation: number,
    private snapshotBytes: number,
    private readonly policy: CompactionPolicy,
  ) {}

  /** Loads snapshot and journal into a fresh memory storage. */
  static async open(files: FileSet, params: RxStorageInstanceCreationParams<StoredDoc, unknown>, policy: CompactionPolicy): Promise<CollectionStore> {
    const primaryPath: string = getPrimaryFieldOfPrimaryKey(params.schema.primaryKey);
    const { writer, generation, snapshotBytes, docs } = await loadFiles(files, primaryPath);
    // The default memory storage keeps a module-global map of states that outlives close();
    // a private map per open collection keeps stores and test runs apart.
    const memoryStorage: RxStorageMemory = { ...getRxStorageMemory(), collectionStates: new Map() };
    const memory = await createMemoryStorageInstance<StoredDoc>(memoryStorage, { ...params, options: {} }, {});
    if (docs.size > 0) {
      const result = await memory.bulkWrite([...docs.values()].map((document) => ({ document })), 'tandem-journal-replay');
      if (result.error.length > 0) {
        throw new StoreCorruptError('Replayed documents conflict with each other.');
      }
      memory.ensurePersistence();
    }
    return new CollectionStore(files, memoryStorage, memory, writer, generation, snapshotBytes, policy);
  }

  /** Throws the failure that poisoned this collection, if any. */
  assertUsable(): void {
    if (this.failure !== null) {
      throw this.failure;
    }
  }

  /** Makes `docs` durable; on failure the collection refuses further work until reopened. */
  async commitDocs(docs: StoredDoc[]): Promise<void> {
    const frames: Promise<void>[] = [];
    for (let i = 0; i < docs.length; i += DOCS_PER_FRAME) {
      frames.push(this.appendRecord({ t: 'w', d: docs.slice(i, i + DOCS_PER_FRAME) }));
    }
    await this.settle(Promise.all(frames));
    this.maybeCompact();
  }

  /** Records ids that cleanup() purged from memory. */
  async commitPurge(ids: string[]): Promise<void> {
    await this.settle(this.appendRecord({ t: 'p', i: ids }));
  }

  /** Waits until every frame appended so far is durable. */
  async flushed(): Promise<void> {
    await this.settle(this.writer.idle());
  }

  /** Current documents, including tombstones (indexes settled first). */
  documents(): Map<string, StoredDoc> {
    this.memory.ensurePersistence();
    return this.memory.internals.documents;
  }

  /**
   * Rewrites the state as a snapshot and starts an empty journal. Order:
   * snapshot synced and renamed (generation g+1), then a new journal with base
   * g+1 replaces the old one. A crash between the two leaves an old journal
   * whose base is older than the snapshot; it is then known to be contained in it.
   */
  async compact(): Promise<void> {
    while (this.gate !== null) {
      await this.gate;
    }
    this.assertUsable();
    let open: () => void = () => undefined;
    this.gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    try {
      await this.settle(this.writer.idle());
      const docs = [...this.documents().values()];
      const generation = this.generation + 1;
      const size = await this.settle(writeSnapshot(this.files, generation, docs));
      const next = await this.settle(createJournal(this.files, generation));
      const old = this.writer;
      this.writer = next;
      this.generation = generation;
      this.snapshotBytes = size;
      await this.settle(old.close());
    } finally {
      this.gate = null;
      open();
    }
  }

  /** Seals the journal (marking a clean close) and closes the files. */
  async close(): Promise<void> {
    while (this.gate !== null) {
      await this.gate;
    }
    if (this.removed) {
      return;
    }
    try {
      if (this.failure === null) {
        // The seal lets a damaged last data frame be told from a torn one on the next open.
        await this.appendRecord({ t: 's' });
      }
    } finally {
      await this.writer.close().catch(() => undefined);
      await this.memory.close();
      this.changes$.complete();
    }
    // A background compaction may have failed after the last call returned: say so now.
    this.assertUsable();
  }

  /**
   * Deletes the collection's files. A tombstone journal is swapped in first so
   * a crash part-way leaves a collection that opens empty, not half-deleted.
   */
  async remove(): Promise<void> {
    while (this.gate !== null) {
      await this.gate;
    }
    await this.writer.close().catch(() => undefined);
    const tombstone = await createJournal(this.files, TOMBSTONE_GENERATION);
    await tombstone.close();
    await this.files.fs.unlink(snapshotPath(this.files));
    await this.files.fs.unlink(journalPath(this.files));
    await this.files.fs.syncDir(this.files.directory);
    this.removed = true;
    this.failure = new StoreFailedError('The collection was removed.');
    await this.memory.remove();
    this.changes$.complete();
  }

  private appendRecord(record: JournalRecord): Promise<void> {
    return this.writer.append(Buffer.from(JSON.stringify(record)));
  }

  private async settle<T>(work: Promise<T>): Promise<T> {
    try {
      return await work;
    } catch (error) {
      this.failure ??= new StoreFailedError(`The store failed to write and must be reopened: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      throw error;
    }
  }

  private maybeCompact(): void {
    const limit = Math.max(this.policy.minBytes, this.policy.ratio * this.snapshotBytes);
    if (this.gate === null && this.failure === null && this.writer.size > limit) {
      // Failures poison the collection (see settle) and surface on the next call.
      this.compact().catch(() => undefined);
    }
  }
}

type Loaded = { writer: JournalWriter; generation: number; snapshotBytes: number; docs: Map<string, StoredDoc> };

async function loadFiles(files: FileSet, primaryPath: string): Promise<Loaded> {
  const { fs } = files;
  await fs.unlink(`${snapshotPath(files)}.tmp`);
  await fs.unlink(`${journalPath(files)}.tmp`);
  let journalBytes = await fs.readFile(journalPath(files));
  let snapshotBytesRaw = await fs.readFile(snapshotPath(files));
  let journalCtx = journalBytes === null ? null : readJournalHeader(files, journalBytes);
  if (journalCtx !== null && journalCtx.generation === TOMBSTONE_GENERATION) {
    await fs.unlink(snapshotPath(files));
    await fs.unlink(journalPath(files));
    await fs.syncDir(files.directory);
    journalBytes = null;
    snapshotBytesRaw = null;
    journalCtx = null;
  }
  const docs = new Map<string, StoredDoc>();
  let generation = 0;
  if (snapshotBytesRaw !== null) {
    const snapshot = readSnapshot(files, snapshotBytesRaw);
    generation = snapshot.generation;
    for (const doc of snapshot.docs as StoredDoc[]) {
      docs.set(doc[primaryPath] as string, doc);
    }
  }
  const snapshotBytes = snapshotBytesRaw?.byteLength ?? 0;
  if (journalBytes === null || journalCtx === null) {
    if (snapshotBytesRaw !== null) {
      throw new StoreCorruptError('Journal is missing next to a snapshot.');
    }
    return { writer: await createJournal(files, 0), generation, snapshotBytes, docs };
  }
  if (journalCtx.generation > generation) {
    throw new StoreCorruptError('Journal is newer than the snapshot; the snapshot is missing or old.');
  }
  if (journalCtx.generation < generation) {
    // Crash after the snapshot rename, before the new journal: the old journal is inside the snapshot.
    return { writer: await createJournal(files, generation), generation, snapshotBytes, docs };
  }
  const { writer, payloads } = await openJournal(files, journalBytes, journalCtx);
  for (const payload of payloads) {
    applyRecord(docs, JSON.parse(payload.toString('utf8')) as JournalRecord, primaryPath);
  }
  return { writer, generation, snapshotBytes, docs };
}

function applyRecord(docs: Map<string, StoredDoc>, record: JournalRecord, primaryPath: string): void {
  if (record.t === 'w') {
    for (const doc of record.d) {
      docs.set(doc[primaryPath] as string, doc);
    }
  } else if (record.t === 'p') {
    for (const id of record.i) {
      docs.delete(id);
    }
  }
}
