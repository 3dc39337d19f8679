import type {
  RxCollection,
  RxConflictHandler,
  RxReplicationHandler,
  RxReplicationPullStreamItem,
  WithDeleted,
} from 'rxdb';
import { rxStorageInstanceToReplicationHandler } from 'rxdb';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import { Subject, type Subscription } from 'rxjs';

import { createSyncConflictHandler } from '../../db/conflict-handler';
import type { DeviceId } from './device-id.codec';
import { createDocumentValidator, type DocumentValidator } from './document-validator';
import type { SyncChannel } from './sync-channel';
import {
  MAX_BATCH,
  pullResultSchema,
  pushResultSchema,
  type ChangesEvent,
  type SyncRequest,
  type WireCheckpoint,
} from './sync-protocol.schema';
import { SyncError } from './sync.errors';

/** The programme collections that sync, by name. Local settings and keys never belong here. */
export type SyncCollections = Record<string, RxCollection>;

type Doc = WithDeleted<Record<string, unknown>>;
type Checkpoint = NonNullable<WireCheckpoint>;

const HANDLER_MARK = new WeakSet<object>();

/** Our conflict handler for `collection`, installed if the collection was created without it. */
function ensureConflictHandler(collection: RxCollection): RxConflictHandler<unknown> {
  // RxDB reads a collection's conflict handler only when replicating, so setting it here is the
  // same as passing it to addCollections (which the database layer may do instead).
  if (!HANDLER_MARK.has(collection.conflictHandler)) {
    const handler = createSyncConflictHandler<unknown>();
    HANDLER_MARK.add(handler);
    collection.conflictHandler = handler;
  }
  return collection.conflictHandler as RxConflictHandler<unknown>;
}

function validators(collections: SyncCollections): Map<string, DocumentValidator> {
  return new Map(
    Object.entries(collections).map(([name, c]) => [
      name,
      createDocumentValidator(c.schema.jsonSchema),
    ]),
  );
}

function checkDocs(validate: DocumentValidator, docs: unknown[]): Doc[] {
  for (const doc of docs) {
    if (!validate(doc)) {
      throw new SyncError('sync.invalid_document');
    }
  }
  return docs as Doc[];
}

/**
 * Our side as the master of a peer's fork: answers pull and push for the allowed collections,
 * after validating every message, and forwards our change stream (coalesced per tick, so a bulk
 * import is a few frames, not thousands). Returns the stop function.
 */
export function serveMaster(
  channel: SyncChannel,
  collections: SyncCollections,
): {
  handle(request: Extract<SyncRequest, { op: 'pull' | 'push' }>): Promise<unknown>;
  stop(): void;
} {
  const checks = validators(collections);
  const handlers = new Map<string, RxReplicationHandler<Record<string, unknown>, Checkpoint>>();
  const subscriptions: Subscription[] = [];
  for (const [name, collection] of Object.entries(collections)) {
    const handler = rxStorageInstanceToReplicationHandler(
      collection.storageInstance,
      ensureConflictHandler(collection),
      collection.database.token,
    ) as RxReplicationHandler<Record<string, unknown>, Checkpoint>;
    handlers.set(name, handler);
    let queued: Doc[] = [];
    let checkpoint: Checkpoint | null = null;
    let scheduled = false;
    const flush = (): void => {
      scheduled = false;
      for (let i = 0; i < queued.length; i += MAX_BATCH) {
        const event: ChangesEvent = {
          t: 'changes',
          collection: name,
          checkpoint,
          documents: queued.slice(i, i + MAX_BATCH),
        };
        channel.send(event);
      }
      queued = [];
    };
    subscriptions.push(
      handler.masterChangeStream$.subscribe((item) => {
        if (item === 'RESYNC') {
          return;
        }
        queued.push(...(item.documents as Doc[]));
        checkpoint = item.checkpoint;
        if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      }),
    );
  }
  return {
    async handle(request) {
      const handler = handlers.get(request.collection);
      const validate = checks.get(request.collection);
      if (handler === undefined || validate === undefined) {
        throw new SyncError('sync.unknown_collection');
      }
      if (request.op === 'pull') {
        return handler.masterChangesSince(request.checkpoint ?? undefined, request.batchSize);
      }
      for (const row of request.rows) {
        checkDocs(
          validate,
          row.assumedMasterState === undefined
            ? [row.newDocumentState]
            : [row.newDocumentState, row.assumedMasterState],
        );
      }
      return handler.masterWrite(request.rows as Parameters<typeof handler.masterWrite>[0]);
    },
    stop() {
      for (const subscription of subscriptions) {
        subscription.unsubscribe();
      }
    },
  };
}

export type ReplicationProgress = {
  collection: string;
  direction: 'received' | 'sent';
  documents: number;
};

/** Options of {@link startForkReplication}. */
export type ForkOptions = {
  channel: SyncChannel;
  collections: SyncCollections;
  peerId: DeviceId;
  batchSize?: number;
  onProgress?(progress: ReplicationProgress): void;
  onError?(error: unknown): void;
  onActive?(active: boolean): void;
};

/** Our side as the fork: one RxDB replication per collection, over the channel. */
export type ForkReplication = {
  /** Pulls from the last checkpoint again and resolves once every collection is in sync. */
  syncRound(): Promise<void>;
  /** Feeds a master change event from the peer (validated here). */
  receive(event: ChangesEvent): void;
  cancel(): Promise<void>;
};

/**
 * Starts live replication of every collection against the peer's master. Checkpoints are kept
 * by RxDB in the (encrypted, persistent) store under an identifier per peer, so a new connection
 * after a cut or a restart resumes where the last one stopped.
 */
export function startForkReplication(options: ForkOptions): ForkReplication {
  const { channel, collections, peerId } = options;
  const batchSize = Math.min(options.batchSize ?? 500, MAX_BATCH);
  const checks = validators(collections);
  const streams = new Map<string, Subject<RxReplicationPullStreamItem<Doc, Checkpoint>>>();
  const states: RxReplicationState<Doc, Checkpoint>[] = [];
  const subscriptions: Subscription[] = [];
  const activity = new Map<string, boolean>();

  for (const [name, collection] of Object.entries(collections)) {
    ensureConflictHandler(collection);
    const valid = checks.get(name) as DocumentValidator;
    // Bad data from a peer ends the connection: retrying would only fetch it again.
    const validate = ((value: unknown) => {
      if (valid(value)) {
        return true;
      }
      channel.close('sync.invalid_document');
      return false;
    }) as DocumentValidator;
    const stream = new Subject<RxReplicationPullStreamItem<Doc, Checkpoint>>();
    streams.set(name, stream);
    const state = replicateRxCollection<Doc, Checkpoint>({
      replicationIdentifier: `tandem-sync-v1-${peerId}`,
      collection: collection,
      live: true,
      retryTime: 2000,
      waitForLeadership: false,
      autoStart: true,
      toggleOnDocumentVisible: false,
      pull: {
        batchSize,
        stream$: stream.asObservable(),
        handler: async (checkpoint, size) => {
          const raw = await channel.request({
            op: 'pull',
            collection: name,
            checkpoint: checkpoint ?? null,
            batchSize: size,
          });
          const parsed = pullResultSchema.safeParse(raw);
          if (!parsed.success) {
            channel.close('sync.invalid_message');
            throw new SyncError('sync.invalid_message');
          }
          return {
            checkpoint: parsed.data.checkpoint ?? undefined,
            documents: checkDocs(validate, parsed.data.documents),
          };
        },
      },
      push: {
        batchSize,
        handler: async (rows) => {
          const raw = await channel.request({ op: 'push', collection: name, rows });
          const parsed = pushResultSchema.safeParse(raw);
          if (!parsed.success) {
            channel.close('sync.invalid_message');
            throw new SyncError('sync.invalid_message');
          }
          return checkDocs(validate, parsed.data);
        },
      },
    });
    states.push(state);
    subscriptions.push(
      state.received$.subscribe(() =>
        options.onProgress?.({ collection: name, direction: 'received', documents: 1 }),
      ),
      state.sent$.subscribe(() =>
        options.onProgress?.({ collection: name, direction: 'sent', documents: 1 }),
      ),
      state.error$.subscribe((error) => options.onError?.(error)),
      state.active$.subscribe((active) => {
        activity.set(name, active);
        options.onActive?.([...activity.values()].some(Boolean));
      }),
    );
  }

  return {
    async syncRound() {
      for (const state of states) {
        state.reSync();
      }
      const closed = channel.closed.then((reason) => {
        throw new SyncError(reason ?? 'sync.closed');
      });
      await Promise.race([Promise.all(states.map((state) => state.awaitInSync())), closed]);
      if (!channel.isOpen) {
        throw new SyncError('sync.closed');
      }
    },
    receive(event) {
      const stream = streams.get(event.collection);
      const validate = checks.get(event.collection);
      if (stream === undefined || validate === undefined) {
        channel.close('sync.unknown_collection');
        return;
      }
      if (event.checkpoint === null || event.checkpoint === undefined) {
        channel.close('sync.invalid_message');
        return;
      }
      try {
        stream.next({
          checkpoint: event.checkpoint,
          documents: checkDocs(validate, event.documents),
        });
      } catch {
        channel.close('sync.invalid_document');
      }
    },
    async cancel() {
      for (const subscription of subscriptions) {
        subscription.unsubscribe();
      }
      for (const stream of streams.values()) {
        stream.complete();
      }
      await Promise.all(states.map((state) => state.cancel()));
    },
  };
}
