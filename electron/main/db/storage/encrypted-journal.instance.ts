import type {
  BulkWriteRow,
  EventBulk,
  PreparedQuery,
  RxDocumentData,
  RxJsonSchema,
  RxStorageBulkWriteResponse,
  RxStorageChangeEvent,
  RxStorageCountResult,
  RxStorageDefaultCheckpoint,
  RxStorageInstance,
  RxStorageQueryResult,
} from 'rxdb';
import type { RxStorageInstanceMemory } from 'rxdb/plugins/storage-memory';
import type { Observable } from 'rxjs';

import type { CollectionStore, StoredDoc } from './collection-store';

/** What `instance.internals` exposes: only the opaque file stem, never keys or state. */
export type EncryptedJournalInternals = { fileStem: string };
export type EncryptedJournalInstanceOptions = Record<string, never>;

type Events<RxDocType> = EventBulk<RxStorageChangeEvent<RxDocumentData<RxDocType>>, RxStorageDefaultCheckpoint>;

/**
 * One RxDB storage instance: reads go to the shared memory working set, writes
 * are applied there and then journaled; results and change events are only
 * released once the journal frame is durable.
 */
export class EncryptedJournalInstance<RxDocType>
  implements RxStorageInstance<RxDocType, EncryptedJournalInternals, EncryptedJournalInstanceOptions, RxStorageDefaultCheckpoint>
{
  readonly internals: EncryptedJournalInternals;
  readonly options: EncryptedJournalInstanceOptions = {};
  private closed = false;

  constructor(
    readonly databaseName: string,
    readonly collectionName: string,
    readonly schema: Readonly<RxJsonSchema<RxDocumentData<RxDocType>>>,
    private readonly store: CollectionStore,
    private readonly memory: RxStorageInstanceMemory<RxDocType>,
    private readonly onClose: () => Promise<void>,
  ) {
    this.internals = { fileStem: store.files.stem };
  }

  async bulkWrite(rows: BulkWriteRow<RxDocType>[], context: string): Promise<RxStorageBulkWriteResponse<RxDocType>> {
    while (this.store.gate !== null) {
      await this.store.gate;
    }
    this.assertOpen();
    // From here to append() nothing awaits: the memory write and the journal order must agree.
    const response = this.memory.bulkWrite(rows, context);
    const categorized = this.memory.categorizedByWriteInput.get(rows);
    if (categorized === undefined) {
      throw new Error('Memory storage did not report the categorized write.');
    }
    const docs: StoredDoc[] = [];
    for (const row of categorized.bulkInsertDocs) {
      docs.push(row.document);
    }
    for (const row of categorized.bulkUpdateDocs) {
      docs.push(row.document);
    }
    // A pure conflict still waits, so it never reports state that is not yet durable.
    await (docs.length > 0 ? this.store.commitDocs(docs) : this.store.flushed());
    if (categorized.eventBulk.events.length > 0) {
      this.store.changes$.next(categorized.eventBulk);
    }
    return response;
  }

  findDocumentsById(ids: string[], withDeleted: boolean): Promise<RxDocumentData<RxDocType>[]> {
    this.assertOpen();
    return this.memory.findDocumentsById(ids, withDeleted);
  }

  query(preparedQuery: PreparedQuery<RxDocType>): Promise<RxStorageQueryResult<RxDocType>> {
    this.assertOpen();
    return this.memory.query(preparedQuery);
  }

  count(preparedQuery: PreparedQuery<RxDocType>): Promise<RxStorageCountResult> {
    this.assertOpen();
    return this.memory.count(preparedQuery);
  }

  getAttachmentData(): Promise<Blob> {
    return Promise.reject(new Error('The encrypted journal storage does not support attachments.'));
  }

  changeStream(): Observable<Events<RxDocType>> {
    return this.store.changes$.asObservable() as unknown as Observable<Events<RxDocType>>;
  }

  async cleanup(minimumDeletedTime: number): Promise<boolean> {
    while (this.store.gate !== null) {
      await this.store.gate;
    }
    this.assertOpen();
    const tombstones: string[] = [];
    for (const [id, doc] of this.store.documents()) {
      if (doc._deleted) {
        tombstones.push(id);
      }
    }
    const done = await this.memory.cleanup(minimumDeletedTime);
    const remaining = this.store.documents();
    const purged = tombstones.filter((id) => !remaining.has(id));
    if (purged.length > 0) {
      await this.store.commitPurge(purged);
    }
    return done;
  }

  async close(): Promise<void> {
    if (this.closed) {
      return;
    }
    this.closed = true;
    await this.memory.close();
    await this.onClose();
  }

  async remove(): Promise<void> {
    this.assertOpen();
    await this.store.remove();
    this.closed = true;
    await this.memory.close();
    await this.onClose();
  }

  private assertOpen(): void {
    if (this.closed) {
      throw new Error(`Storage instance ${this.collectionName} is closed.`);
    }
    this.store.assertUsable();
  }
}
