import { addRxPlugin, createRxDatabase } from 'rxdb';
import type { RxCollection, RxDatabase } from 'rxdb';
import { RxDBJsonDumpPlugin } from 'rxdb/plugins/json-dump';
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import type { AuditEntryDoc } from './collections/audit-log.schema';
import type { StoredDoc } from './collections/programme.schemas';
import { codeSchemaVersions, COLLECTIONS } from './collections/registry';
import { createSyncConflictHandler } from './conflict-handler';
import { getRxStorageEncryptedJournal } from './storage';

addRxPlugin(RxDBMigrationSchemaPlugin);
addRxPlugin(RxDBLocalDocumentsPlugin);
addRxPlugin(RxDBJsonDumpPlugin);

export type TandemCollections = {
  participants: RxCollection<StoredDoc>;
  topics: RxCollection<StoredDoc>;
  'org-links': RxCollection<StoredDoc>;
  rounds: RxCollection<StoredDoc>;
  tandems: RxCollection<StoredDoc>;
  meetings: RxCollection<StoredDoc>;
  feedback: RxCollection<StoredDoc>;
  exclusions: RxCollection<StoredDoc>;
  'programme-settings': RxCollection<StoredDoc>;
  'audit-log': RxCollection<AuditEntryDoc>;
};

export type TandemDatabase = RxDatabase<TandemCollections>;

/** Data written by a newer Tandem: opening it with this build could lose fields, so we refuse. */
export class DataTooNewError extends Error {
  readonly code = 'store.data_too_new';
  constructor(readonly collection: string, readonly stored: number, readonly supported: number) {
    super(`Collection ${collection} has schema version ${stored}; this build supports up to ${supported}.`);
    this.name = 'DataTooNewError';
  }
}

const FORMAT_DOC = 'schema-versions';

type FormatDoc = { versions: Record<string, number> };

/**
 * Opens (or creates) the encrypted programme database in `directory` with the data key, refusing
 * data from a newer build, and adds every collection (running migrations where needed).
 */
export async function openTandemDatabase(options: { directory: string; key: Uint8Array }): Promise<TandemDatabase> {
  const db = await createRxDatabase<TandemCollections>({
    name: 'tandem',
    storage: getRxStorageEncryptedJournal({ directory: options.directory, key: options.key }),
    multiInstance: false,
    eventReduce: true,
    localDocuments: true,
  });
  try {
    const supported = codeSchemaVersions();
    const stored = await db.getLocal<FormatDoc>(FORMAT_DOC);
    const storedVersions = stored?.get('versions') as Record<string, number> | undefined;
    for (const [name, version] of Object.entries(storedVersions ?? {})) {
      const max = supported[name];
      if (max === undefined || version > max) {
        throw new DataTooNewError(name, version, max ?? -1);
      }
    }
    await db.addCollections(
      Object.fromEntries(
        Object.entries(COLLECTIONS).map(([name, spec]) => [
          name,
          {
            schema: spec.schema,
            migrationStrategies: spec.migrationStrategies,
            autoMigrate: true,
            conflictHandler: createSyncConflictHandler(),
          },
        ]),
      ),
    );
    await db.upsertLocal<FormatDoc>(FORMAT_DOC, { versions: supported });
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** A stored document as a plain object: no RxDB metadata (`_rev`, `_meta`, …) crosses IPC. */
export function toPlain<T extends object>(doc: { toJSON(withMetaFields?: false): T } | T): T {
  const json = 'toJSON' in doc && typeof doc.toJSON === 'function' ? doc.toJSON(false) : doc;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json as Record<string, unknown>)) {
    if (!key.startsWith('_')) {
      out[key] = value;
    }
  }
  return out as T;
}
