import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

import { afterEach, describe, expect, it } from 'vitest';

import type { ChildCommand, ChildState } from './fixtures/sync-peer.child';
import {
  closePeer,
  makeNote,
  makePeerFiles,
  openPeer,
  readNotes,
  removePeerFiles,
  type PeerFiles,
  type TestPeer,
} from './fixtures/sync-peer.fixture';

const CHILD = join(import.meta.dirname, 'fixtures', 'sync-peer.child.ts');

type Child = {
  process: ChildProcessWithoutNullStreams;
  deviceId: string;
  port: number;
  send(command: ChildCommand): void;
  next(predicate: (message: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
};

const children: Child[] = [];
const cleanup: PeerFiles[] = [];
const peers: TestPeer[] = [];
const stateFiles: string[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) {
    child.process.kill('SIGKILL');
  }
  for (const peer of peers.splice(0)) {
    await closePeer(peer).catch(() => undefined);
  }
  for (const files of cleanup.splice(0)) {
    await removePeerFiles(files);
  }
  for (const file of stateFiles.splice(0)) {
    await rm(file, { force: true });
  }
});

async function startChild(stateFile: string): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, stateFile], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const messages: Record<string, unknown>[] = [];
  const waiters: {
    predicate: (m: Record<string, unknown>) => boolean;
    resolve(m: Record<string, unknown>): void;
  }[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    const message = JSON.parse(line) as Record<string, unknown>;
    const index = waiters.findIndex((w) => w.predicate(message));
    if (index >= 0) {
      waiters.splice(index, 1)[0]?.resolve(message);
    } else {
      messages.push(message);
    }
  });
  const next = (
    predicate: (m: Record<string, unknown>) => boolean,
  ): Promise<Record<string, unknown>> => {
    const index = messages.findIndex(predicate);
    if (index >= 0) {
      return Promise.resolve(messages.splice(index, 1)[0] as Record<string, unknown>);
    }
    return new Promise((resolve) => waiters.push({ predicate, resolve }));
  };
  const ready = await next((m) => m.ready === true);
  const handle: Child = {
    process: child,
    deviceId: String(ready.deviceId),
    port: Number(ready.port),
    send: (command) => child.stdin.write(`${JSON.stringify(command)}\n`),
    next,
  };
  children.push(handle);
  return handle;
}

async function childState(): Promise<{ file: string; files: PeerFiles }> {
  const files = await makePeerFiles();
  cleanup.push(files);
  const state: ChildState = {
    name: files.name,
    dir: files.dir,
    keyHex: Buffer.from(files.key).toString('hex'),
    stored: files.stored,
  };
  const file = join(files.dir, '..', `${files.name}-${randomBytes(3).toString('hex')}.json`);
  stateFiles.push(file);
  await writeFile(file, JSON.stringify(state));
  return { file, files };
}

async function parentWith(docs: number): Promise<TestPeer> {
  const files = await makePeerFiles();
  cleanup.push(files);
  const parent = await openPeer(files, { batchSize: 50 });
  peers.push(parent);
  for (let start = 0; start < docs; start += 1000) {
    await parent.db.notes.bulkInsert(
      Array.from({ length: Math.min(1000, docs - start) }, (_, i) => makeNote(start + i)),
    );
  }
  return parent;
}

async function pairWith(parent: TestPeer, child: Child): Promise<void> {
  if (!parent.registry.isPaired(child.deviceId)) {
    await parent.registry.add({
      deviceId: child.deviceId,
      name: 'child',
      host: '127.0.0.1',
      port: child.port,
    });
  } else {
    await parent.registry.update(parent.registry.list()[0]!.deviceId, { port: child.port });
  }
  child.send({ cmd: 'pair', deviceId: parent.identity.deviceId, port: parent.port });
  await child.next((m) => m.ok === true);
}

async function parentDigest(parent: TestPeer): Promise<string> {
  return createHash('sha256')
    .update(JSON.stringify(await readNotes(parent.db)))
    .digest('hex');
}

describe('two processes', () => {
  it('copies the data set to a peer in another process', async () => {
    const parent = await parentWith(1500);
    const { file } = await childState();
    const child = await startChild(file);
    await pairWith(parent, child);
    child.send({ cmd: 'sync', deviceId: parent.identity.deviceId });
    expect(await child.next((m) => 'synced' in m)).toEqual({ synced: true });
    child.send({ cmd: 'digest' });
    expect(await child.next((m) => 'digest' in m)).toEqual({
      count: 1500,
      digest: await parentDigest(parent),
    });
  });

  it('resumes cleanly after the peer process is killed during sync', async () => {
    const parent = await parentWith(4000);
    const { file } = await childState();
    let child = await startChild(file);
    await pairWith(parent, child);
    child.send({ cmd: 'sync', deviceId: parent.identity.deviceId });
    let count = 0;
    while (count < 100) {
      child.send({ cmd: 'digest' });
      count = Number((await child.next((m) => 'digest' in m)).count);
    }
    child.process.kill('SIGKILL');
    await new Promise((resolve) => child.process.once('exit', resolve));
    expect(count).toBeLessThan(4000);

    child = await startChild(file);
    await pairWith(parent, child);
    child.send({ cmd: 'digest' });
    expect(Number((await child.next((m) => 'digest' in m)).count)).toBeGreaterThan(0);
    child.send({ cmd: 'sync', deviceId: parent.identity.deviceId });
    expect(await child.next((m) => 'synced' in m)).toEqual({ synced: true });
    child.send({ cmd: 'digest' });
    expect(await child.next((m) => 'digest' in m)).toEqual({
      count: 4000,
      digest: await parentDigest(parent),
    });
  });
});
