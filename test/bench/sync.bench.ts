// Benchmark of peer sync over loopback TLS between two encrypted stores in one process.
// Prints one JSON line per figure: initial sync of 10,000 documents, and edit-to-visible latency.
import { performance } from 'node:perf_hooks';

import { filter, firstValueFrom } from 'rxjs';

import {
  closePeer,
  createPeer,
  makeNote,
  pair,
  removePeerFiles,
  tick,
  type TestPeer,
} from '../main/sync/fixtures/sync-peer.fixture';

const DOCS = 10_000;
const EDITS = 60;

const emit = (name: string, value: number, unit: string): void => {
  process.stdout.write(
    `${JSON.stringify({ name, value: Math.round(value * 1000) / 1000, unit })}\n`,
  );
};
const p50 = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function initialSync(): Promise<void> {
  const source = await createPeer();
  const target = await createPeer();
  try {
    await pair(source, target);
    for (let start = 0; start < DOCS; start += 1000) {
      await source.db.notes.bulkInsert(Array.from({ length: 1000 }, (_, i) => makeNote(start + i)));
    }
    globalThis.gc?.();
    const t0 = performance.now();
    await target.service.syncNow(source.identity.deviceId);
    const elapsed = performance.now() - t0;
    const count = await target.db.notes.count().exec();
    if (count !== DOCS) {
      throw new Error(`target has ${String(count)} documents`);
    }
    emit('sync.initial_10k_ms', elapsed, 'ms');
  } finally {
    await cleanup(source, target);
  }
}

async function editVisible(): Promise<void> {
  const a = await createPeer();
  const b = await createPeer();
  try {
    await pair(a, b);
    await a.db.notes.bulkInsert(Array.from({ length: 100 }, (_, i) => makeNote(i)));
    await a.service.syncNow(b.identity.deviceId);
    const times: number[] = [];
    for (let i = 0; i < EDITS; i += 1) {
      // Alternate the editing side: one direction is fork→master, the other master→fork.
      const [writer, reader] = i % 2 === 0 ? [a, b] : [b, a];
      const id = makeNote(i % 100).id;
      const title = `edit ${i}`;
      const seen = firstValueFrom(
        reader.db.notes.findOne(id).$.pipe(filter((doc) => doc?.title === title)),
      );
      const doc = await writer.db.notes.findOne(id).exec();
      const t0 = performance.now();
      await doc?.incrementalPatch({ title, updatedAt: tick() });
      await seen;
      times.push(performance.now() - t0);
    }
    emit('sync.edit_visible_p50_ms', p50(times), 'ms');
  } finally {
    await cleanup(a, b);
  }
}

async function cleanup(...peers: TestPeer[]): Promise<void> {
  for (const peer of peers) {
    await closePeer(peer);
    await removePeerFiles(peer);
  }
}

async function main(): Promise<void> {
  await initialSync();
  await editVisible();
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
