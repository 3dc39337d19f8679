import type { MigrationStrategies, RxJsonSchema } from 'rxdb';
import { auditLogSchemaV0 } from './audit-log.schema';
import type { AuditEntryDoc } from './audit-log.schema';

/**
 * Every collection of the programme store, with its current schema and the migration
 * strategies from each older version (one file per step in ../migrations, never edited once
 * shipped). Adding a collection or a version is a change here and nowhere else.
 */
export type CollectionSpec<T> = {
  schema: RxJsonSchema<T>;
  migrationStrategies: MigrationStrategies;
};

export const COLLECTIONS = {
  'audit-log': { schema: auditLogSchemaV0, migrationStrategies: {} } satisfies CollectionSpec<AuditEntryDoc>,
};

export type CollectionName = keyof typeof COLLECTIONS;

/** The schema version per collection this build writes; data with a higher one is refused. */
export function codeSchemaVersions(): Record<string, number> {
  return Object.fromEntries(Object.entries(COLLECTIONS).map(([name, spec]) => [name, spec.schema.version]));
}
