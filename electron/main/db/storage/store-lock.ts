import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';

import { StoreLockedError } from './storage-errors';
import type { StorageFs } from './storage-fs';

export const LOCK_FILE = 'store.lock';

/** A held lock; `release` removes the lock file. */
export type StoreLock = { release(): Promise<void> };

/** Stores held by this process: a pid cannot tell two owners inside one process apart. */
const heldInProcess = new Set<string>();

type LockContent = { pid: number; token: string };

const parseLock = (bytes: Buffer | null): LockContent | null => {
  if (bytes === null) {
    return null;
  }
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    if (typeof value === 'object' && value !== null && 'pid' in value && 'token' in value) {
      const { pid, token } = value as Record<string, unknown>;
      if (typeof pid === 'number' && typeof token === 'string') {
        return { pid, token };
      }
    }
  } catch {
    // A lock torn by a crash during creation reads as unparsable: treat as stale.
  }
  return { pid: -1, token: bytes.toString('hex') };
};

const isAlive = (pid: number): boolean => {
  if (pid <= 0) {
    return false;
  }
  if (pid === process.pid) {
    // Our own pid in a lock we do not hold in-process was left by an earlier process with the same pid.
    return false;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const isCode = (error: unknown, code: string): boolean =>
  error instanceof Error && (error as NodeJS.ErrnoException).code === code;

/**
 * Takes the store's lock file (created exclusively, holding our pid). A lock of
 * a dead process is broken by renaming it aside and checking that what we moved
 * is the stale lock we inspected, so two processes breaking at once cannot both win.
 */
export async function acquireStoreLock(fs: StorageFs, directory: string): Promise<StoreLock> {
  const key = resolve(directory);
  if (heldInProcess.has(key)) {
    throw new StoreLockedError(`The store in ${directory} is already open in this process.`);
  }
  heldInProcess.add(key);
  try {
    const token = randomBytes(16).toString('hex');
    const path = join(directory, LOCK_FILE);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      if (await tryCreate(fs, path, { pid: process.pid, token })) {
        await fs.syncDir(directory);
        return { release: () => release(fs, path, key) };
      }
      const holder = parseLock(await fs.readFile(path));
      if (holder !== null && isAlive(holder.pid)) {
        throw new StoreLockedError(`The store in ${directory} is in use by process ${String(holder.pid)}.`);
      }
      if (holder !== null) {
        await breakStaleLock(fs, path, holder, token);
      }
    }
    throw new StoreLockedError(`The store in ${directory} is contended; try again.`);
  } catch (error) {
    heldInProcess.delete(key);
    throw error;
  }
}

async function tryCreate(fs: StorageFs, path: string, content: LockContent): Promise<boolean> {
  let handle;
  try {
    handle = await fs.open(path, 'wx');
  } catch (error) {
    if (isCode(error, 'EEXIST')) {
      return false;
    }
    throw error;
  }
  try {
    await handle.write(Buffer.from(JSON.stringify(content)), 0);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

async function breakStaleLock(fs: StorageFs, path: string, stale: LockContent, token: string): Promise<void> {
  const aside = `${path}.${token}.stale`;
  try {
    await fs.rename(path, aside);
  } catch (error) {
    if (isCode(error, 'ENOENT')) {
      return;
    }
    throw error;
  }
  const moved = parseLock(await fs.readFile(aside));
  if (moved !== null && moved.token !== stale.token) {
    // We moved a fresh lock another process just took: put it back and yield.
    try {
      await fs.link(aside, path);
    } finally {
      await fs.unlink(aside);
    }
    throw new StoreLockedError('The store was locked by another process while breaking a stale lock.');
  }
  await fs.unlink(aside);
}

async function release(fs: StorageFs, path: string, key: string): Promise<void> {
  try {
    await fs.unlink(path);
  } finally {
    heldInProcess.delete(key);
  }
}
