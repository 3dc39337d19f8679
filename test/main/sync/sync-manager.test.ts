import { connect } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import type { SyncStatus } from '@shared/ipc/domains/sync.contract';
import { ROUND_PEOPLE, personRecord } from '../../fixtures/rounds/people.fixture';
import { makeTestCore, type TestCore } from '../../helpers/core';
import { startRemoteCore, type RemoteCore } from './fixtures/remote-core.fixture';

const PASSPHRASE = 'correct horse battery staple';
const cores: TestCore[] = [];

async function unlockedCore(): Promise<TestCore> {
  const core = await makeTestCore();
  cores.push(core);
  await core.handlers['vault:create']({ passphrase: PASSPHRASE });
  return core;
}

type Enabled = SyncStatus & { deviceId: string; port: number };

/** Checks that sync is on, on loopback, and returns its ID and port. */
function started(status: SyncStatus): Enabled {
  expect(status.enabled).toBe(true);
  expect(status.listening?.host).toBe('127.0.0.1');
  if (status.deviceId === null || status.listening === null) {
    throw new Error('sync did not start');
  }
  return { ...status, deviceId: status.deviceId, port: status.listening.port };
}

/** Sync on, on loopback only and a port the system picks. */
async function enabled(core: TestCore): Promise<Enabled> {
  return started(await core.handlers['sync:enable']({ port: 0, loopbackOnly: true }));
}

/** Whether something accepts TCP connections on the port (loopback). */
function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      resolve(false);
    });
  });
}

/** Changes one character of the second check group (data characters 15–28, shown from block 3). */
function withTypo(deviceId: string): string {
  const index = 18; // third character of the third block of seven = 17th character = group 2
  const char = deviceId.charAt(index);
  return deviceId.slice(0, index) + (char === 'A' ? 'B' : 'A') + deviceId.slice(index + 1);
}

// Laptop B runs in a child process (RxDB's free edition opens at most 13 collections per
// process; one core has 10). Each test pairs a fresh laptop A with it.
let b: RemoteCore;
let sb: Enabled;

beforeAll(async () => {
  b = await startRemoteCore();
  await b.call('vault:create', { passphrase: PASSPHRASE });
  sb = started(await b.call('sync:enable', { port: 0, loopbackOnly: true }));
}, 120_000);

afterAll(async () => {
  await b.close();
});

afterEach(async () => {
  for (const core of cores.splice(0)) {
    await core.dispose();
  }
});

/** A new laptop A with sync on, paired with B (and B with A unless `oneSided`). */
async function pairedWithB(options: { oneSided?: boolean } = {}): Promise<{ a: TestCore; sa: Enabled }> {
  const a = await unlockedCore();
  const sa = await enabled(a);
  await a.handlers['sync:addPeer']({ deviceId: sb.deviceId, name: 'Laptop B', host: '127.0.0.1', port: sb.port });
  if (options.oneSided !== true) {
    await b.call('sync:addPeer', { deviceId: sa.deviceId, name: `Laptop A ${cores.length}`, host: '127.0.0.1', port: sa.port });
  }
  return { a, sa };
}

function person(index: number, id: string): Record<string, unknown> {
  const fixture = ROUND_PEOPLE[index];
  if (fixture === undefined) {
    throw new Error('fixture missing');
  }
  return personRecord({ ...fixture, id });
}

describe('sync manager over the IPC handlers', () => {
  it('is off by default but shows this device ID, grouped with check characters', async () => {
    const a = await unlockedCore();
    const status = await a.handlers['sync:status'](undefined);
    expect(status).toMatchObject({ enabled: false, listening: null, peers: [] });
    expect(status.deviceId).toMatch(/^([A-Z2-7]{7}-){7}[A-Z2-7]{7}$/);
  });

  it('keeps identity, peers and settings in the encrypted store across lock and unlock', async () => {
    const { a, sa } = await pairedWithB({ oneSided: true });
    await a.handlers['vault:lock'](undefined);
    await expect(a.handlers['sync:status'](undefined)).rejects.toMatchObject({ code: 'locked' });
    await a.handlers['vault:unlock']({ passphrase: PASSPHRASE });
    const again = await a.handlers['sync:status'](undefined);
    expect(again.deviceId).toBe(sa.deviceId);
    expect(again.enabled).toBe(true);
    expect(again.peers.map((p) => p.name)).toEqual(['Laptop B']);
  });

  it('syncs a participant created on A to B once both added each other', async () => {
    const { a, sa } = await pairedWithB();
    await a.context.repos().participants.insertMany([person(0, 'from-a')]);
    expect(await b.participant('from-a')).toBeNull();

    const after = await a.handlers['sync:syncNow']({ deviceId: sb.deviceId });
    expect(after.peers[0]).toMatchObject({ name: 'Laptop B', state: 'idle', lastErrorCode: null });
    expect(after.peers[0]?.lastSyncAt).toBe(a.clock.now.toISOString());
    expect(await b.participant('from-a')).toMatchObject({ firstName: 'Anna', lastName: 'Schmidt' });
    const onB = await b.call('sync:status', undefined);
    expect(onB.peers.find((p) => p.deviceId === sa.deviceId)?.lastSyncAt).not.toBeNull();
    const progress = a.events.filter((e) => e.event === 'progress').map((e) => e.payload);
    expect(progress).toContainEqual({ task: 'sync', done: 1, total: 1 });
  });

  it('brings changes from B with "sync now" for all paired devices', async () => {
    const { a } = await pairedWithB();
    await b.insertParticipants([person(1, 'from-b')]);
    const after = await a.handlers['sync:syncNow']({});
    expect(after.peers[0]).toMatchObject({ state: 'idle', lastErrorCode: null });
    expect(await a.context.repos().participants.get('from-b')).toMatchObject({ firstName: 'Jonas' });
  });

  it('is refused with sync.peer_not_paired while the other laptop has not added this one', async () => {
    const { a } = await pairedWithB({ oneSided: true });
    await expect(a.handlers['sync:syncNow']({ deviceId: sb.deviceId })).rejects.toMatchObject({
      code: 'sync.peer_not_paired',
    });
    const status = await a.handlers['sync:status'](undefined);
    expect(status.peers[0]).toMatchObject({ state: 'error', lastErrorCode: 'sync.peer_not_paired' });
  });

  it('refuses a mistyped device ID with sync.device_id_invalid naming the group', async () => {
    const a = await unlockedCore();
    const input = { name: 'Laptop B', host: '127.0.0.1', port: 22_400 };
    await expect(a.handlers['sync:addPeer']({ ...input, deviceId: withTypo(sb.deviceId) })).rejects.toMatchObject({
      code: 'sync.device_id_invalid',
      params: { group: 2, context: 'group' },
    });
    await expect(a.handlers['sync:addPeer']({ ...input, deviceId: 'ABC' })).rejects.toMatchObject({
      code: 'sync.device_id_invalid',
      params: { problem: 'length' },
    });
    expect((await a.handlers['sync:status'](undefined)).peers).toEqual([]);
  });

  it('refuses to pair with itself and to pair the same device twice', async () => {
    const a = await unlockedCore();
    const own = (await a.handlers['sync:status'](undefined)).deviceId ?? '';
    const input = { name: 'X', host: '127.0.0.1', port: 22_400 };
    await expect(a.handlers['sync:addPeer']({ ...input, deviceId: own })).rejects.toMatchObject({
      code: 'sync.self_pairing',
    });
    await a.handlers['sync:addPeer']({ ...input, deviceId: sb.deviceId });
    // Pasted in lower case with spaces: still the same device.
    await expect(
      a.handlers['sync:addPeer']({ ...input, deviceId: sb.deviceId.toLowerCase().replace(/-/g, ' ') }),
    ).rejects.toMatchObject({ code: 'sync.already_paired' });
  });

  it('removes a peer at once: the next sync from it is refused', async () => {
    const { a, sa } = await pairedWithB();
    await b.call('sync:syncNow', { deviceId: sa.deviceId });
    const removed = await a.handlers['sync:removePeer']({ deviceId: sb.deviceId });
    expect(removed.peers).toEqual([]);
    await expect(b.call('sync:syncNow', { deviceId: sa.deviceId })).rejects.toMatchObject({
      code: 'sync.peer_not_paired',
    });
    await b.call('sync:removePeer', { deviceId: sa.deviceId });
  });

  it('stops listening on lock and when turned off', async () => {
    const a = await unlockedCore();
    const { port } = await enabled(a);
    expect(await portOpen(port)).toBe(true);
    await a.handlers['vault:lock'](undefined);
    expect(await portOpen(port)).toBe(false);

    await a.handlers['vault:unlock']({ passphrase: PASSPHRASE });
    const reopened = await a.handlers['sync:status'](undefined);
    expect(reopened.enabled).toBe(true);
    const newPort = reopened.listening?.port ?? 0;
    expect(await portOpen(newPort)).toBe(true);
    const off = await a.handlers['sync:disable'](undefined);
    expect(off).toMatchObject({ enabled: false, listening: null });
    expect(await portOpen(newPort)).toBe(false);
    await expect(a.handlers['sync:syncNow']({})).rejects.toMatchObject({ code: 'sync.disabled' });
  });

  it('reports a port already in use instead of failing', async () => {
    const a = await unlockedCore();
    const status = await a.handlers['sync:enable']({ port: sb.port, loopbackOnly: true });
    expect(status).toMatchObject({ enabled: true, listening: null, listenErrorCode: 'sync.port_in_use' });
  });
});
