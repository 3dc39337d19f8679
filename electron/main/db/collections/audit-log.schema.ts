import type { RxJsonSchema } from 'rxdb';

/** One entry of the append-only audit log: who changed what, when, on which device. */
export type AuditEntryDoc = {
  id: string;
  at: string;
  deviceId: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  /** Non-personal details only (field names, counts, reasons), never the changed values. */
  details: Record<string, string | number | boolean | null>;
  flagged: boolean;
  updatedAt: string;
  updatedBy?: string;
};

export const auditLogSchemaV0: RxJsonSchema<AuditEntryDoc> = {
  title: 'audit-log',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 64 },
    at: { type: 'string', maxLength: 32 },
    deviceId: { type: 'string', maxLength: 128 },
    actor: { type: 'string', maxLength: 200 },
    action: { type: 'string', maxLength: 64 },
    entity: { type: 'string', maxLength: 64 },
    entityId: { type: 'string', maxLength: 128 },
    details: { type: 'object' },
    flagged: { type: 'boolean' },
    updatedAt: { type: 'string', maxLength: 32 },
    updatedBy: { type: 'string', maxLength: 128 },
  },
  required: ['id', 'at', 'deviceId', 'actor', 'action', 'entity', 'entityId', 'details', 'flagged', 'updatedAt'],
  indexes: ['at', ['entity', 'entityId', 'at']],
};
