import { randomBytes } from 'node:crypto';

import fc from 'fast-check';
import { createRxDatabase, type MangoQuery, type RxDatabase } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { describe, expect, it } from 'vitest';

import { makeParticipant, makeTempDir, newKey, participantSchema, type ParticipantDoc } from './fixtures/participant.fixture';
import { openStore, readParticipants, type OpenStore, type StoreCollections } from './fixtures/store-db.fixture';

type Op =
  | { kind: 'insert'; n: number; seniority: number }
  | { kind: 'upsert'; n: number; seniority: number; department: string }
  | { kind: 'remove'; n: number }
  | { kind: 'query'; department: string; minSeniority: number; limit: number }
  | { kind: 'reopen' }
  | { kind: 'compact' };

const departments = ['IT', 'HR', 'Sales'];
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), n: fc.nat(15), seniority: fc.nat(40) }),
  fc.record({ kind: fc.constant('upsert' as const), n: fc.nat(15), seniority: fc.nat(40), department: fc.constantFrom(...departments) }),
  fc.record({ kind: fc.constant('remove' as const), n: fc.nat(15) }),
  fc.record({ kind: fc.constant('query' as const), department: fc.constantFrom(...departments), minSeniority: fc.nat(40), limit: fc.integer({ min: 1, max: 10 }) }),
  fc.constant({ kind: 'reopen' as const }),
  fc.constant({ kind: 'compact' as const }),
);

/** Applies one operation; the outcome (result or error kind) is what both storages must agree on. */
async function apply(db: RxDatabase<StoreCollections>, op: Op): Promise<unknown> {
  const c = db.participants;
  try {
    switch (op.kind) {
      case 'insert':
        await c.insert(makeParticipant(op.n, { seniority: op.seniority }));
        return 'ok';
      case 'upsert':
        await c.upsert(makeParticipant(op.n, { seniority: op.seniority, department: op.department }));
        return 'ok';
      case 'remove': {
        const doc = await c.findOne(makeParticipant(op.n).id).exec();
        await doc?.remove();
        return doc === null ? 'absent' : 'removed';
      }
      case 'query': {
        const selector = { department: op.department, seniority: { $gte: op.minSeniority } };
        const query: MangoQuery<ParticipantDoc> = { selector, sort: [{ seniority: 'asc' }, { id: 'asc' }], limit: op.limit };
        const docs = await c.find(query).exec();
        const count = await c.count({ selector }).exec();
        return { ids: docs.map((d) => `${d.id}:${String(d.seniority)}`), count };
      }
      default:
        return 'ok';
    }
  } catch (error) {
    return `error ${error instanceof Error && 'code' in error ? String(error.code) : 'other'}`;
  }
}

describe('differential against RxDB memory storage', () => {
  it('gives the same results for random inserts, updates, deletes, queries, reopens and compactions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 40 }), async (ops) => {
        const temp = await makeTempDir('tandem-diff-');
        const key = newKey();
        const reference = await createRxDatabase<StoreCollections>({ name: `ref${randomBytes(6).toString('hex')}`, storage: getRxStorageMemory(), multiInstance: false });
        await reference.addCollections({ participants: { schema: participantSchema } });
        let store: OpenStore = await openStore({ directory: temp.dir, key, compactMinBytes: 2048 });
        try {
          for (const op of ops) {
            if (op.kind === 'reopen') {
              await store.db.close();
              store = await openStore({ directory: temp.dir, key, compactMinBytes: 2048 });
            } else if (op.kind === 'compact') {
              await store.storage.compact();
            } else {
              expect(await apply(store.db, op), JSON.stringify(op)).toEqual(await apply(reference, op));
            }
          }
          await store.db.close();
          store = await openStore({ directory: temp.dir, key });
          expect(await readParticipants(store.db)).toEqual(await readParticipants(reference));
        } finally {
          await store.db.close();
          await reference.remove();
          await temp.cleanup();
        }
      }),
      { numRuns: Number(process.env.TANDEM_DIFF_RUNS ?? 40) },
    );
  }, 120_000);
});
