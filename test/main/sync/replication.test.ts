import { afterEach, describe, expect, it } from 'vitest';

import {
  closePeer,
  createPeer,
  makeNote,
  pair,
  readNotes,
  removePeerFiles,
  tick,
  waitForNotes,
  type TestPeer,
} from './fixtures/sync-peer.fixture';

const open: TestPeer[] = [];
async function peers(): Promise<[TestPeer, TestPeer]> {
  const a = await createPeer();
  const b = await createPeer();
  open.push(a, b);
  await pair(a, b);
  return [a, b];
}

afterEach(async () => {
  for (const peer of open.splice(0)) {
    await closePeer(peer).catch(() => undefined);
    await removePeerFiles(peer);
  }
});

describe('replication over loopback TLS', () => {
  it('copies an initial data set to an empty peer, whichever side starts', async () => {
    const [a, b] = await peers();
    await a.db.notes.bulkInsert(Array.from({ length: 250 }, (_, i) => makeNote(i)));
    await b.service.syncNow(a.identity.deviceId);
    expect(await readNotes(b.db)).toEqual(await readNotes(a.db));
    expect(b.service.status()[0]).toMatchObject({
      state: 'idle',
      lastErrorCode: null,
      connected: true,
    });
    expect(b.service.status()[0]?.lastSyncAt).not.toBeNull();
  });

  it('carries edits both ways on a live connection', async () => {
    const [a, b] = await peers();
    await a.db.notes.insert(makeNote(1));
    await a.service.syncNow(b.identity.deviceId);
    await b.db.notes.insert(makeNote(2));
    await waitForNotes(a.db, (notes) => notes.length === 2);
    const doc = await a.db.notes.findOne('note-000001').exec();
    await doc?.incrementalPatch({ title: 'edited on A', updatedAt: tick() });
    await waitForNotes(
      b.db,
      (notes) => notes.find((n) => n.id === 'note-000001')?.title === 'edited on A',
    );
  });

  it('propagates deletions, and a deletion beats a concurrent later edit', async () => {
    const [a, b] = await peers();
    await a.db.notes.bulkInsert([makeNote(1), makeNote(2)]);
    await a.service.syncNow(b.identity.deviceId);
    await a.service.stop();
    await b.service.stop();
    await (await a.db.notes.findOne('note-000001').exec())?.remove();
    await (
      await b.db.notes.findOne('note-000001').exec()
    )?.incrementalPatch({ title: 'edited later', updatedAt: tick() });
    await (await b.db.notes.findOne('note-000002').exec())?.remove();
    const addressA = await a.service.start({ listen: { host: '127.0.0.1', port: 0 } });
    await b.registry.update(a.identity.deviceId, { port: addressA?.port ?? 0 });
    await b.service.syncNow(a.identity.deviceId);
    expect(await readNotes(a.db)).toEqual([]);
    expect(await readNotes(b.db)).toEqual([]);
  });

  it('merges offline edits on reconnect: newest updatedAt wins, both converge', async () => {
    const [a, b] = await peers();
    await a.db.notes.bulkInsert([makeNote(1), makeNote(2), makeNote(3)]);
    await a.service.syncNow(b.identity.deviceId);
    await a.service.stop();
    await b.service.stop();
    const older = tick();
    const newer = tick();
    await (
      await a.db.notes.findOne('note-000001').exec()
    )?.incrementalPatch({ title: 'A newer', updatedAt: newer });
    await (
      await b.db.notes.findOne('note-000001').exec()
    )?.incrementalPatch({ title: 'B older', updatedAt: older });
    await (
      await b.db.notes.findOne('note-000002').exec()
    )?.incrementalPatch({ title: 'B only', updatedAt: tick() });
    await a.db.notes.insert(makeNote(4));
    await b.db.notes.insert(makeNote(5));
    const addressB = await b.service.start({ listen: { host: '127.0.0.1', port: 0 } });
    await a.registry.update(b.identity.deviceId, { port: addressB?.port ?? 0 });
    await a.service.syncNow(b.identity.deviceId);
    const notesA = await readNotes(a.db);
    expect(await readNotes(b.db)).toEqual(notesA);
    expect(notesA.map((n) => n.title)).toEqual(['A newer', 'B only', 'Note 3', 'Note 4', 'Note 5']);
  });
});
