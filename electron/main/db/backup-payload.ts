import type { TandemDatabase } from './database';
import { toPlain } from './database';
import { codeSchemaVersions, COLLECTIONS } from './collections/registry';

/** The database as one JSON document: what an encrypted backup carries. */
export type BackupPayload = {
  format: 'tandem-backup-payload';
  version: 1;
  schemaVersions: Record<string, number>;
  collections: Record<string, Record<string, unknown>[]>;
};

export class BackupPayloadError extends Error {
  readonly code: string;
  constructor(code: 'backup.payload_invalid' | 'backup.data_too_new', message: string) {
    super(message);
    this.name = 'BackupPayloadError';
    this.code = code;
  }
}

type AnyCollection = {
  find(): { exec(): Promise<{ toJSON(withMeta?: false): Record<string, unknown> }[]> };
  bulkInsert(docs: Record<string, unknown>[]): Promise<{ error: unknown[] }>;
  count(): { exec(): Promise<number> };
};

function collectionOf(db: TandemDatabase, name: string): AnyCollection {
  return (db.collections as unknown as Record<string, AnyCollection>)[name] as AnyCollection;
}

/** Serialises every collection (plain documents, no RxDB metadata). */
export async function exportPayload(db: TandemDatabase): Promise<{ bytes: Uint8Array; documents: number }> {
  const collections: BackupPayload['collections'] = {};
  let documents = 0;
  for (const name of Object.keys(COLLECTIONS)) {
    const docs = await collectionOf(db, name).find().exec();
    collections[name] = docs.map((d) => toPlain(d));
    documents += docs.length;
  }
  const payload: BackupPayload = {
    format: 'tandem-backup-payload',
    version: 1,
    schemaVersions: codeSchemaVersions(),
    collections,
  };
  return { bytes: new TextEncoder().encode(JSON.stringify(payload)), documents };
}

/** Checks a decrypted payload before anything is replaced. */
export function parsePayload(bytes: Uint8Array): BackupPayload {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new BackupPayloadError('backup.payload_invalid', 'The backup content is not readable.');
  }
  const payload = parsed as Partial<BackupPayload>;
  if (payload.format !== 'tandem-backup-payload' || payload.version !== 1 || typeof payload.collections !== 'object') {
    throw new BackupPayloadError('backup.payload_invalid', 'The backup content has an unknown format.');
  }
  const supported = codeSchemaVersions();
  for (const [name, version] of Object.entries(payload.schemaVersions ?? {})) {
    if (supported[name] === undefined || version > (supported[name] ?? -1)) {
      throw new BackupPayloadError('backup.data_too_new', `Backup collection ${name} is newer than this build.`);
    }
  }
  return payload as BackupPayload;
}

/** Writes a parsed payload into an empty database and checks every document arrived. */
export async function importPayload(db: TandemDatabase, payload: BackupPayload): Promise<number> {
  let documents = 0;
  for (const name of Object.keys(COLLECTIONS)) {
    const docs = payload.collections[name] ?? [];
    if (docs.length > 0) {
      const result = await collectionOf(db, name).bulkInsert(docs);
      if (result.error.length > 0) {
        throw new BackupPayloadError('backup.payload_invalid', `Could not restore ${String(result.error.length)} documents.`);
      }
    }
    const count = await collectionOf(db, name).count().exec();
    if (count !== docs.length) {
      throw new BackupPayloadError('backup.payload_invalid', `Restored ${String(count)} of ${String(docs.length)} documents.`);
    }
    documents += count;
  }
  return documents;
}
