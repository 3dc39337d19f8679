import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { addRxPlugin, type RxCollection, type RxStorage } from 'rxdb';
import { disableWarnings, RxDBDevModePlugin } from 'rxdb/plugins/dev-mode';
import { replicateRxCollection } from 'rxdb/plugins/replication';
import {
  getPullHandler,
  getPullStream,
  getPushHandler,
  humansCollection,
  runReplicationBaseTestSuite,
  setConfig,
} from 'rxdb/plugins/test-utils';
import type { HumanDocumentType } from 'rxdb/plugins/test-utils';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { getRxStorageEncryptedJournal } from '../../../electron/main/db/storage';
import { newKey } from './fixtures/participant.fixture';


// The suite opens databases with ignoreDuplicate, which RxDB only allows in dev-mode.
addRxPlugin(RxDBDevModePlugin);
disableWarnings();

// RxDB's suite is written for mocha globals; vitest provides the same shape.
Object.assign(globalThis, { describe, it });

const dirs: string[] = [];
const key = newKey();

/** Every RxDB test database gets its own store directory (one store, one owner). */
const freshStorage = (): RxStorage<unknown, unknown> => {
  const directory = mkdtempSync(join(tmpdir(), 'tandem-repl-'));
  dirs.push(directory);
  // Dev-mode insists on a validator at the top; ours sits right under it.
  return wrappedValidateAjvStorage({ storage: getRxStorageEncryptedJournal({ directory, key, compactMinBytes: 4096 }) });
};

setConfig({
  storage: {
    name: 'tandem-encrypted-journal',
    getStorage: freshStorage,
    getPerformanceStorage: () => ({ storage: freshStorage(), description: 'tandem-encrypted-journal' }),
    hasPersistence: true,
    hasMultiInstance: false,
    hasAttachments: false,
    hasReplication: true,
  },
});

let server: RxCollection<HumanDocumentType> | undefined;
const remote = (): RxCollection<HumanDocumentType> => {
  if (server === undefined) {
    throw new Error('server collection not ready');
  }
  return server;
};

const replicate = (collection: RxCollection<HumanDocumentType>, live: boolean) =>
  replicateRxCollection({
    collection,
    replicationIdentifier: 'tandem-replication-suite',
    live,
    pull: { handler: getPullHandler(remote()), stream$: getPullStream(remote()) },
    push: { handler: getPushHandler(remote()) },
  });

describe('RxDB replication base suite on the encrypted journal storage', () => {
  beforeAll(async () => {
    // The "server" is a plain memory collection; the clients under test use our storage.
    server = await humansCollection.create(0, 'server', false, true, wrappedValidateAjvStorage({ storage: getRxStorageMemory() }));
  });
  afterAll(async () => {
    await server?.database.close();
    // Guard against the suite silently running on another storage.
    expect(dirs.filter((dir) => readdirSync(dir).some((name) => name.endsWith('.jnl'))).length).toBeGreaterThan(3);
    for (const dir of dirs) {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  runReplicationBaseTestSuite({
    startReplication: (collection) => replicate(collection, true),
    syncOnce: async (collection) => {
      const state = replicate(collection, false);
      await state.awaitInitialReplication();
      await state.cancel();
    },
    getAllServerDocs: async (): Promise<unknown[]> => {
      const docs = await remote().find().exec();
      return docs.map((doc) => doc.toJSON());
    },
    cleanUpServer: async () => {
      await remote().find().remove();
    },
    getPrimaryOfServerDoc: (doc: { passportId: string }) => doc.passportId,
  });
});
