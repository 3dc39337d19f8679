import { spawn } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { appendFile, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { makeTempDir } from './fixtures/participant.fixture';
import { openStore, readParticipants } from './fixtures/store-db.fixture';

const ITERATIONS = Number(process.env.TANDEM_CRASH_ITERATIONS ?? 200);
const LANES = 2;
const KILLS_PER_DIRECTORY = 10;
const CHILD = join(import.meta.dirname, 'fixtures', 'store-child.fixture.ts');

// RxDB refuses two open databases of one name in a process; lanes take turns verifying.
let verifying: Promise<unknown> = Promise.resolve();
const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
  const next = verifying.then(work, work);
  verifying = next.catch(() => undefined);
  return next;
};

type Write = { id: string; value: string; acked: boolean };
type Round = { writes: Write[]; compactionFileLeft: boolean; tail: string };

/** Runs the writer child, SIGKILLs it at a random moment and returns what it reported. */
async function killWriterAtRandom(dir: string, keyHex: string, seed: number): Promise<Write[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, 'write', dir, keyHex, String(seed), '4096'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => { resolve(); }));
  await new Promise<void>((resolve, reject) => {
    const check = (): void => {
      if (out.includes('ready\n')) {
        resolve();
      } else if (child.exitCode !== null) {
        reject(new Error(`writer exited early: ${out} ${err}`));
      } else {
        setTimeout(check, 5);
      }
    };
    check();
  });
  await new Promise((resolve) => setTimeout(resolve, randomInt(0, 200)));
  child.kill('SIGKILL');
  await exited;
  const writes: Write[] = [];
  // Only whole lines count: a line cut by the kill was never fully reported.
  for (const line of out.split('\n').slice(0, -1)) {
    const [kind, id, value] = line.split(' ');
    if (kind === 'issue' && id !== undefined && value !== undefined) {
      writes.push({ id, value, acked: false });
    } else if (kind === 'ack') {
      const write = writes.findLast((w) => w.id === id && w.value === value);
      if (write === undefined) {
        throw new Error(`ack without issue: ${line}`);
      }
      write.acked = true;
    }
  }
  return writes;
}

/** Simulates what a crash can leave after the last synced byte of a journal. */
async function damageTail(dir: string): Promise<string> {
  const journals = (await readdir(dir)).filter((name) => name.endsWith('.jnl'));
  const target = journals[randomInt(0, journals.length)];
  const mode = randomInt(0, 4);
  if (target === undefined || mode === 0) {
    return 'none';
  }
  const path = join(dir, target);
  if (mode === 1) {
    await appendFile(path, randomBytes(randomInt(1, 600)));
    return 'garbage';
  }
  if (mode === 2) {
    await appendFile(path, Buffer.alloc(randomInt(1, 4096)));
    return 'zeros';
  }
  // A torn frame: the first bytes of a real frame (valid-looking length prefix) without its end.
  const bytes = await readFile(path);
  if (bytes.byteLength <= 52) {
    return 'none';
  }
  const frameLength = bytes.readUInt32BE(48) + 20;
  await appendFile(path, bytes.subarray(48, 48 + randomInt(1, Math.min(frameLength, bytes.byteLength - 48))));
  return 'torn-frame';
}

async function lane(laneIndex: number, rounds: number): Promise<Round[]> {
  const done: Round[] = [];
  let temp = await makeTempDir('tandem-crash-');
  let baseline = new Map<string, string>();
  const keyHex = randomBytes(32).toString('hex');
  try {
    for (let round = 0; round < rounds; round += 1) {
      if (round > 0 && round % KILLS_PER_DIRECTORY === 0) {
        await temp.cleanup();
        temp = await makeTempDir('tandem-crash-');
        baseline = new Map();
      }
      const writes = await killWriterAtRandom(temp.dir, keyHex, laneIndex * 100_000 + round + 1);
      const compactionFileLeft = (await readdir(temp.dir)).some((name) => name.endsWith('.tmp'));
      const tail = await damageTail(temp.dir);
      const directory = temp.dir;
      const actual = await oneAtATime(async () => {
        const { db } = await openStore({ directory, key: new Uint8Array(Buffer.from(keyHex, 'hex')) });
        try {
          return new Map((await readParticipants(db)).map((doc) => [doc.id, doc.email]));
        } finally {
          await db.close();
        }
      });
      const ids = new Set([...baseline.keys(), ...actual.keys(), ...writes.map((w) => w.id)]);
      for (const id of ids) {
        const mine = writes.filter((w) => w.id === id);
        const lastAck = mine.findLastIndex((w) => w.acked);
        const allowed = new Set((lastAck >= 0 ? mine.slice(lastAck) : [{ value: baseline.get(id) ?? '-' }, ...mine]).map((w) => w.value));
        const got = actual.get(id) ?? '-';
        expect(allowed.has(got), `round ${String(round)} lane ${String(laneIndex)} id ${id}: got ${got}, allowed ${[...allowed].join(',')} (tail ${tail})`).toBe(true);
      }
      baseline = actual;
      done.push({ writes, compactionFileLeft, tail });
    }
  } finally {
    await temp.cleanup();
  }
  return done;
}

describe('crash recovery', () => {
  it(
    `keeps every acknowledged write and invents nothing across ${String(ITERATIONS)} SIGKILLs`,
    async () => {
      const perLane = Math.ceil(ITERATIONS / LANES);
      const results = (await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i, perLane)))).flat();
      const acked = results.reduce((sum, r) => sum + r.writes.filter((w) => w.acked).length, 0);
      expect(results.length).toBeGreaterThanOrEqual(ITERATIONS);
      // The kills must actually land among writes, and some during compaction.
      expect(acked).toBeGreaterThan(ITERATIONS);
      if (ITERATIONS >= 100) {
        expect(results.filter((r) => r.compactionFileLeft).length).toBeGreaterThan(0);
      }
      console.log(
        `crash test: ${String(results.length)} kills, ${String(acked)} acked writes, ${String(results.filter((r) => r.compactionFileLeft).length)} kills mid-compaction, tails: ${JSON.stringify(
          Object.fromEntries(['none', 'garbage', 'zeros', 'torn-frame'].map((t) => [t, results.filter((r) => r.tail === t).length])),
        )}`,
      );
    },
    600_000,
  );
});
