// Benchmark of the encrypted journal storage against RxDB's memory storage
// (the no-persistence ceiling). Prints one JSON line per figure.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { createRxDatabase, type RxDatabase, type RxStorage } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';

import { getRxStorageEncryptedJournal } from '../../electron/main/db/storage';
import { makeParticipant, participantSchema } from '../main/storage/fixtures/participant.fixture';
import type { StoreCollections } from '../main/storage/fixtures/store-db.fixture';

const DOCS = 50_000;
const BATCH = 1000;

const emit = (name: string, value: number, unit: string): void => {
  process.stdout.write(`${JSON.stringify({ name, value: Math.round(value * 1000) / 1000, unit })}\n`);
};
const p50 = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function open(storage: RxStorage<unknown, unknown>, name: string): Promise<RxDatabase<StoreCollections>> {
  const db = await createRxDatabase<StoreCollections>({ name, storage, multiInstance: false, eventReduce: true });
  await db.addCollections({ participants: { schema: participantSchema } });
  return db;
}

async function run(prefix: string, makeStorage: () => RxStorage<unknown, unknown>): Promise<void> {
  const name = `bench${randomBytes(4).toString('hex')}`;
  let db = await open(makeStorage(), name);

  const batchTimes: number[] = [];
  for (let start = 0; start < DOCS; start += BATCH) {
    const docs = Array.from({ length: BATCH }, (_, i) => makeParticipant(start + i));
    const t0 = performance.now();
    await db.participants.bulkInsert(docs);
    batchTimes.push(performance.now() - t0);
  }
  // Throughput over the middle batches: the store is neither empty nor cold.
  const steady = batchTimes.slice(5);
  emit(`${prefix}.write_batch_docs_per_s`, (steady.length * BATCH) / (steady.reduce((a, b) => a + b, 0) / 1000), 'docs/s');

  const singles: number[] = [];
  for (let i = 0; i < 300; i += 1) {
    const t0 = performance.now();
    await db.participants.insert(makeParticipant(DOCS + i));
    singles.push(performance.now() - t0);
  }
  emit(`${prefix}.write_single_p50_ms`, p50(singles), 'ms');

  const queries: number[] = [];
  const departments = ['IT', 'HR', 'Finance', 'Sales', 'Legal', 'Ops', 'Marketing', 'Research'];
  for (let i = 0; i < 200; i += 1) {
    const department = departments[Math.floor(i / 30) % departments.length] ?? 'IT';
    const t0 = performance.now();
    // Distinct parameters each time, so RxDB's query cache cannot answer.
    const docs = await db.participants.find({ selector: { department, seniority: { $gte: i % 30 } }, sort: [{ seniority: 'asc' }, { id: 'asc' }], limit: 50 }).exec();
    queries.push(performance.now() - t0);
    if (docs.length === 0) {
      throw new Error('query found nothing');
    }
  }
  emit(`${prefix}.query_p50_ms`, p50(queries), 'ms');

  await db.close();
  globalThis.gc?.();
  const t0 = performance.now();
  db = await open(makeStorage(), name);
  const count = await db.participants.count().exec();
  emit(`${prefix}.open_50k_ms`, performance.now() - t0, 'ms');
  if (count < DOCS) {
    throw new Error(`reopened store has ${String(count)} documents`);
  }
  await db.remove();
}

async function main(): Promise<void> {
  // The memory storage keeps its state in a module map after close, so its "open" is a re-attach: the ceiling.
  await run('memory', () => getRxStorageMemory());
  const directory = await mkdtemp(join(tmpdir(), 'tandem-bench-'));
  try {
    const key = new Uint8Array(randomBytes(32));
    await run('store', () => getRxStorageEncryptedJournal({ directory, key }));
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
