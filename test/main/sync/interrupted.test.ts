import { afterEach, describe, expect, it } from 'vitest';

import {
  closePeer,
  makePeerFiles,
  makeNote,
  openPeer,
  pair,
  readNotes,
  removePeerFiles,
  type PeerFiles,
  type TestPeer,
} from './fixtures/sync-peer.fixture';

const files: PeerFiles[] = [];
const open: TestPeer[] = [];

afterEach(async () => {
  for (const peer of open.splice(0)) {
    await closePeer(peer).catch(() => undefined);
  }
  for (const f of files.splice(0)) {
    await removePeerFiles(f);
  }
});

async function untilCount(peer: TestPeer, atLeast: number): Promise<number> {
  for (;;) {
    const count = await peer.db.notes.count().exec();
    if (count >= atLeast) {
      return count;
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

describe('an interrupted sync', () => {
  it('resumes after the connection is cut mid-transfer and the receiver restarts', async () => {
    const filesA = await makePeerFiles();
    const filesB = await makePeerFiles();
    files.push(filesA, filesB);
    const a = await openPeer(filesA, { batchSize: 50 });
    let b = await openPeer(filesB, { batchSize: 50 });
    open.push(a, b);
    await pair(a, b);
    await a.db.notes.bulkInsert(Array.from({ length: 3000 }, (_, i) => makeNote(i)));

    const sync = b.service.syncNow(a.identity.deviceId);
    const partial = await untilCount(b, 100);
    // Cut every socket of A mid-transfer; the round fails (A is gone) and B restarts.
    await a.service.stop();
    await expect(sync).rejects.toMatchObject({ code: expect.stringMatching(/^sync\./) as unknown });
    await closePeer(b);
    open.splice(open.indexOf(b), 1);
    b = await openPeer(filesB, { batchSize: 50 });
    open.push(b);
    expect(await b.db.notes.count().exec()).toBeGreaterThanOrEqual(partial);
    expect(await b.db.notes.count().exec()).toBeLessThan(3000);

    const address = await a.service.start({ listen: { host: '127.0.0.1', port: 0 } });
    await b.registry.update(a.identity.deviceId, { port: address?.port ?? 0 });
    await b.service.syncNow(a.identity.deviceId);
    expect(await readNotes(b.db)).toEqual(await readNotes(a.db));
    expect(await b.db.notes.count().exec()).toBe(3000);
  });
});
