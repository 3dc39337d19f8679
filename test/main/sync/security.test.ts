import { afterEach, describe, expect, it } from 'vitest';

import {
  createDeviceIdentity,
  restoreDeviceIdentity,
  type DeviceIdentity,
} from '../../../electron/main/services/sync/device-identity';
import type { SyncEvent } from '../../../electron/main/services/sync/sync.service';
import {
  closePeer,
  createPeer,
  makeNote,
  pair,
  readNotes,
  removePeerFiles,
  type TestPeer,
} from './fixtures/sync-peer.fixture';
import {
  credentialsOf,
  helloFrom,
  identityBelow,
  rawConnect,
  startResigningProxy,
} from './fixtures/raw-client.fixture';

const open: TestPeer[] = [];
let seed = 0;
async function peer(options: Parameters<typeof createPeer>[0] = {}): Promise<TestPeer> {
  const created = await createPeer(options);
  open.push(created);
  seed += 2;
  await created.db.notes.bulkInsert([makeNote(seed), makeNote(seed + 1)]);
  return created;
}

afterEach(async () => {
  for (const p of open.splice(0)) {
    await closePeer(p).catch(() => undefined);
    await removePeerFiles(p);
  }
});

function rejections(target: TestPeer): SyncEvent[] {
  const events: SyncEvent[] = [];
  target.service.on((event) => {
    if (event.type === 'rejected') {
      events.push(event);
    }
  });
  return events;
}

describe('who may connect', () => {
  it('refuses an unpaired device before reading or sending a byte', async () => {
    const a = await peer();
    const events = rejections(a);
    const stranger = restoreDeviceIdentity(await createDeviceIdentity());
    const client = await rawConnect(a.port, credentialsOf(stranger));
    client.sendFrame(helloFrom(stranger));
    await client.closed;
    expect(client.received).toEqual([]);
    expect(events).toEqual([
      { type: 'rejected', deviceId: stranger.deviceId, code: 'sync.peer_not_paired' },
    ]);
  });

  it('reports a one-sided pairing as not paired on the side that dialled', async () => {
    const a = await peer();
    const b = await peer();
    await b.registry.add({
      deviceId: a.identity.deviceId,
      name: 'A',
      host: '127.0.0.1',
      port: a.port,
    });
    await expect(b.service.syncNow(a.identity.deviceId)).rejects.toMatchObject({
      code: 'sync.peer_not_paired',
    });
    expect(b.service.status()[0]).toMatchObject({
      state: 'error',
      lastErrorCode: 'sync.peer_not_paired',
    });
    expect(await readNotes(b.db)).toHaveLength(2);
  });

  it("refuses a device that claims another's ID with a different key", async () => {
    const a = await peer();
    const b = await peer();
    await pair(a, b);
    const impostor = restoreDeviceIdentity(await createDeviceIdentity());
    // Its own certificate with B's ID in the hello: the pin is the certificate, not the claim.
    const claiming = await rawConnect(a.port, credentialsOf(impostor));
    claiming.sendFrame(helloFrom(b.identity));
    await claiming.closed;
    expect(claiming.received).toEqual([]);
    // B's certificate with another key: TLS cannot even be set up without B's private key.
    await expect(
      rawConnect(a.port, { cert: b.identity.certificatePem, key: impostor.privateKeyPem }),
    ).rejects.toThrow();
  });

  it('refuses a man in the middle that re-signs certificates, on both sides', async () => {
    const a = await peer();
    const b = await peer();
    await pair(a, b);
    const mitm = restoreDeviceIdentity(await createDeviceIdentity());
    const proxy = await startResigningProxy(a.port, mitm);
    await b.registry.update(a.identity.deviceId, { port: proxy.port });
    const events = rejections(a);
    await expect(b.service.syncNow(a.identity.deviceId)).rejects.toMatchObject({
      code: 'sync.identity_mismatch',
    });
    const direct = await rawConnect(a.port, credentialsOf(mitm));
    await direct.closed;
    expect(direct.received).toEqual([]);
    expect(proxy.upstreamBytes()).toBe(0);
    expect(events.every((e) => e.type === 'rejected' && e.code === 'sync.peer_not_paired')).toBe(
      true,
    );
    await proxy.close();
  });

  it('names an unreachable peer and an incompatible version', async () => {
    const a = await peer();
    const b = await peer({ protocolVersion: 99 });
    await pair(a, b);
    await expect(a.service.syncNow(b.identity.deviceId)).rejects.toMatchObject({
      code: 'sync.incompatible_version',
    });
    await b.service.stop();
    await expect(a.service.syncNow(b.identity.deviceId)).rejects.toMatchObject({
      code: 'sync.peer_unreachable',
    });
  });

  it('closes open connections at once when a peer is removed', async () => {
    const a = await peer();
    const b = await peer();
    await pair(a, b);
    await a.service.syncNow(b.identity.deviceId);
    expect(a.service.status()[0]?.connected).toBe(true);
    await a.registry.remove(b.identity.deviceId);
    expect(a.service.status()).toEqual([]);
    await expect(b.service.syncNow(a.identity.deviceId)).rejects.toMatchObject({
      code: 'sync.peer_not_paired',
    });
  });
});

describe('hostile frames from a paired device', () => {
  async function pairedClient(): Promise<{
    a: TestPeer;
    client: DeviceIdentity;
    connect: () => ReturnType<typeof rawConnect>;
  }> {
    const a = await peer();
    // The client must sort below A, so that A is the master and answers requests.
    const client = await identityBelow(a.identity.deviceId);
    await a.registry.add({ deviceId: client.deviceId, name: 'raw' });
    return { a, client, connect: () => rawConnect(a.port, credentialsOf(client)) };
  }

  async function stillServes(a: TestPeer): Promise<void> {
    const b = await peer();
    await pair(a, b);
    await b.service.syncNow(a.identity.deviceId);
    expect(await readNotes(b.db)).toHaveLength(4);
  }

  it.each([
    ['garbage', Buffer.from('GET / HTTP/1.1\r\n\r\n')],
    ['an oversized length', Buffer.from([0xff, 0xff, 0xff, 0xff, 1, 2, 3])],
    ['a non-JSON body', Buffer.concat([Buffer.from([0, 0, 0, 5]), Buffer.from('{{{{{')])],
    ['a hello of the wrong shape', Buffer.concat([Buffer.from([0, 0, 0, 2]), Buffer.from('[]')])],
  ])('closes the connection on %s and keeps serving others', async (_name, bytes) => {
    const { a, connect } = await pairedClient();
    const client = await connect();
    client.send(bytes);
    await client.closed;
    expect(client.frames).toEqual([]);
    await stillServes(a);
  });

  it('closes the connection on a truncated frame followed by end of stream', async () => {
    const { a, connect } = await pairedClient();
    const client = await connect();
    client.send(Buffer.from([0, 0, 1, 0, 123]));
    client.socket.end();
    await client.closed;
    await stillServes(a);
  });

  it('answers an unknown collection and a malformed document with an error code, never a crash', async () => {
    const { a, client: identity, connect } = await pairedClient();
    const client = await connect();
    client.sendFrame(helloFrom(restoreDeviceIdentity(await createDeviceIdentity())));
    await client.closed; // hello naming another device than the certificate: dropped
    const honest = await connect();
    honest.sendFrame(helloFrom(identity));
    honest.sendFrame({
      t: 'req',
      id: 1,
      op: 'pull',
      collection: 'secrets',
      checkpoint: null,
      batchSize: 10,
    });
    honest.sendFrame({
      t: 'req',
      id: 2,
      op: 'push',
      collection: 'notes',
      rows: [{ newDocumentState: { id: 'x', _deleted: false, _meta: {} } }],
    });
    honest.sendFrame({
      t: 'req',
      id: 3,
      op: 'pull',
      collection: 'notes',
      checkpoint: null,
      batchSize: 10,
    });
    await waitFor(() => honest.frames.length >= 4);
    expect(honest.frames.slice(1)).toEqual([
      { t: 'res', id: 1, ok: false, code: 'sync.unknown_collection' },
      { t: 'res', id: 2, ok: false, code: 'sync.invalid_document' },
      expect.objectContaining({ t: 'res', id: 3, ok: true }),
    ]);
    expect(await readNotes(a.db)).toHaveLength(2);
    honest.socket.destroy();
    await stillServes(a);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error('timed out');
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
