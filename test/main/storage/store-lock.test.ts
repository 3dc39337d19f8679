import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { StoreLockedError } from '../../../electron/main/db/storage';
import { makeTempDir, newKey } from './fixtures/participant.fixture';
import { openStore } from './fixtures/store-db.fixture';

const CHILD = join(import.meta.dirname, 'fixtures', 'store-child.fixture.ts');

/** Starts a child that opens the store and holds it; resolves with its first line. */
function holdInChild(dir: string, key: Uint8Array): Promise<{ child: ChildProcessWithoutNullStreams; line: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, 'hold', dir, Buffer.from(key).toString('hex')]);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const line = out.split('\n')[0];
      if (out.includes('\n') && line !== undefined) {
        resolve({ child, line });
      }
    });
    child.on('exit', () => {
      reject(new Error(`child exited: ${out}`));
    });
  });
}

let dir = '';
let cleanup: () => Promise<void> = () => Promise.resolve();
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir('tandem-lock-'));
});
afterEach(async () => {
  await cleanup();
});

describe('store lock', () => {
  it('refuses another process while this one holds the store, and admits it after close', async () => {
    const key = newKey();
    const { db } = await openStore({ directory: dir, key });
    const refused = await holdInChild(dir, key).catch((error: unknown) => ({ child: null, line: String(error) }));
    expect(refused.line).toContain('error StoreLockedError');
    await db.close();
    const admitted = await holdInChild(dir, key);
    expect(admitted.line).toBe('ready');
    admitted.child.kill('SIGKILL');
  });

  it('refuses this process while another holds it, and takes over once that one is killed', async () => {
    const key = newKey();
    const { child, line } = await holdInChild(dir, key);
    expect(line).toBe('ready');
    await expect(openStore({ directory: dir, key })).rejects.toBeInstanceOf(StoreLockedError);
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    const { db } = await openStore({ directory: dir, key });
    await db.close();
  });
});
