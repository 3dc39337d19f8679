import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { createRxDatabase, type RxCollection, type RxDatabase } from 'rxdb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { getRxStorageEncryptedJournal, StoreLockedError, WrongKeyError } from '../../../electron/main/db/storage';
import { makeParticipant, makeTempDir, newKey, participantSchema, type ParticipantDoc } from './fixtures/participant.fixture';

type Collections = { participants: RxCollection<ParticipantDoc> };

let dir = '';
let cleanup: () => Promise<void> = () => Promise.resolve();

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(async () => {
  await cleanup();
});

async function openDb(key: Uint8Array, directory = dir, compactMinBytes?: number, name = 'tandemdb'): Promise<RxDatabase<Collections>> {
  const db = await createRxDatabase<Collections>({
    name,
    storage: getRxStorageEncryptedJournal({ directory, key, ...(compactMinBytes === undefined ? {} : { compactMinBytes }) }),
    multiInstance: false,
  });
  await db.addCollections({ participants: { schema: participantSchema } });
  return db;
}

describe('encrypted journal storage', () => {
  it('keeps inserts, updates and deletes across a reopen', async () => {
    const key = newKey();
    const db = await openDb(key);
    await db.participants.bulkInsert([1, 2, 3].map((n) => makeParticipant(n)));
    const doc = await db.participants.findOne('p-0000002').exec(true);
    await doc.incrementalPatch({ department: 'Changed' });
    await (await db.participants.findOne('p-0000003').exec(true)).remove();
    await db.close();

    const again = await openDb(key);
    const docs = await again.participants.find({ sort: [{ id: 'asc' }] }).exec();
    expect(docs.map((d) => d.id)).toEqual(['p-0000001', 'p-0000002']);
    expect(docs[1]?.department).toBe('Changed');
    const byIndex = await again.participants.find({ selector: { department: 'Changed' } }).exec();
    expect(byIndex.map((d) => d.id)).toEqual(['p-0000002']);
    await again.close();
  });

  it('keeps data across compactions', async () => {
    const key = newKey();
    const db = await openDb(key, dir, 1);
    for (let round = 0; round < 5; round += 1) {
      await db.participants.bulkUpsert([1, 2, 3, 4].map((n) => makeParticipant(n, { seniority: round })));
    }
    await db.close();
    const files = await readdir(dir);
    expect(files.some((f) => f.endsWith('.snap'))).toBe(true);
    const again = await openDb(key);
    const docs = await again.participants.find().exec();
    expect(docs.map((d) => d.seniority)).toEqual([4, 4, 4, 4]);
    await again.close();
  });

  it('writes no names, ids, field names or values in plaintext', async () => {
    const key = newKey();
    const db = await openDb(key, dir, 1);
    await db.participants.insert(makeParticipant(42, { firstName: 'Zebulon', lastName: 'Quartermaine', email: 'zq@secret.example' }));
    await db.close();
    const needles = ['Zebulon', 'Quartermaine', 'zq@secret', 'p-0000042', 'firstName', 'department', 'participants', 'tandemdb', 'seniority', '_rev', '_deleted', 'mentee'];
    const files = await readdir(dir);
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) {
      const bytes = await readFile(join(dir, file));
      for (const needle of needles) {
        expect(file.includes(needle)).toBe(false);
        expect(bytes.includes(Buffer.from(needle, 'utf8')), `${needle} in ${file}`).toBe(false);
        expect(bytes.includes(Buffer.from(needle, 'utf16le')), `${needle} (utf16) in ${file}`).toBe(false);
      }
    }
  });

  it('refuses a wrong key with WrongKeyError and leaves the store intact', async () => {
    const key = newKey();
    const db = await openDb(key);
    await db.participants.insert(makeParticipant(1));
    await db.close();
    await expect(openDb(newKey())).rejects.toBeInstanceOf(WrongKeyError);
    const again = await openDb(key);
    expect(await again.participants.count().exec()).toBe(1);
    await again.close();
  });

  it('refuses a second opener in the same process until the first closes', async () => {
    const key = newKey();
    const db = await openDb(key);
    // Another database name, so RxDB's own duplicate check does not answer first.
    await expect(openDb(key, dir, undefined, 'otherdb')).rejects.toBeInstanceOf(StoreLockedError);
    await db.close();
    const again = await openDb(key);
    await again.close();
  });

  it('takes over a stale lock left by a dead process', async () => {
    const key = newKey();
    const db = await openDb(key);
    await db.close();
    // pid 2^22+1 is above Linux's pid_max default range and so never alive.
    await writeFile(join(dir, 'store.lock'), JSON.stringify({ pid: 4_194_305, token: 'stale' }));
    const again = await openDb(key);
    await again.close();
  });
});
