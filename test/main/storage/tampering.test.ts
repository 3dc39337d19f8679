import { readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { StoreCorruptError, WrongKeyError } from '../../../electron/main/db/storage';
import { makeParticipant, makeTempDir, newKey } from './fixtures/participant.fixture';
import { openStore, readParticipants } from './fixtures/store-db.fixture';

const HEADER = 48;

/** Frame boundaries of a journal or snapshot, read from the documented layout. */
function frames(bytes: Buffer): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let pos = HEADER;
  while (pos + 4 <= bytes.byteLength) {
    const end = pos + 4 + 4 + 12 + bytes.readUInt32BE(pos);
    out.push({ start: pos, end });
    pos = end;
  }
  return out;
}

let dir = '';
let cleanup: () => Promise<void> = () => Promise.resolve();
const key = newKey();
let original = new Map<string, Buffer>();

/** A store with snapshot and journal frames, closed cleanly. */
async function buildStore(): Promise<void> {
  const { db, storage } = await openStore({ directory: dir, key });
  await db.participants.bulkInsert([1, 2, 3].map((n) => makeParticipant(n)));
  await storage.compact();
  await db.participants.insert(makeParticipant(4));
  await db.participants.insert(makeParticipant(5));
  await db.close();
  original = new Map();
  for (const name of await readdir(dir)) {
    original.set(name, await readFile(join(dir, name)));
  }
}

async function restore(): Promise<void> {
  for (const [name, bytes] of original) {
    await writeFile(join(dir, name), bytes);
  }
}

async function openAndRead(): Promise<string[]> {
  const { db } = await openStore({ directory: dir, key });
  try {
    return (await readParticipants(db)).map((doc) => doc.id);
  } finally {
    await db.close();
  }
}

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('tandem-tamper-'));
  await buildStore();
});
afterEach(async () => {
  await cleanup();
});

describe('tampering', () => {
  it('detects a flipped bit anywhere in committed data', async () => {
    const all = ['p-0000001', 'p-0000002', 'p-0000003', 'p-0000004', 'p-0000005'];
    expect(await openAndRead()).toEqual(all);
    let detected = 0;
    for (const [name, bytes] of original) {
      if (!/\.(jnl|snap|meta)$/.test(name)) {
        continue;
      }
      // The seal written on close is the journal's last frame and carries no data;
      // losing it to a flipped bit is the only damage that may pass unreported.
      const seal = name.endsWith('.jnl') ? frames(bytes).at(-1) : undefined;
      const step = Math.max(1, Math.floor(bytes.byteLength / 60));
      for (let offset = 0; offset < bytes.byteLength; offset += step) {
        const damaged = Buffer.from(bytes);
        damaged[offset] = (damaged[offset] ?? 0) ^ (1 << offset % 8);
        await writeFile(join(dir, name), damaged);
        if (seal !== undefined && offset >= seal.start) {
          expect(await openAndRead()).toEqual(all);
        } else {
          await expect(openAndRead(), `${name} @${String(offset)}`).rejects.toBeInstanceOf(StoreCorruptError);
          detected += 1;
        }
        await restore();
      }
    }
    expect(detected).toBeGreaterThan(100);
  });

  it('detects swapped frames', async () => {
    const [name, bytes] = [...original].find(([n, b]) => n.endsWith('.jnl') && frames(b).length >= 3) ?? [];
    expect(name).toBeDefined();
    const [a, b] = frames(bytes!);
    const swapped = Buffer.concat([bytes!.subarray(0, a!.start), bytes!.subarray(b!.start, b!.end), bytes!.subarray(a!.start, a!.end), bytes!.subarray(b!.end)]);
    await writeFile(join(dir, name!), swapped);
    await expect(openAndRead()).rejects.toBeInstanceOf(StoreCorruptError);
  });

  it('detects a removed frame in the middle', async () => {
    const [name, bytes] = [...original].find(([n, b]) => n.endsWith('.jnl') && frames(b).length >= 3) ?? [];
    const [a] = frames(bytes!);
    await writeFile(join(dir, name!), Buffer.concat([bytes!.subarray(0, a!.start), bytes!.subarray(a!.end)]));
    await expect(openAndRead()).rejects.toBeInstanceOf(StoreCorruptError);
  });

  it('detects truncated headers of every file', async () => {
    for (const name of original.keys()) {
      if (!/\.(jnl|snap|meta)$/.test(name)) {
        continue;
      }
      await truncate(join(dir, name), 20);
      await expect(openAndRead(), name).rejects.toBeInstanceOf(StoreCorruptError);
      await restore();
    }
  });

  it('detects a truncated snapshot and a deleted key check file', async () => {
    const snap = [...original.keys()].find((n) => n.endsWith('.snap'))!;
    await truncate(join(dir, snap), original.get(snap)!.byteLength - 5);
    await expect(openAndRead()).rejects.toBeInstanceOf(StoreCorruptError);
    await restore();
    await rm(join(dir, 'store.meta'));
    await expect(openAndRead()).rejects.toBeInstanceOf(StoreCorruptError);
  });

  it('cuts garbage after the last frame without losing data', async () => {
    const jnl = [...original.keys()].find((n) => n.endsWith('.jnl'))!;
    await writeFile(join(dir, jnl), Buffer.concat([original.get(jnl)!, Buffer.from('garbage after the end')]));
    expect(await openAndRead()).toHaveLength(5);
  });

  it('answers a wrong key with WrongKeyError', async () => {
    await expect(openStore({ directory: dir, key: newKey() })).rejects.toBeInstanceOf(WrongKeyError);
  });
});
