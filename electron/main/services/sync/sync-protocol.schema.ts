import { z } from 'zod';

/**
 * Wire protocol of peer sync, version {@link PROTOCOL_VERSION}. Every frame is one JSON object;
 * after the TLS pin check the client sends `hello`, the server answers `hello` (or `refuse`),
 * then both sides exchange requests, responses and change events. Document contents are
 * validated separately, against the collection schema (document-validator.ts).
 */
export const PROTOCOL_VERSION = 1;
export const PROTOCOL_NAME = 'tandem-sync';
/** Most documents in one pull or push; a peer asking for more is refused. */
export const MAX_BATCH = 1000;

const collectionName = z.string().min(1).max(100);
const code = z.string().regex(/^sync\.[a-z_]{1,60}$/);

export const helloSchema = z.object({
  t: z.literal('hello'),
  app: z.literal(PROTOCOL_NAME),
  protocol: z.number().int().nonnegative(),
  deviceId: z.string().max(100),
  /** Synced collections and their schema versions: peers must agree on both. */
  collections: z.record(collectionName, z.number().int().nonnegative()),
});
export type Hello = z.infer<typeof helloSchema>;

export const refuseSchema = z.object({ t: z.literal('refuse'), code });

/** RxDB storage checkpoint of the master: `{ id, lwt }`, or none at the start. */
export const checkpointSchema = z
  .object({ id: z.string().max(2048), lwt: z.number() })
  .strict()
  .nullable()
  .optional();
export type WireCheckpoint = z.infer<typeof checkpointSchema>;

const requestId = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

export const requestSchema = z.discriminatedUnion('op', [
  z.object({
    t: z.literal('req'),
    id: requestId,
    op: z.literal('pull'),
    collection: collectionName,
    checkpoint: checkpointSchema,
    batchSize: z.number().int().min(1).max(MAX_BATCH),
  }),
  z.object({
    t: z.literal('req'),
    id: requestId,
    op: z.literal('push'),
    collection: collectionName,
    rows: z
      .array(
        z
          .object({ newDocumentState: z.unknown(), assumedMasterState: z.unknown().optional() })
          .strict(),
      )
      .max(MAX_BATCH),
  }),
  /** Asks the fork side to finish a round of sync and answer when in sync. */
  z.object({ t: z.literal('req'), id: requestId, op: z.literal('sync') }),
]);
export type SyncRequest = z.infer<typeof requestSchema>;
export type SyncRequestBody = SyncRequest extends infer R
  ? R extends SyncRequest
    ? Omit<R, 't' | 'id'>
    : never
  : never;

export const responseSchema = z.union([
  z.object({ t: z.literal('res'), id: requestId, ok: z.literal(true), result: z.unknown() }),
  z.object({ t: z.literal('res'), id: requestId, ok: z.literal(false), code }),
]);
export type SyncResponse = z.infer<typeof responseSchema>;

/** Master change stream, forwarded so the fork sees edits at once. */
export const changesSchema = z.object({
  t: z.literal('changes'),
  collection: collectionName,
  checkpoint: checkpointSchema,
  documents: z.array(z.unknown()).max(MAX_BATCH * 10),
});
export type ChangesEvent = z.infer<typeof changesSchema>;

export const pullResultSchema = z.object({
  checkpoint: checkpointSchema,
  documents: z.array(z.unknown()).max(MAX_BATCH),
});
export const pushResultSchema = z.array(z.unknown()).max(MAX_BATCH);
export const syncResultSchema = z.object({ inSync: z.literal(true) });
