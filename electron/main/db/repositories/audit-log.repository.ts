import { randomUUID } from 'node:crypto';
import type { AuditEntryDoc } from '../collections/audit-log.schema';
import type { TandemDatabase } from '../database';
import { toPlain } from '../database';

export type AuditEntryInput = Omit<AuditEntryDoc, 'id' | 'at' | 'deviceId' | 'updatedAt' | 'flagged' | 'actor'> & {
  flagged?: boolean;
};

export type AuditContext = { deviceId: string; actor: string; now: () => Date };

/** Append-only: there is no update or delete here, on purpose. */
export function createAuditLogRepository(db: TandemDatabase, context: AuditContext) {
  const collection = db['audit-log'];
  return {
    async append(entry: AuditEntryInput): Promise<AuditEntryDoc> {
      const at = context.now().toISOString();
      const doc: AuditEntryDoc = {
        id: randomUUID(),
        at,
        updatedAt: at,
        updatedBy: context.deviceId,
        deviceId: context.deviceId,
        actor: context.actor,
        flagged: entry.flagged ?? false,
        action: entry.action,
        entity: entry.entity,
        entityId: entry.entityId,
        details: entry.details,
      };
      await collection.insert(doc);
      return doc;
    },
    /** Newest first; optionally for one entity. */
    async list(filter: { entity?: string; entityId?: string; limit?: number } = {}): Promise<AuditEntryDoc[]> {
      const selector: Record<string, string> = {};
      if (filter.entity) {
        selector.entity = filter.entity;
      }
      if (filter.entityId) {
        selector.entityId = filter.entityId;
      }
      const docs = await collection
        .find({ selector, sort: [{ at: 'desc' }], limit: filter.limit ?? 500 })
        .exec();
      return docs.map((d) => toPlain<AuditEntryDoc>(d));
    },
  };
}

export type AuditLogRepository = ReturnType<typeof createAuditLogRepository>;
