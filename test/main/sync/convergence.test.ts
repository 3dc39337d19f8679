import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { compareVersions } from '../../../electron/main/db/conflict-handler';
import {
  closePeer,
  createPeer,
  makeNote,
  pair,
  readNotes,
  removePeerFiles,
  type NoteDoc,
  type TestPeer,
} from './fixtures/sync-peer.fixture';

type Version = NoteDoc & { _deleted: boolean };

const edit = fc.record({
  side: fc.constantFrom<'a' | 'b'>('a', 'b'),
  key: fc.nat(4),
  kind: fc.constantFrom<'upsert' | 'delete'>('upsert', 'upsert', 'delete'),
  title: fc.string({ maxLength: 8 }),
  // A tiny time range and two writers, so equal timestamps and equal writers both occur.
  second: fc.nat(3),
  writer: fc.constantFrom('DEV-A', 'DEV-B'),
});

let a: TestPeer;
let b: TestPeer;
let run = 0;

async function online(): Promise<void> {
  const addressA = await a.service.start({ listen: { host: '127.0.0.1', port: 0 } });
  const addressB = await b.service.start({ listen: { host: '127.0.0.1', port: 0 } });
  await a.registry.update(b.identity.deviceId, { port: addressB?.port ?? 0 });
  await b.registry.update(a.identity.deviceId, { port: addressA?.port ?? 0 });
}

async function offline(): Promise<void> {
  await a.service.stop();
  await b.service.stop();
}

beforeAll(async () => {
  a = await createPeer();
  b = await createPeer();
  await pair(a, b);
});

afterAll(async () => {
  for (const peer of [a, b]) {
    await closePeer(peer);
    await removePeerFiles(peer);
  }
});

describe('convergence', () => {
  it('concurrent offline edits on both sides converge to the same, predicted state', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(edit, { minLength: 1, maxLength: 14 }),
        fc.boolean(),
        async (edits, bStarts) => {
          run += 1;
          const id = (key: number): string => `r${run}-k${key}`;
          // Common starting point: keys 0..2 exist on both sides.
          await a.db.notes.bulkInsert(
            [0, 1, 2].map((key) =>
              makeNote(0, { id: id(key), updatedAt: '2025-01-01T00:00:00.000Z' }),
            ),
          );
          await a.service.syncNow(b.identity.deviceId);
          await offline();

          const model = { a: new Map<number, Version>(), b: new Map<number, Version>() };
          for (const e of edits) {
            const peer = e.side === 'a' ? a : b;
            const doc = await peer.db.notes.findOne(id(e.key)).exec();
            if (e.kind === 'delete') {
              if (doc !== null) {
                model[e.side].set(e.key, { ...doc.toMutableJSON(false), _deleted: true });
                await doc.remove();
              }
            } else {
              const next = {
                id: id(e.key),
                title: e.title,
                body: '',
                updatedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, e.second)).toISOString(),
                updatedBy: e.writer,
              };
              await peer.db.notes.upsert(next);
              model[e.side].set(e.key, { ...next, _deleted: false });
            }
          }

          await online();
          await (bStarts
            ? b.service.syncNow(a.identity.deviceId)
            : a.service.syncNow(b.identity.deviceId));
          const prefix = `r${run}-`;
          const onA = (await readNotes(a.db)).filter((n) => n.id.startsWith(prefix));
          const onB = (await readNotes(b.db)).filter((n) => n.id.startsWith(prefix));
          expect(onB).toEqual(onA);

          for (let key = 0; key < 5; key += 1) {
            const fromA = model.a.get(key);
            const fromB = model.b.get(key);
            const winner =
              fromA !== undefined && fromB !== undefined
                ? compareVersions(fromA, fromB) >= 0
                  ? fromA
                  : fromB
                : (fromA ?? fromB);
            if (winner === undefined) {
              continue;
            }
            const actual = onA.find((n) => n.id === id(key));
            if (winner._deleted) {
              expect(actual).toBeUndefined();
            } else {
              const { _deleted: _, ...data } = winner;
              expect(actual).toEqual(data);
            }
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
