import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { join } from 'node:path';

import { FORMAT_VERSION, type StoreKeys } from './frame-codec';
import { StoreCorruptError, WrongKeyError } from './storage-errors';
import type { StorageFs } from './storage-fs';

export const MANIFEST_FILE = 'store.meta';
const MAGIC = Buffer.from('TNDS', 'latin1');
const BODY_BYTES = 56;
const MANIFEST_BYTES = BODY_BYTES + 32;

const keyCheck = (keys: StoreKeys, storeId: Buffer): Buffer =>
  createHmac('sha256', keys.check).update('tandem/store/key-check').update(storeId).digest();

const isDataFile = (name: string): boolean => /\.(jnl|snap)$/.test(name);

/**
 * Verifies the store's key check, creating it for a new store. Data file names
 * are derived from the key, so without this a wrong key would look like an
 * empty store instead of failing.
 *
 * An unkeyed SHA-256 over the body separates damage (StoreCorruptError) from a
 * key that simply does not match (WrongKeyError).
 */
export async function openManifest(fs: StorageFs, directory: string, keys: StoreKeys): Promise<void> {
  const path = join(directory, MANIFEST_FILE);
  const bytes = await fs.readFile(path);
  if (bytes === null) {
    const names = await fs.readdir(directory);
    if (names.some(isDataFile)) {
      throw new StoreCorruptError('Store key check file is missing but data files exist.');
    }
    await createManifest(fs, directory, keys);
    return;
  }
  if (bytes.byteLength !== MANIFEST_BYTES) {
    throw new StoreCorruptError('Store key check file is truncated or padded.');
  }
  const body = bytes.subarray(0, BODY_BYTES);
  const digest = createHash('sha256').update(body).digest();
  if (!timingSafeEqual(digest, bytes.subarray(BODY_BYTES)) || !body.subarray(0, 4).equals(MAGIC)) {
    throw new StoreCorruptError('Store key check file is damaged.');
  }
  if (body.readUInt16BE(4) !== FORMAT_VERSION) {
    throw new StoreCorruptError(`Store format ${String(body.readUInt16BE(4))} is not supported.`);
  }
  const storeId = body.subarray(8, 24);
  if (!timingSafeEqual(keyCheck(keys, storeId), body.subarray(24, 56))) {
    throw new WrongKeyError('The key does not open this store.');
  }
}

async function createManifest(fs: StorageFs, directory: string, keys: StoreKeys): Promise<void> {
  const storeId = randomBytes(16);
  const body = Buffer.alloc(BODY_BYTES);
  MAGIC.copy(body, 0);
  body.writeUInt16BE(FORMAT_VERSION, 4);
  storeId.copy(body, 8);
  keyCheck(keys, storeId).copy(body, 24);
  const bytes = Buffer.concat([body, createHash('sha256').update(body).digest()]);
  const tmp = join(directory, `${MANIFEST_FILE}.tmp`);
  const handle = await fs.open(tmp, 'w');
  try {
    await handle.write(bytes, 0);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(tmp, join(directory, MANIFEST_FILE));
  await fs.syncDir(directory);
}
