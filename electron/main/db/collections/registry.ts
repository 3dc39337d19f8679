import type { MigrationStrategies, RxJsonSchema } from 'rxdb';
import { auditLogSchemaV0 } from './audit-log.schema';
import type { AuditEntryDoc } from './audit-log.schema';
import {
  exclusionsSchemaV0,
  feedbackSchemaV0,
  meetingsSchemaV0,
  orgLinksSchemaV0,
  participantsSchemaV0,
  programmeSettingsSchemaV0,
  roundsSchemaV0,
  tandemsSchemaV0,
  topicsSchemaV0,
} from './programme.schemas';
import type { StoredDoc } from './programme.schemas';

/**
 * Every collection of the programme store, with its current schema and the migration
 * strategies from each older version (one file per step in ../migrations, never edited once
 * shipped). Adding a collection or a version is a change here and nowhere else.
 */
export type CollectionSpec<T> = {
  schema: RxJsonSchema<T>;
  migrationStrategies: MigrationStrategies;
};

/** Every collection resolves sync conflicts the same deterministic way (see ../conflict-handler). */

const v0 = (schema: RxJsonSchema<StoredDoc>): CollectionSpec<StoredDoc> => ({ schema, migrationStrategies: {} });

export const COLLECTIONS = {
  participants: v0(participantsSchemaV0),
  topics: v0(topicsSchemaV0),
  'org-links': v0(orgLinksSchemaV0),
  rounds: v0(roundsSchemaV0),
  tandems: v0(tandemsSchemaV0),
  meetings: v0(meetingsSchemaV0),
  feedback: v0(feedbackSchemaV0),
  exclusions: v0(exclusionsSchemaV0),
  'programme-settings': v0(programmeSettingsSchemaV0),
  'audit-log': { schema: auditLogSchemaV0, migrationStrategies: {} } satisfies CollectionSpec<AuditEntryDoc>,
};

/** The collections that sync between HR laptops (everything programme-related). */
export const PROGRAMME_COLLECTIONS = Object.keys(COLLECTIONS) as (keyof typeof COLLECTIONS)[];

export type CollectionName = keyof typeof COLLECTIONS;

/** The schema version per collection this build writes; data with a higher one is refused. */
export function codeSchemaVersions(): Record<string, number> {
  return Object.fromEntries(Object.entries(COLLECTIONS).map(([name, spec]) => [name, spec.schema.version]));
}
