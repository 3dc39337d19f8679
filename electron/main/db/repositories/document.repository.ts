import { randomUUID } from 'node:crypto';
import type { MangoQuerySelector, RxCollection, RxDocument } from 'rxdb';
import type { z } from 'zod';
import { AppError } from '../../ipc/errors';
import type { StoredDoc } from '../collections/programme.schemas';
import { toPlain } from '../database';
import type { AuditLogRepository } from './audit-log.repository';

/** What each repository needs from its surroundings (injected, so tests control time and ids). */
export type RepositoryContext = {
  now: () => Date;
  /** This installation; stamped as `updatedBy` for sync's tie-break. */
  deviceId: string;
  newId?: () => string;
  audit: AuditLogRepository;
};

export type Stored<T> = T & { id: string; updatedAt: string };

/** Raised when zod rejects a document on its way into the store. */
export function validationError(error: z.ZodError): AppError {
  const first = error.issues[0];
  return new AppError('validation', 'The record is not valid.', first ? { field: first.path.join('.'), key: first.message } : undefined);
}

/**
 * Plain-object access to one collection: every write is validated by the domain's zod schema,
 * stamped with `updatedAt`, and recorded in the audit log by field names only (never values,
 * which may be personal). Nothing RxDB-specific is returned.
 */
export function createDocumentRepository<S extends z.ZodType<Record<string, unknown>>>(
  collection: RxCollection<StoredDoc>,
  schema: S,
  entity: string,
  context: RepositoryContext,
  /** Top-level fields kept as given although the domain schema does not know them (e.g. `sample`). */
  extraFields: readonly string[] = [],
) {
  type Doc = Stored<z.output<S>>;
  const newId = context.newId ?? randomUUID;

  function parse(value: Record<string, unknown>): z.output<S> {
    const result = schema.safeParse(value);
    if (!result.success) {
      throw validationError(result.error);
    }
    const extras: Record<string, unknown> = {};
    for (const field of extraFields) {
      if (value[field] !== undefined) {
        extras[field] = value[field];
      }
    }
    return { ...result.data, ...extras };
  }

  /**
   * The content a deleted document keeps as its tombstone: identity, sync stamps and neutral
   * values for the schema's required fields, nothing personal. RxDB keeps tombstones (sync
   * needs them to propagate deletions), so without this an erased person's data would linger.
   */
  function scrubbed(current: StoredDoc): StoredDoc {
    const jsonSchema = collection.schema.jsonSchema;
    const out: StoredDoc = { id: current.id, updatedAt: context.now().toISOString(), updatedBy: context.deviceId };
    for (const field of (jsonSchema.required ?? []) as string[]) {
      if (field in out) {
        continue;
      }
      const type = (jsonSchema.properties as Record<string, { type?: unknown }>)[field]?.type;
      out[field] = type === 'number' ? 0 : type === 'boolean' ? false : type === 'object' ? {} : type === 'array' ? [] : '';
    }
    return out;
  }

  async function scrubAndRemove(doc: RxDocument<StoredDoc>): Promise<void> {
    const tombstone = scrubbed(doc.toJSON());
    const replaced = await doc.incrementalModify(() => tombstone);
    await replaced.remove();
  }

  async function get(id: string): Promise<Doc | null> {
    const doc = await collection.findOne(id).exec();
    return doc ? (toPlain(doc) as unknown as Doc) : null;
  }

  async function require(id: string): Promise<Doc> {
    const doc = await get(id);
    if (!doc) {
      throw new AppError('not_found', `No ${entity} ${id}.`);
    }
    return doc;
  }

  return {
    get,
    require,
    async find(selector: MangoQuerySelector<StoredDoc> = {}): Promise<Doc[]> {
      const docs = await collection.find({ selector }).exec();
      return docs.map((d) => toPlain(d) as unknown as Doc);
    },
    async count(selector: MangoQuerySelector<StoredDoc> = {}): Promise<number> {
      return collection.count({ selector }).exec();
    },
    /** Inserts a new document; `id` is generated unless given. */
    async insert(value: Record<string, unknown>, audit: { action?: string; flagged?: boolean; details?: Record<string, string | number | boolean | null> } = {}): Promise<Doc> {
      const id = typeof value.id === 'string' ? value.id : newId();
      const data = parse({ ...value, id });
      const doc = { ...data, id, updatedAt: context.now().toISOString(), updatedBy: context.deviceId } as StoredDoc;
      await collection.insert(doc);
      await context.audit.append({
        action: audit.action ?? `${entity}.created`,
        entity,
        entityId: id,
        details: audit.details ?? {},
        ...(audit.flagged ? { flagged: true } : {}),
      });
      return doc as unknown as Doc;
    },
    /** Inserts many in one batch (one audit entry); all are validated before anything is written. */
    async insertMany(values: Record<string, unknown>[], action = `${entity}.imported`): Promise<Doc[]> {
      const stamp = context.now().toISOString();
      const docs = values.map((value) => {
        const id = typeof value.id === 'string' ? value.id : newId();
        const doc: StoredDoc = { ...parse({ ...value, id }), id, updatedAt: stamp, updatedBy: context.deviceId };
        return doc;
      });
      const result = await collection.bulkInsert(docs);
      // Whatever was written is audited, also when some rows failed (e.g. an id that exists).
      await context.audit.append({
        action,
        entity,
        entityId: '*',
        details: { count: result.success.length, failed: result.error.length },
      });
      if (result.error.length > 0) {
        throw new AppError('conflict', `${String(result.error.length)} records could not be saved.`, {
          saved: result.success.length,
          failed: result.error.length,
        });
      }
      return docs as unknown as Doc[];
    },
    /** Applies a patch to the stored document, re-validates the whole, and audits the changed fields. */
    async update(id: string, patch: Record<string, unknown>, audit: { action?: string; flagged?: boolean } = {}): Promise<Doc> {
      const doc = await collection.findOne(id).exec();
      if (!doc) {
        throw new AppError('not_found', `No ${entity} ${id}.`);
      }
      let changed: string[] = [];
      let stored: StoredDoc | undefined;
      // Built from the state the modifier is handed, not an earlier read, so a change that
      // arrived by sync in between is kept rather than overwritten with stale values.
      await doc.incrementalModify((latest) => {
        const current = toPlain(latest) as Record<string, unknown>;
        const next = parse({ ...current, ...patch, id });
        changed = Object.keys(patch).filter((key) => JSON.stringify(current[key]) !== JSON.stringify(patch[key]));
        const written: StoredDoc = { ...next, id, updatedAt: context.now().toISOString(), updatedBy: context.deviceId };
        stored = written;
        return written;
      });
      await context.audit.append({
        action: audit.action ?? `${entity}.updated`,
        entity,
        entityId: id,
        details: { fields: changed.join(',') },
        ...(audit.flagged ? { flagged: true } : {}),
      });
      return stored as unknown as Doc;
    },
    async remove(id: string, action = `${entity}.deleted`): Promise<void> {
      const doc = await collection.findOne(id).exec();
      if (!doc) {
        throw new AppError('not_found', `No ${entity} ${id}.`);
      }
      await scrubAndRemove(doc);
      await context.audit.append({ action, entity, entityId: id, details: {} });
    },
    /** Removes every document matching the selector (one audit entry with the count). */
    async removeWhere(selector: MangoQuerySelector<StoredDoc>, action = `${entity}.deleted`): Promise<number> {
      const docs = await collection.find({ selector }).exec();
      if (docs.length > 0) {
        for (const doc of docs) {
          await scrubAndRemove(doc);
        }
        await context.audit.append({ action, entity, entityId: '*', details: { count: docs.length } });
      }
      return docs.length;
    },
  };
}

export type DocumentRepository<S extends z.ZodType<Record<string, unknown>>> = ReturnType<typeof createDocumentRepository<S>>;
